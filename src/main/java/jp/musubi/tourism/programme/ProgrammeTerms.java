package jp.musubi.tourism.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;

/**
 * Everything the agent's staff set on a programme. Its rules are judged here once, for
 * the staff's pages and the API alike: the figures by {@link #refusals()}, a text in one
 * language by {@link Text#judge}, a component by {@link Component#judge}.
 */
public record ProgrammeTerms(String code, int nights, Yen pricePerPerson, LocalDate seasonStart, LocalDate seasonEnd,
		int minParty, int maxParty, int freeCancellationDays, int cancellationFeePercent, Map<Language, Text> texts,
		List<Component> components) {

	/** A party the region's lodgings and clinics can take in at once. */
	public static final int MAX_PARTY = 50;

	/** The longest stay the agent sells as one programme. */
	public static final int MAX_NIGHTS = 30;

	/** Cancellation terms further ahead than a year mean nothing to a guest. */
	public static final int MAX_FREE_CANCELLATION_DAYS = 365;

	public ProgrammeTerms {
		texts = Map.copyOf(texts);
		components = List.copyOf(components);
	}

	/**
	 * What is wrong with these terms, field by field, under the names the form and the
	 * API use; empty when they can be saved.
	 */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		if (this.nights < 0 || this.nights > MAX_NIGHTS) {
			refusals.add(new InputRefused("nights", "tourism.programme.error.nights"));
		}
		if (this.pricePerPerson.amount() < 0) {
			refusals.add(new InputRefused("pricePerPerson", "tourism.programme.error.price"));
		}
		if (this.seasonEnd.isBefore(this.seasonStart)) {
			refusals.add(new InputRefused("seasonEnd", "tourism.programme.error.seasonEnd"));
		}
		if (this.minParty < 1 || this.minParty > MAX_PARTY) {
			refusals.add(new InputRefused("minParty", "tourism.programme.error.minParty"));
		}
		if (this.maxParty < 1 || this.maxParty > MAX_PARTY) {
			refusals.add(new InputRefused("maxParty", "tourism.programme.error.maxParty"));
		}
		else if (this.maxParty < this.minParty) {
			refusals.add(new InputRefused("maxParty", "tourism.programme.error.partyOrder"));
		}
		if (this.freeCancellationDays < 0 || this.freeCancellationDays > MAX_FREE_CANCELLATION_DAYS) {
			refusals.add(new InputRefused("freeCancellationDays", "tourism.programme.error.freeCancellationDays"));
		}
		if (this.cancellationFeePercent < 0 || this.cancellationFeePercent > 100) {
			refusals.add(new InputRefused("cancellationFeePercent", "tourism.programme.error.fee"));
		}
		return refusals;
	}

	/** A name and a summary. */
	public record Text(String name, String summary) {

		/**
		 * A programme's text in one language as a person wrote it, judged once for the
		 * page and the API: a name (tidied) needs a summary and a summary a name; both
		 * left out is no text. Each refusal is named under the prefix (such as
		 * {@code texts[1].}).
		 * @return the text, or empty (with a refusal added when only half was written)
		 */
		public static Optional<Text> judge(String prefix, String name, String summary, List<InputRefused> refusals) {
			String tidyName = JapaneseText.normalizeToNull(name);
			String tidySummary = (summary == null || summary.isBlank()) ? null : summary.strip();
			if (tidyName != null && tidySummary != null) {
				return Optional.of(new Text(JapaneseText.tidy(tidyName), tidySummary));
			}
			if (tidyName != null) {
				refusals.add(new InputRefused(prefix + "summary", "tourism.programme.error.summary"));
			}
			else if (tidySummary != null) {
				refusals.add(new InputRefused(prefix + "name", "tourism.programme.error.name"));
			}
			return Optional.empty();
		}

	}

}
