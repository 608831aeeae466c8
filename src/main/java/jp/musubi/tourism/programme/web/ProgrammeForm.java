package jp.musubi.tourism.programme.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.programme.Component;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.ProgrammeTerms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A programme as the agent's staff compose it. The page works without script, so it
 * always offers {@link #ROWS} component rows; a row left blank is no component.
 */
public class ProgrammeForm {

	static final int ROWS = 6;

	/** Letters, digits and hyphens: a code goes into addresses, files and figures. */
	static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

	private String code;

	private Integer nights;

	private Yen pricePerPerson;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate seasonStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate seasonEnd;

	private Integer minParty = 1;

	private Integer maxParty;

	private Integer freeCancellationDays;

	private Integer cancellationFeePercent;

	@Valid
	private List<TextRow> texts = new ArrayList<>();

	private List<ComponentRow> components = new ArrayList<>();

	/** The version the form was opened at. */
	private Long version;

	public ProgrammeForm() {
		fill();
	}

	static ProgrammeForm of(Programme programme) {
		ProgrammeForm form = new ProgrammeForm();
		form.code = programme.code();
		form.nights = programme.nights();
		form.pricePerPerson = programme.pricePerPerson();
		form.seasonStart = programme.seasonStart();
		form.seasonEnd = programme.seasonEnd();
		form.minParty = programme.minParty();
		form.maxParty = programme.maxParty();
		form.freeCancellationDays = programme.freeCancellationDays();
		form.cancellationFeePercent = programme.cancellationFeePercent();
		form.version = programme.version();
		form.texts.clear();
		form.components.clear();
		for (Language language : Language.values()) {
			TextRow row = new TextRow(language.tag());
			programme.textIn(language).ifPresent((text) -> {
				row.name = text.name();
				row.summary = text.summary();
			});
			form.texts.add(row);
		}
		for (Component component : programme.components()) {
			ComponentRow row = new ComponentRow();
			row.capacityId = component.capacityId();
			row.firstDay = component.firstDay();
			row.days = component.days();
			row.perPerson = component.perPerson();
			form.components.add(row);
		}
		form.fill();
		return form;
	}

	/** One row per language and at least {@link #ROWS} component rows. */
	final void fill() {
		for (int i = this.texts.size(); i < Language.values().length; i++) {
			this.texts.add(new TextRow(Language.values()[i].tag()));
		}
		while (this.components.size() < ROWS) {
			this.components.add(new ComponentRow());
		}
	}

	/**
	 * The terms as the domain takes them, or null with the reasons on the form: half a
	 * text, half a component row, a capacity that cannot be booked, impossible figures.
	 */
	ProgrammeTerms toTerms(Set<UUID> bookable, BindingResult errors) {
		if (this.code != null && !this.code.isBlank() && !CODE.matcher(this.code.strip()).matches()) {
			errors.rejectValue("code", "tourism.programme.error.code");
		}
		TourismForms.required(errors, "code", this.code, "tourism.programme.error.code");
		TourismForms.required(errors, "nights", this.nights, "tourism.programme.error.nights");
		TourismForms.required(errors, "pricePerPerson", this.pricePerPerson, "tourism.programme.error.price");
		TourismForms.required(errors, "seasonStart", this.seasonStart, "tourism.programme.error.date");
		TourismForms.required(errors, "seasonEnd", this.seasonEnd, "tourism.programme.error.date");
		TourismForms.required(errors, "minParty", this.minParty, "tourism.programme.error.minParty");
		TourismForms.required(errors, "maxParty", this.maxParty, "tourism.programme.error.maxParty");
		TourismForms.required(errors, "freeCancellationDays", this.freeCancellationDays,
				"tourism.programme.error.freeCancellationDays");
		TourismForms.required(errors, "cancellationFeePercent", this.cancellationFeePercent,
				"tourism.programme.error.fee");
		List<InputRefused> refusals = new ArrayList<>();
		Map<Language, ProgrammeTerms.Text> texts = new EnumMap<>(Language.class);
		for (int i = 0; i < this.texts.size() && i < Language.values().length; i++) {
			TextRow row = this.texts.get(i);
			Language language = Language.values()[i];
			ProgrammeTerms.Text.judge("texts[" + i + "].", row.name, row.summary, refusals)
				.ifPresent((text) -> texts.put(language, text));
		}
		List<Component> components = new ArrayList<>();
		for (int i = 0; i < this.components.size(); i++) {
			ComponentRow row = this.components.get(i);
			if (!row.isBlank()) {
				Component
					.judge("components[" + i + "].", row.capacityId, row.firstDay, row.days, row.perPerson, bookable,
							refusals)
					.ifPresent(components::add);
			}
		}
		TourismForms.reject(errors, refusals);
		if (errors.hasFieldErrors("nights") || errors.hasFieldErrors("pricePerPerson")
				|| errors.hasFieldErrors("seasonStart") || errors.hasFieldErrors("seasonEnd")
				|| errors.hasFieldErrors("minParty") || errors.hasFieldErrors("maxParty")
				|| errors.hasFieldErrors("freeCancellationDays") || errors.hasFieldErrors("cancellationFeePercent")
				|| errors.hasFieldErrors("code")) {
			return null;
		}
		ProgrammeTerms terms = new ProgrammeTerms(this.code.strip(), this.nights, this.pricePerPerson, this.seasonStart,
				this.seasonEnd, this.minParty, this.maxParty, this.freeCancellationDays, this.cancellationFeePercent,
				texts, components);
		TourismForms.reject(errors, terms.refusals());
		return errors.hasErrors() ? null : terms;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/**
	 * Whether someone saved the thing after this form was opened: their change would be
	 * lost without a word if this one were saved over it.
	 */
	boolean isStale(long current) {
		return this.version != null && this.version != current;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Integer getNights() {
		return this.nights;
	}

	public void setNights(Integer nights) {
		this.nights = nights;
	}

	public Yen getPricePerPerson() {
		return this.pricePerPerson;
	}

	public void setPricePerPerson(Yen pricePerPerson) {
		this.pricePerPerson = pricePerPerson;
	}

	public LocalDate getSeasonStart() {
		return this.seasonStart;
	}

	public void setSeasonStart(LocalDate seasonStart) {
		this.seasonStart = seasonStart;
	}

	public LocalDate getSeasonEnd() {
		return this.seasonEnd;
	}

	public void setSeasonEnd(LocalDate seasonEnd) {
		this.seasonEnd = seasonEnd;
	}

	public Integer getMinParty() {
		return this.minParty;
	}

	public void setMinParty(Integer minParty) {
		this.minParty = minParty;
	}

	public Integer getMaxParty() {
		return this.maxParty;
	}

	public void setMaxParty(Integer maxParty) {
		this.maxParty = maxParty;
	}

	public Integer getFreeCancellationDays() {
		return this.freeCancellationDays;
	}

	public void setFreeCancellationDays(Integer freeCancellationDays) {
		this.freeCancellationDays = freeCancellationDays;
	}

	public Integer getCancellationFeePercent() {
		return this.cancellationFeePercent;
	}

	public void setCancellationFeePercent(Integer cancellationFeePercent) {
		this.cancellationFeePercent = cancellationFeePercent;
	}

	public List<TextRow> getTexts() {
		return this.texts;
	}

	public void setTexts(List<TextRow> texts) {
		this.texts = texts;
	}

	public List<ComponentRow> getComponents() {
		return this.components;
	}

	public void setComponents(List<ComponentRow> components) {
		this.components = components;
	}

	/** A programme's name and summary in one language; both or neither. */
	public static class TextRow {

		private String language;

		@Size(max = 120)
		@PlainText
		private String name;

		@Size(max = 4000)
		@PlainText
		private String summary;

		public TextRow() {
		}

		TextRow(String language) {
			this.language = language;
		}

		public String getLanguage() {
			return this.language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		/** The language's own name, as the form labels the row. */
		public String getLanguageName() {
			return Language.fromTag(this.language).map(Language::nativeName).orElse(this.language);
		}

	}

	/** One component row of the form. */
	public static class ComponentRow {

		private UUID capacityId;

		private Integer firstDay;

		private Integer days;

		private boolean perPerson = true;

		boolean isBlank() {
			return this.capacityId == null && this.firstDay == null && this.days == null;
		}

		public UUID getCapacityId() {
			return this.capacityId;
		}

		public void setCapacityId(UUID capacityId) {
			this.capacityId = capacityId;
		}

		public Integer getFirstDay() {
			return this.firstDay;
		}

		public void setFirstDay(Integer firstDay) {
			this.firstDay = firstDay;
		}

		public Integer getDays() {
			return this.days;
		}

		public void setDays(Integer days) {
			this.days = days;
		}

		public boolean isPerPerson() {
			return this.perPerson;
		}

		public void setPerPerson(boolean perPerson) {
			this.perPerson = perPerson;
		}

	}

}
