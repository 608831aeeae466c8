package jp.musubi.work.request.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestDetails;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.skill.Skill;

import org.springframework.format.annotation.DateTimeFormat;

/** The work request form, for posting and for changing a request. */
public class RequestForm {

	private UUID organisationId;

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String title;

	@NotBlank
	@Size(max = 10000)
	@PlainText
	private String description;

	@NotNull
	private WorkCategory category;

	@NotNull
	private Pricing pricing = Pricing.FIXED;

	private Yen budget;

	private Yen hourlyRate;

	private Integer estimatedHours;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private boolean remote = true;

	private String location;

	private List<UUID> skills = new ArrayList<>();

	static RequestForm of(WorkRequest request) {
		RequestForm form = new RequestForm();
		form.organisationId = request.clientOrganisationId();
		form.title = request.title();
		form.description = request.description();
		form.category = request.category();
		form.pricing = request.pricing();
		form.budget = request.budget();
		form.hourlyRate = request.hourlyRate();
		form.estimatedHours = request.estimatedHours();
		form.deadline = request.deadline();
		form.remote = request.remote();
		form.location = (request.location() != null) ? request.location().code() : "";
		form.skills = request.skills().stream().map(Skill::id).collect(Collectors.toCollection(ArrayList::new));
		return form;
	}

	/**
	 * The details as the domain takes them; an hourly budget is the rate times the hours.
	 */
	RequestDetails toDetails(List<Skill> vocabulary) {
		Set<Skill> chosen = vocabulary.stream()
			.filter((skill) -> this.skills.contains(skill.id()))
			.collect(Collectors.toSet());
		Yen total = RequestDetails.budgetOf(this.pricing, this.budget, this.hourlyRate, this.estimatedHours);
		return new RequestDetails(JapaneseText.tidy(this.title), this.description.strip(), this.category, this.pricing,
				total, this.hourlyRate, this.estimatedHours, this.deadline, this.remote,
				Optional.ofNullable(JapaneseText.normalizeToNull(this.location))
					.flatMap(Prefecture::ofCode)
					.orElse(null),
				chosen);
	}

	public UUID getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(UUID organisationId) {
		this.organisationId = organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public WorkCategory getCategory() {
		return this.category;
	}

	public void setCategory(WorkCategory category) {
		this.category = category;
	}

	public Pricing getPricing() {
		return this.pricing;
	}

	public void setPricing(Pricing pricing) {
		this.pricing = pricing;
	}

	public Yen getBudget() {
		return this.budget;
	}

	public void setBudget(Yen budget) {
		this.budget = budget;
	}

	public Yen getHourlyRate() {
		return this.hourlyRate;
	}

	public void setHourlyRate(Yen hourlyRate) {
		this.hourlyRate = hourlyRate;
	}

	public Integer getEstimatedHours() {
		return this.estimatedHours;
	}

	public void setEstimatedHours(Integer estimatedHours) {
		this.estimatedHours = estimatedHours;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public boolean isRemote() {
		return this.remote;
	}

	public void setRemote(boolean remote) {
		this.remote = remote;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public List<UUID> getSkills() {
		return this.skills;
	}

	public void setSkills(List<UUID> skills) {
		this.skills = (skills != null) ? skills : new ArrayList<>();
	}

}
