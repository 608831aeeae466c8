package jp.musubi.insight.teleworkers.web;

import java.util.OptionalInt;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import jp.musubi.insight.teleworkers.RegionTeleworkers;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;

import org.springframework.validation.Errors;

/**
 * The employed population as staff type it: digits full- or half-width, with or without
 * thousands separators (「１２，３４５」, "12,345", "12345"), and where the figure comes from.
 */
public class PopulationForm {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");

	private String employed;

	@Size(max = RegionTeleworkers.SOURCE_LENGTH)
	@PlainText
	private String source;

	/** The week the page showed, so that it shows the same week again. */
	private String week;

	/**
	 * Refuses a figure that is not a whole number of people from 1 to 100,000,000 and a
	 * missing source, each next to its field; length and markup are checked by Bean
	 * Validation.
	 */
	void check(Errors errors) {
		if (JapaneseText.normalizeToNull(this.employed) == null) {
			errors.rejectValue("employed", "insight.teleworkers.population.error.employedRequired");
		}
		else if (employedCount().isEmpty()) {
			errors.rejectValue("employed", "insight.teleworkers.population.error.employed");
		}
		if (sourceText() == null) {
			errors.rejectValue("source", "insight.teleworkers.population.error.sourceRequired");
		}
	}

	/** The number entered, if it is a plausible employed population. */
	OptionalInt employedCount() {
		String text = JapaneseText.normalizeToNull(this.employed);
		if (text == null || !WHOLE_NUMBER.matcher(text).matches() || text.replace(",", "").length() > 9) {
			return OptionalInt.empty();
		}
		int count = Integer.parseInt(text.replace(",", ""));
		return (count >= 1 && count <= RegionTeleworkers.MAX_EMPLOYED) ? OptionalInt.of(count) : OptionalInt.empty();
	}

	String sourceText() {
		return JapaneseText.normalizeToNull(this.source);
	}

	public String getEmployed() {
		return this.employed;
	}

	public void setEmployed(String employed) {
		this.employed = employed;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getWeek() {
		return this.week;
	}

	public void setWeek(String week) {
		this.week = week;
	}

}
