/**
 * Japan's calendar as business runs on it: the national holidays
 * ({@link jp.musubi.platform.calendar.JapaneseHolidays}, from a list the Cabinet Office
 * publishes yearly) and the banking days they leave
 * ({@link jp.musubi.platform.calendar.BankingDays}), for deadlines such as "cancelled
 * after five banking days unpaid". A date beyond the years the list covers is refused,
 * never answered by a guess.
 */
@org.springframework.modulith.NamedInterface("calendar")
package jp.musubi.platform.calendar;
