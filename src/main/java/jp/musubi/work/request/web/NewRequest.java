package jp.musubi.work.request.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestDetails;
import jp.musubi.work.skill.Skill;

/**
 * A work request as a client's system posts it: the fields of the page's form. Whether
 * the request makes sense (budget, deadline, place) is the domain's to say, as for the
 * form. {@code organisationId} may be left out by a token, which orders for its own
 * organisation, and by a person who orders for only one.
 */
record NewRequest(UUID organisationId, @NotBlank @Size(max = 100) @PlainText String title,
		@NotBlank @Size(max = 10000) @PlainText String description, @NotNull WorkCategory category, Pricing pricing,
		Yen budget, Yen hourlyRate, Integer estimatedHours, @NotNull LocalDate deadline, Boolean remote,
		String location, List<UUID> skills) {

	/**
	 * The details as the domain takes them. As on the form, an hourly request's budget is
	 * its rate times its hours, and the work is remote unless the caller says otherwise.
	 * Unlike the form, which offers only real choices, a skill id or prefecture code the
	 * exchange does not know is refused rather than dropped.
	 */
	RequestDetails toDetails(List<Skill> vocabulary) {
		Pricing chosenPricing = (this.pricing != null) ? this.pricing : Pricing.FIXED;
		Yen total = RequestDetails.budgetOf(chosenPricing, this.budget, this.hourlyRate, this.estimatedHours);
		return new RequestDetails(JapaneseText.tidy(this.title), this.description.strip(), this.category, chosenPricing,
				total, this.hourlyRate, this.estimatedHours, this.deadline, !Boolean.FALSE.equals(this.remote),
				prefecture(), chosenSkills(vocabulary));
	}

	private Prefecture prefecture() {
		String code = JapaneseText.normalizeToNull(this.location);
		if (code == null) {
			return null;
		}
		return Prefecture.ofCode(code).orElseThrow(() -> new InputRefused("location", "work.api.error.location"));
	}

	private Set<Skill> chosenSkills(List<Skill> vocabulary) {
		if (this.skills == null) {
			return Set.of();
		}
		Map<UUID, Skill> known = vocabulary.stream().collect(Collectors.toMap(Skill::id, Function.identity()));
		return this.skills.stream()
			.map((id) -> Optional.ofNullable(known.get(id))
				.orElseThrow(() -> new InputRefused("skills", "work.api.error.skill")))
			.collect(Collectors.toSet());
	}

}
