package jp.musubi.tourism.figures;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month as the figure tables number it: year * 12 + month - 1, so that "twelve months
 * back" is a subtraction on both H2 and PostgreSQL.
 */
final class MonthNumber {

	/** The same number in SQL, for a DATE column. */
	static String sql(String column) {
		return "(CAST(EXTRACT(YEAR FROM " + column + ") AS INT) * 12 + CAST(EXTRACT(MONTH FROM " + column
				+ ") AS INT) - 1)";
	}

	private MonthNumber() {
	}

	static int of(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}

	static int of(LocalDate day) {
		return of(YearMonth.from(day));
	}

	static YearMonth month(int number) {
		return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
	}

}
