package jp.musubi.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times for people, in Japan's time zone (the region's) and in the page's
 * language. Templates use it as {@code ${@dates.dateTime(instant)}}.
 */
@Component("dates")
public class Dates {

	public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	/** Today in the region, whatever zone the clock itself carries. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), JAPAN);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(JAPAN)
			.format(instant);
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(JAPAN)
			.format(instant);
	}

	/** The time of day in Japan, 24-hour, as a front desk reads it: 09:05. */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("HH:mm").withZone(JAPAN).format(instant);
	}

	/** A calendar day such as a deadline or a payment date. */
	public String day(LocalDate day) {
		return day(day, LocaleContextHolder.getLocale());
	}

	/**
	 * A calendar day in a language the caller chose, as a document for an API's caller is
	 * written in.
	 */
	public String day(LocalDate day, Locale locale) {
		if (day == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
