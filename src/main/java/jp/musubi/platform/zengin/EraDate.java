package jp.musubi.platform.zengin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Optional;

/**
 * Dates as the 200-byte 全銀協 formats write them: YYMMDD with the year counted in the
 * Japanese era (和暦) and the era not written. Banks write the era of the day they make the
 * file, and a notice covers the days just before it, so every file delivered today is in
 * 令和 (Reiwa, from 2019-05-01): Musubi reads every such date as Reiwa. A 令和元年 date before
 * May does not exist (those days were 平成31年) and is refused like 0230.
 * <p>
 * This is the one place that decides the era: when the next era begins, teach it here
 * (its first years are small numbers; a two-digit year above the current year of the new
 * era can only be Reiwa).
 */
final class EraDate {

	static final JapaneseEra ERA = JapaneseEra.REIWA;

	private EraDate() {
	}

	/** The date of six digits YYMMDD in the era, empty when no such day exists. */
	static Optional<LocalDate> parse(String yymmdd) {
		if (yymmdd.length() != 6 || !yymmdd.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		int year = Integer.parseInt(yymmdd.substring(0, 2));
		int month = Integer.parseInt(yymmdd.substring(2, 4));
		int day = Integer.parseInt(yymmdd.substring(4, 6));
		try {
			return Optional.of(LocalDate.from(JapaneseDate.of(ERA, year, month, day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
