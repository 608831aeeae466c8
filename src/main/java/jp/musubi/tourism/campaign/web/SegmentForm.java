package jp.musubi.tourism.campaign.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.tourism.campaign.Segment;
import jp.musubi.tourism.campaign.SegmentCriteria;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.validation.BindingResult;

/**
 * The segment form. Numbers and dates arrive as text, so that full-width digits work and
 * a typo is named next to its field instead of failing the whole form.
 */
public class SegmentForm {

	private String name;

	private List<TargetArea> areas = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private List<UUID> programmes = new ArrayList<>();

	private String minVisits;

	private String lastVisitAfter;

	private String lastVisitBefore;

	private String minScore;

	private String maxScore;

	private List<Interest> interests = new ArrayList<>();

	static SegmentForm of(Segment segment) {
		SegmentCriteria criteria = segment.criteria();
		SegmentForm form = new SegmentForm();
		form.name = segment.name();
		form.areas = new ArrayList<>(criteria.areas());
		form.languages = new ArrayList<>(criteria.languages().stream().map(Language::tag).toList());
		form.programmes = new ArrayList<>(criteria.programmes());
		form.minVisits = text(criteria.minVisits());
		form.lastVisitAfter = text(criteria.lastVisitAfter());
		form.lastVisitBefore = text(criteria.lastVisitBefore());
		form.minScore = text(criteria.minScore());
		form.maxScore = text(criteria.maxScore());
		form.interests = new ArrayList<>(criteria.interests());
		return form;
	}

	/** The criteria, or null after naming each field that could not be read. */
	SegmentCriteria toCriteria(BindingResult errors) {
		Integer visits = number("minVisits", this.minVisits, errors);
		LocalDate after = date("lastVisitAfter", this.lastVisitAfter, errors);
		LocalDate before = date("lastVisitBefore", this.lastVisitBefore, errors);
		Integer low = number("minScore", this.minScore, errors);
		Integer high = number("maxScore", this.maxScore, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Set<Language> spoken = new HashSet<>();
		this.languages.forEach((tag) -> Language.fromTag(tag).ifPresent(spoken::add));
		return new SegmentCriteria(Set.copyOf(this.areas), spoken, Set.copyOf(this.programmes), visits, after, before,
				low, high, Set.copyOf(this.interests));
	}

	private static Integer number(String field, String text, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(JapaneseText.normalize(text).strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "tourism.segment.error.number");
			return null;
		}
	}

	private static LocalDate date(String field, String text, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(JapaneseText.normalize(text).strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "tourism.segment.error.date");
			return null;
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<TargetArea> getAreas() {
		return this.areas;
	}

	public void setAreas(List<TargetArea> areas) {
		this.areas = (areas != null) ? areas : new ArrayList<>();
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = (languages != null) ? languages : new ArrayList<>();
	}

	public List<UUID> getProgrammes() {
		return this.programmes;
	}

	public void setProgrammes(List<UUID> programmes) {
		this.programmes = (programmes != null) ? programmes : new ArrayList<>();
	}

	public String getMinVisits() {
		return this.minVisits;
	}

	public void setMinVisits(String minVisits) {
		this.minVisits = minVisits;
	}

	public String getLastVisitAfter() {
		return this.lastVisitAfter;
	}

	public void setLastVisitAfter(String lastVisitAfter) {
		this.lastVisitAfter = lastVisitAfter;
	}

	public String getLastVisitBefore() {
		return this.lastVisitBefore;
	}

	public void setLastVisitBefore(String lastVisitBefore) {
		this.lastVisitBefore = lastVisitBefore;
	}

	public String getMinScore() {
		return this.minScore;
	}

	public void setMinScore(String minScore) {
		this.minScore = minScore;
	}

	public String getMaxScore() {
		return this.maxScore;
	}

	public void setMaxScore(String maxScore) {
		this.maxScore = maxScore;
	}

	public List<Interest> getInterests() {
		return this.interests;
	}

	public void setInterests(List<Interest> interests) {
		this.interests = (interests != null) ? interests : new ArrayList<>();
	}

}
