package jp.musubi.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The days Japanese banks are open and move money: not Saturday or Sunday, not a national
 * holiday, and not 31 December to 3 January: the only days the Banking Act lets banks
 * close (銀行法 第15条第1項, 銀行法施行令 第5条第1項). Deadlines counted in banking days (an unpaid
 * transfer order is cancelled after five of them) count these.
 */
public final class BankingDays {

	private static final Set<MonthDay> YEAR_END_CLOSURE = Set.of(MonthDay.of(12, 31), MonthDay.of(1, 1),
			MonthDay.of(1, 2), MonthDay.of(1, 3));

	private final JapaneseHolidays holidays;

	public BankingDays(JapaneseHolidays holidays) {
		this.holidays = holidays;
	}

	/**
	 * Whether banks are open on the date.
	 * @throws InputRefused when the holidays of the date's year are not known
	 */
	public boolean isBankingDay(LocalDate date) {
		this.holidays.requireCovered(date);
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !YEAR_END_CLOSURE.contains(MonthDay.from(date))
				&& !this.holidays.isHoliday(date);
	}

	/**
	 * The date that is {@code days} banking days after {@code from}: {@code from} itself
	 * does not count, whether or not it is a banking day, so one banking day after a
	 * Friday order is the Monday (or the next open day). Zero days is {@code from}.
	 * @throws InputRefused when the count runs into a year whose holidays are not known
	 */
	public LocalDate plus(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Banking days to add must not be negative: " + days);
		}
		this.holidays.requireCovered(from);
		LocalDate date = from;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isBankingDay(date)) {
				counted++;
			}
		}
		return date;
	}

}
