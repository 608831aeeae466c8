package jp.musubi.shop.figures;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.Dates;

/**
 * The days whose sales are counted, both included, as days in Japan: an order belongs to
 * the day it was placed there. A calendar month, or any days between two dates.
 */
public record SalesPeriod(LocalDate from, LocalDate to) {

	/**
	 * The first day a period may start: before the shop sold anything, and far from the
	 * ends of the dates the database holds, whatever a caller types.
	 */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The longest period asked for at once, in years: a few years side by side. */
	static final int LONGEST_YEARS = 5;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	public SalesPeriod {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("A period ends after it starts: " + from + " to " + to);
		}
	}

	public static SalesPeriod of(YearMonth month) {
		return new SalesPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The period a person or a program asked for: a month ({@code 2026-11}), or a first
	 * and a last day ({@code 2026-11-01}, {@code 2026-11-30}); nothing asked for is this
	 * month. A period that starts after today, before {@link #EARLIEST} or spans more
	 * than {@link #LONGEST_YEARS} years is refused, as is a month given with dates.
	 * @param today today in Japan
	 * @throws InputRefused on {@code month}, {@code from} or {@code to}
	 */
	public static SalesPeriod asked(String month, String from, String to, LocalDate today) {
		boolean byMonth = !isBlank(month);
		boolean byDates = !isBlank(from) || !isBlank(to);
		if (byMonth && byDates) {
			throw new InputRefused("month", "shop.figures.refused.monthAndDates");
		}
		if (byMonth) {
			YearMonth asked = parseMonth(month.strip());
			if (asked.atDay(1).isBefore(EARLIEST) || asked.isAfter(YearMonth.from(today))) {
				throw new InputRefused("month", "shop.figures.refused.monthOutside", MONTH.format(EARLIEST),
						MONTH.format(today));
			}
			return of(asked);
		}
		if (!byDates) {
			return of(YearMonth.from(today));
		}
		LocalDate first = parseDay("from", from);
		LocalDate last = parseDay("to", to);
		if (first.isBefore(EARLIEST) || first.isAfter(today)) {
			throw new InputRefused("from", "shop.figures.refused.fromOutside", EARLIEST.toString(), today.toString());
		}
		if (last.isBefore(first)) {
			throw new InputRefused("to", "shop.figures.refused.toBeforeFrom");
		}
		if (!last.isBefore(first.plusYears(LONGEST_YEARS))) {
			throw new InputRefused("to", "shop.figures.refused.tooLong", Integer.toString(LONGEST_YEARS));
		}
		return new SalesPeriod(first, last);
	}

	private static YearMonth parseMonth(String text) {
		try {
			return YearMonth.parse(text, MONTH);
		}
		catch (DateTimeException ex) {
			throw new InputRefused("month", "shop.figures.refused.month");
		}
	}

	private static LocalDate parseDay(String field, String text) {
		if (isBlank(text)) {
			throw new InputRefused(field, "shop.figures.refused.dayMissing");
		}
		try {
			return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeException ex) {
			throw new InputRefused(field, "shop.figures.refused.day");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** The month the period is, when it is one whole calendar month. */
	public Optional<YearMonth> month() {
		YearMonth month = YearMonth.from(this.from);
		return (this.from.equals(month.atDay(1)) && this.to.equals(month.atEndOfMonth())) ? Optional.of(month)
				: Optional.empty();
	}

	/** The first moment of the period, midnight in Japan. */
	public Instant start() {
		return this.from.atStartOfDay(Dates.JAPAN).toInstant();
	}

	/** The first moment after the period. */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(Dates.JAPAN).toInstant();
	}

}
