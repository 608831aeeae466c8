package jp.musubi.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.musubi.platform.refusal.InputRefused;

/**
 * Japan's national holidays (国民の祝日, 振替休日 and 国民の休日) for the years a list holds. The dates
 * are data, not rules: the equinoxes are fixed by the National Astronomical Observatory a
 * year ahead and the law has moved holidays for single years (the 2020 and 2021
 * Olympics), so no formula gives them. A date in a year the list does not cover is
 * refused rather than called a working day.
 */
public final class JapaneseHolidays {

	/** The list Musubi ships; see its header for the source and how to update it. */
	static final String RESOURCE = "/platform/holidays-jp.csv";

	private final Map<LocalDate, String> names;

	private final Year first;

	private final Year last;

	/** The holidays of the years from the first to the last holiday's year. */
	public JapaneseHolidays(Collection<Holiday> holidays) {
		if (holidays.isEmpty()) {
			throw new IllegalArgumentException("No holidays");
		}
		TreeMap<LocalDate, String> byDate = new TreeMap<>();
		holidays.forEach((holiday) -> byDate.put(holiday.date(), holiday.name()));
		this.names = byDate;
		this.first = Year.from(byDate.firstKey());
		this.last = Year.from(byDate.lastKey());
	}

	/** The holidays of the list Musubi ships, {@code platform/holidays-jp.csv}. */
	public static JapaneseHolidays shipped() {
		try (InputStream in = JapaneseHolidays.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return new JapaneseHolidays(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the date is a national holiday.
	 * @throws InputRefused when the list does not cover the date's year
	 */
	public boolean isHoliday(LocalDate date) {
		return nameOf(date).isPresent();
	}

	/**
	 * The holiday's name, empty on a day that is none.
	 * @throws InputRefused when the list does not cover the date's year
	 */
	public Optional<String> nameOf(LocalDate date) {
		requireCovered(date);
		return Optional.ofNullable(this.names.get(date));
	}

	/** The first year the list covers. */
	public Year first() {
		return this.first;
	}

	/** The last year the list covers. */
	public Year last() {
		return this.last;
	}

	public boolean covers(LocalDate date) {
		Year year = Year.from(date);
		return !year.isBefore(this.first) && !year.isAfter(this.last);
	}

	void requireCovered(LocalDate date) {
		if (!covers(date)) {
			throw new InputRefused("date", "platform.calendar.error.notCovered", date.toString(), this.first.toString(),
					this.last.toString());
		}
	}

	static List<Holiday> parse(BufferedReader lines) throws IOException {
		List<Holiday> holidays = new ArrayList<>();
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int comma = line.indexOf(',');
			if (comma < 0) {
				throw new IllegalStateException("Not date,name: " + line);
			}
			holidays
				.add(new Holiday(LocalDate.parse(line.substring(0, comma).strip()), line.substring(comma + 1).strip()));
		}
		return holidays;
	}

}
