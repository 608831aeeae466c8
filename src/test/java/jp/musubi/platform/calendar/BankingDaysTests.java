package jp.musubi.platform.calendar;

import java.time.LocalDate;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BankingDaysTests {

	private final BankingDays bankingDays = new BankingDays(JapaneseHolidays.shipped());

	@Test
	void aWeekdayThatIsNoHolidayIsABankingDay() {
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 12, 7))).isTrue();
	}

	@Test
	void weekendsHolidaysAndTheYearEndAreNot() {
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 12, 6))).as("Sunday").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 11, 23))).as("勤労感謝の日").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 12, 31))).as("Thursday 12/31").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2027, 1, 1))).as("元日").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2025, 1, 3))).as("Friday 1/3").isFalse();
		assertThat(this.bankingDays.isBankingDay(LocalDate.of(2026, 12, 30))).as("Wednesday 12/30").isTrue();
	}

	@Test
	void anOrderPlacedBeforeTheYearEndIsDueAfterTheNewYearClosure() {
		// Monday 12/28: 29 and 30 count, 31 and 1-3 January are closed, then 4, 5, 6.
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 12, 28), 5)).isEqualTo(LocalDate.of(2027, 1, 6));
	}

	@Test
	void goldenWeekIsSkipped() {
		// Tuesday 2026-04-28: 4/30 and 5/1 count, 4/29 昭和の日, the weekend, 5/4-5/6
		// holidays.
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 4, 28), 1)).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 4, 28), 3)).isEqualTo(LocalDate.of(2026, 5, 7));
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 4, 28), 5)).isEqualTo(LocalDate.of(2026, 5, 11));
	}

	@Test
	void theSilverWeekOf2026IsSkipped() {
		// Friday 9/18; 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日.
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 24));
	}

	@Test
	void countingFromAClosedDayStartsAtTheNextOpenOne() {
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(this.bankingDays.plus(LocalDate.of(2026, 12, 5), 0)).isEqualTo(LocalDate.of(2026, 12, 5));
	}

	@Test
	void refusesToCountIntoAYearWhoseHolidaysAreUnknown() {
		JapaneseHolidays holidays = JapaneseHolidays.shipped();
		LocalDate lastDays = LocalDate.of(holidays.last().getValue(), 12, 28);

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.bankingDays.plus(lastDays, 5))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("platform.calendar.error.notCovered"));
	}

	@Test
	void refusesADateBeforeTheList() {
		JapaneseHolidays holidays = JapaneseHolidays.shipped();
		LocalDate before = LocalDate.of(holidays.first().getValue() - 1, 6, 1);

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.bankingDays.isBankingDay(before))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("platform.calendar.error.notCovered"));
	}

}
