package jp.musubi.shop.figures;

import java.time.LocalDate;
import java.time.YearMonth;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The period a staff member or a program asks figures for: this month when nothing is
 * asked, a month, or two days, and every period that cannot be one refused on the field
 * that says so.
 */
class SalesPeriodTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	@Test
	void nothingAskedIsThisMonthInJapan() {
		SalesPeriod period = SalesPeriod.asked(null, "", " ", TODAY);

		assertThat(period).isEqualTo(new SalesPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
		assertThat(period.month()).contains(YearMonth.of(2026, 12));
		assertThat(period.start()).hasToString("2026-11-30T15:00:00Z");
		assertThat(period.end()).hasToString("2026-12-31T15:00:00Z");
	}

	@Test
	void aMonthOrTwoDaysAreTheDaysAskedFor() {
		assertThat(SalesPeriod.asked(" 2026-02 ", null, null, TODAY))
			.isEqualTo(new SalesPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
		SalesPeriod days = SalesPeriod.asked(null, "2026-11-03", "2026-11-03", TODAY);
		assertThat(days).isEqualTo(new SalesPeriod(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3)));
		assertThat(days.month()).isEmpty();
		assertThat(SalesPeriod.asked(null, "2026-11-01", "2026-11-30", TODAY).month()).contains(YearMonth.of(2026, 11));
	}

	@Test
	void aPeriodThatCannotBeOneIsRefusedOnItsField() {
		assertRefused("2026-13", null, null, "month", "shop.figures.refused.month");
		assertRefused("November", null, null, "month", "shop.figures.refused.month");
		assertRefused("2026-1", null, null, "month", "shop.figures.refused.month");
		assertRefused("2027-01", null, null, "month", "shop.figures.refused.monthOutside");
		assertRefused("1999-12", null, null, "month", "shop.figures.refused.monthOutside");
		assertRefused("+999999999-12", null, null, "month", "shop.figures.refused.monthOutside");
		assertRefused("2026-11", "2026-11-01", null, "month", "shop.figures.refused.monthAndDates");
		assertRefused(null, "2026-11-01", null, "to", "shop.figures.refused.dayMissing");
		assertRefused(null, null, "2026-11-30", "from", "shop.figures.refused.dayMissing");
		assertRefused(null, "2026-02-30", "2026-03-01", "from", "shop.figures.refused.day");
		assertRefused(null, "2026-11-01", "30.11.2026", "to", "shop.figures.refused.day");
		assertRefused(null, "2026-11-30", "2026-11-01", "to", "shop.figures.refused.toBeforeFrom");
		assertRefused(null, "2026-12-09", "2026-12-31", "from", "shop.figures.refused.fromOutside");
		assertRefused(null, "-999999999-01-01", "2026-12-31", "from", "shop.figures.refused.fromOutside");
		assertRefused(null, "2020-01-01", "2025-01-01", "to", "shop.figures.refused.tooLong");
		assertThat(SalesPeriod.asked(null, "2020-01-01", "2024-12-31", TODAY).from()).hasYear(2020);
	}

	private static void assertRefused(String month, String from, String to, String field, String key) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> SalesPeriod.asked(month, from, to, TODAY))
			.satisfies(
					(refused) -> assertThat(refused.field() + " " + refused.messageKey()).isEqualTo(field + " " + key));
	}

}
