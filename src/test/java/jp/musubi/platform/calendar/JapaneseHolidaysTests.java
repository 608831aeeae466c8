package jp.musubi.platform.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JapaneseHolidaysTests {

	private final JapaneseHolidays holidays = JapaneseHolidays.shipped();

	@Test
	void theShippedListCoversTheYearsTheShopAndTheWorkExchangeCountIn() {
		assertThat(this.holidays.first()).isLessThanOrEqualTo(Year.of(2024));
		assertThat(this.holidays.last()).isGreaterThanOrEqualTo(Year.of(2027));
	}

	@Test
	void namesTheNationalHolidays() {
		assertThat(this.holidays.nameOf(LocalDate.of(2026, 1, 1))).hasValue("元日");
		assertThat(this.holidays.nameOf(LocalDate.of(2026, 9, 21))).hasValue("敬老の日");
		assertThat(this.holidays.nameOf(LocalDate.of(2027, 3, 21))).hasValue("春分の日");
		assertThat(this.holidays.nameOf(LocalDate.of(2027, 1, 11))).hasValue("成人の日");
	}

	@Test
	void knowsTheSubstituteHolidays() {
		// こどもの日 2025 fell on a Monday after 憲法記念日 and みどりの日 on the weekend.
		assertThat(this.holidays.nameOf(LocalDate.of(2025, 5, 6))).hasValue("振替休日");
		// 春分の日 2027 falls on a Sunday.
		assertThat(this.holidays.nameOf(LocalDate.of(2027, 3, 22))).hasValue("振替休日");
	}

	@Test
	void knowsADayBetweenTwoHolidays() {
		// Between 敬老の日 (21st) and 秋分の日 (23rd): 国民の休日 by article 3(3) of the law.
		assertThat(this.holidays.nameOf(LocalDate.of(2026, 9, 22))).hasValue("国民の休日");
	}

	@Test
	void anOrdinaryDayIsNoHoliday() {
		assertThat(this.holidays.isHoliday(LocalDate.of(2026, 12, 7))).isFalse();
		assertThat(this.holidays.nameOf(LocalDate.of(2026, 12, 7))).isEmpty();
		// 12/31 is a day banks close, not a national holiday.
		assertThat(this.holidays.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
	}

	@Test
	void refusesADateInAYearTheListDoesNotCover() {
		LocalDate later = LocalDate.of(this.holidays.last().getValue() + 1, 3, 20);

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.holidays.isHoliday(later))
			.satisfies((refused) -> {
				assertThat(refused.messageKey()).isEqualTo("platform.calendar.error.notCovered");
				assertThat(refused.arguments()).containsExactly(later.toString(), this.holidays.first().toString(),
						this.holidays.last().toString());
			});
	}

	@Test
	void coversTheYearsOfTheRowsItIsGiven() {
		JapaneseHolidays two = new JapaneseHolidays(
				List.of(new Holiday(LocalDate.of(2030, 1, 1), "元日"), new Holiday(LocalDate.of(2031, 1, 1), "元日")));

		assertThat(two.isHoliday(LocalDate.of(2031, 12, 31))).isFalse();
		assertThat(two.covers(LocalDate.of(2029, 12, 31))).isFalse();
		assertThat(two.covers(LocalDate.of(2032, 1, 1))).isFalse();
	}

}
