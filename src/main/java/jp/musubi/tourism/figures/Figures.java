package jp.musubi.tourism.figures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.figures.SharedFigures.Hidden;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures the dashboards show, read from the tables {@link FigureRefresh} keeps, plus
 * the small tables (bookings, capacity, surveys) read as they are. What counts people and
 * leaves the facility it comes from is suppressed for its reader, a month at a time, as
 * the refresh job chose and audited it ({@link SharedFigures}, {@link SharedMonth}): the
 * agent (the association) and the other partners see it so; a facility sees its own
 * counts and guests exactly, and that was taken into account. No page runs the audit.
 */
@Service
public class Figures {

	/** The months a dashboard looks back over, this one included. */
	public static final int MONTHS = 12;

	static final int TOP_NOUNS = 10;

	private static final List<TargetArea> AREAS = List.of(TargetArea.values());

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final FiguresProperties properties;

	private final SharedFigures shared;

	Figures(JdbcTemplate jdbc, Accounts accounts, MessageSource messages, Clock clock, FiguresProperties properties,
			SharedFigures shared) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.shared = shared;
	}

	/** The region as the agent's staff see it. */
	@Transactional(readOnly = true)
	public RegionFigures region(YearMonth month, Locale locale) {
		int current = MonthNumber.of(month);
		List<Facility> facilities = Facility.all(this.jdbc);
		// The cohorts of the last twelve months reach eleven months past this one.
		Map<Integer, Hidden> hidden = this.shared.hiddenFrom(null, current - MONTHS + 1, current + MONTHS - 1,
				Set.of());
		Map<Integer, Map<UUID, Long>> examined = examined(current - 5, current);
		return new RegionFigures(asOf(), month, visitorsByArea(hidden, current, locale), repeat(current),
				cohorts(hidden, current), programmes(current, locale), utilisation(facilities, month), scores(locale),
				nouns(locale), facilityGuests(hidden.get(current), current, facilities, null, locale),
				checkups(hidden, examined, facilities, current, null));
	}

	/**
	 * A facility's own figures in detail, and the rest of the region only as suppressed
	 * aggregates, audited against the facility's own.
	 */
	@Transactional(readOnly = true)
	public FacilityFigures facility(UUID facilityId, YearMonth month, Locale locale) {
		int current = MonthNumber.of(month);
		List<Facility> facilities = Facility.all(this.jdbc);
		Facility own = facilities.stream()
			.filter((facility) -> facility.id().equals(facilityId))
			.findFirst()
			.orElseThrow();
		List<OwnMonth> ownVisits = ownVisits(facilityId, current, locale);
		Map<Integer, Map<UUID, Long>> examined = examined(current - MONTHS + 1, current);
		Set<Integer> withOwn = new HashSet<>();
		for (OwnMonth visits : ownVisits) {
			if (visits.guestsByArea().stream().anyMatch((guests) -> guests > 0)) {
				withOwn.add(MonthNumber.of(visits.month()));
			}
		}
		examined.forEach((m, counts) -> {
			if (counts.getOrDefault(facilityId, 0L) > 0) {
				withOwn.add(m);
			}
		});
		Map<Integer, Hidden> hidden = this.shared.hiddenFrom(facilityId, current - MONTHS + 1, current, withOwn);
		return new FacilityFigures(asOf(), month, own, ownVisits, ownCheckups(own, examined, month),
				visitorsByArea(hidden, current, locale),
				facilityGuests(hidden.get(current), current, facilities, facilityId, locale),
				checkups(hidden, examined, facilities, current, facilityId));
	}

	/** The people who checked in at the facility, the latest first. */
	@Transactional(readOnly = true)
	public Page<OwnGuest> ownGuests(UUID facilityId, Pageable pageable) {
		long total = this.jdbc.queryForObject("SELECT COUNT(DISTINCT guest_id) FROM check_in WHERE facility_id = ?",
				Long.class, facilityId);
		List<OwnGuest> guests = this.jdbc.query("""
				SELECT c.guest_id, g.account_id, g.target_area, COUNT(*) AS visits, MAX(c.day) AS last_visit
				FROM check_in c JOIN guest g ON g.id = c.guest_id
				WHERE c.facility_id = ?
				GROUP BY c.guest_id, g.account_id, g.target_area
				ORDER BY MAX(c.day) DESC, c.guest_id
				LIMIT ? OFFSET ?
				""", (row, n) -> {
			UUID account = row.getObject("account_id", UUID.class);
			String name = (account != null) ? this.accounts.person(account).map(PersonSummary::displayName).orElse(null)
					: null;
			return new OwnGuest(row.getObject("guest_id", UUID.class), name,
					TargetArea.valueOf(row.getString("target_area")), row.getInt("visits"),
					row.getObject("last_visit", LocalDate.class));
		}, facilityId, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(guests, pageable, total);
	}

	Instant asOf() {
		Timestamp refreshed = this.jdbc.queryForObject("SELECT refreshed_at FROM figure_refresh WHERE id = 1",
				Timestamp.class);
		return (refreshed != null) ? refreshed.toInstant() : null;
	}

	public YearMonth thisMonth() {
		return YearMonth.from(Dates.today(this.clock));
	}

	/**
	 * Distinct guests per month and target area over the region, with each month's total:
	 * no total over the months, which would link every period to the next.
	 */
	private SuppressedTable visitorsByArea(Map<Integer, Hidden> hidden, int current, Locale locale) {
		int first = current - MONTHS + 1;
		Map<Integer, long[]> region = new HashMap<>();
		this.jdbc.query("SELECT month_no, target_area, guests FROM figure_area_month WHERE month_no BETWEEN ? AND ?",
				(row) -> {
					region.computeIfAbsent(row.getInt("month_no"), (m) -> new long[AREAS.size()])[TargetArea
						.valueOf(row.getString("target_area"))
						.ordinal()] = row.getLong("guests");
				}, first, current);
		List<List<Cell>> cells = new ArrayList<>();
		List<Cell> totals = new ArrayList<>();
		for (int m = first; m <= current; m++) {
			long[] guests = region.getOrDefault(m, new long[AREAS.size()]);
			List<Cell> row = new ArrayList<>();
			long total = 0;
			for (TargetArea area : AREAS) {
				row.add(hidden.get(m).cell(SharedMonth.regionKey(area), guests[area.ordinal()]));
				total += guests[area.ordinal()];
			}
			cells.add(row);
			totals.add(hidden.get(m).cell(SharedMonth.REGION_TOTAL, total));
		}
		return new SuppressedTable(monthLabels(first, current), areaLabels(locale), cells, totals, null, null);
	}

	/**
	 * Guests with a visit in the last twelve calendar months, and those with two visits
	 * or more in them.
	 */
	RepeatRate repeat(int current) {
		int first = current - MONTHS + 1;
		return this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(CASE WHEN last_month >= ? THEN guests ELSE 0 END), 0) AS guests,
				       COALESCE(SUM(CASE WHEN previous_month >= ? THEN guests ELSE 0 END), 0) AS repeaters
				FROM figure_repeat
				""", (row, n) -> new RepeatRate(row.getLong("guests"), row.getLong("repeaters"),
				this.properties.protection().isSmall(row.getLong("guests"))), first, first);
	}

	/**
	 * Of the guests who first came in each of the last twelve months, how many came in
	 * that month and each month after: each count is hidden as the month it counts guests
	 * of was audited, since it is part of that month's total.
	 */
	private SuppressedTable cohorts(Map<Integer, Hidden> hidden, int current) {
		int first = current - MONTHS + 1;
		long[][] counts = new long[MONTHS][MONTHS];
		this.jdbc.query("SELECT first_month, month_no, guests FROM figure_cohort WHERE first_month >= ?", (row) -> {
			int cohort = row.getInt("first_month") - first;
			int after = row.getInt("month_no") - row.getInt("first_month");
			if (cohort >= 0 && cohort < MONTHS && after >= 0 && after < MONTHS) {
				counts[cohort][after] = row.getLong("guests");
			}
		}, first);
		List<List<Cell>> cells = new ArrayList<>();
		for (int cohort = 0; cohort < MONTHS; cohort++) {
			List<Cell> row = new ArrayList<>();
			for (int after = 0; after < MONTHS; after++) {
				row.add(hidden.get(first + cohort + after)
					.cell(SharedMonth.cohortKey(first + cohort), counts[cohort][after]));
			}
			cells.add(row);
		}
		List<String> after = new ArrayList<>();
		for (int k = 0; k < MONTHS; k++) {
			after.add("+" + k);
		}
		return new SuppressedTable(monthLabels(first, current), after, cells, null, null, null);
	}

	/** Bookings kept (not cancelled) per programme, made in the last twelve months. */
	private List<ProgrammeBookings> programmes(int current, Locale locale) {
		LocalDate since = MonthNumber.month(current - MONTHS + 1).atDay(1);
		String language = Language.ofOrDefault(locale).tag();
		return this.jdbc.query(
				"""
						SELECT p.code, COALESCE(t.name, j.name, p.code) AS name, COUNT(b.id) AS bookings,
						       COALESCE(SUM(b.party_size), 0) AS people
						FROM programme p
						LEFT JOIN programme_text t ON t.programme_id = p.id AND t.language = ?
						LEFT JOIN programme_text j ON j.programme_id = p.id AND j.language = 'ja'
						LEFT JOIN booking b ON b.programme_id = p.id AND b.status = 'CONFIRMED' AND b.created_at >= ?
						GROUP BY p.code, t.name, j.name
						ORDER BY COUNT(b.id) DESC, p.code
						""", (row, n) -> new ProgrammeBookings(row.getString("code"), row.getString("name"),
						row.getLong("bookings"), row.getLong("people")),
				language, since.atStartOfDay(Dates.JAPAN).toOffsetDateTime());
	}

	/** Units taken against units offered, per facility and month, the last six months. */
	private List<Utilisation> utilisation(List<Facility> facilities, YearMonth month) {
		YearMonth first = month.minusMonths(5);
		Map<UUID, Long> perDay = new HashMap<>();
		this.jdbc.query(
				"SELECT facility_id, SUM(units_per_day) AS units FROM capacity WHERE active GROUP BY facility_id",
				(row) -> {
					perDay.put(row.getObject("facility_id", UUID.class), row.getLong("units"));
				});
		Map<UUID, Map<Integer, Long>> taken = new HashMap<>();
		this.jdbc.query(
				"SELECT c.facility_id, " + MonthNumber.sql("d.day") + " AS month_no, SUM(d.taken) AS taken"
						+ " FROM capacity_day d JOIN capacity c ON c.id = d.capacity_id"
						+ " WHERE d.day >= ? AND d.day < ? GROUP BY c.facility_id, " + MonthNumber.sql("d.day"),
				(row) -> {
					taken.computeIfAbsent(row.getObject("facility_id", UUID.class), (id) -> new HashMap<>())
						.put(row.getInt("month_no"), row.getLong("taken"));
				}, first.atDay(1), month.plusMonths(1).atDay(1));
		List<Utilisation> rows = new ArrayList<>();
		for (Facility facility : facilities) {
			long units = perDay.getOrDefault(facility.id(), 0L);
			if (units == 0) {
				continue;
			}
			List<Usage> months = new ArrayList<>();
			for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
				long available = units * m.lengthOfMonth();
				long used = taken.getOrDefault(facility.id(), Map.of()).getOrDefault(MonthNumber.of(m), 0L);
				months.add(new Usage(m, used, available));
			}
			rows.add(new Utilisation(facility.name(), months));
		}
		return rows;
	}

	/**
	 * The recommend score per target area and for all: NPS and the average. Only the
	 * agent's staff read it, and they count the guests of any area and score exactly with
	 * a campaign's segment; hiding an area with few answers keeps them off a dashboard
	 * that is shown and printed, and is not a line between the staff and the answers.
	 */
	private List<Score> scores(Locale locale) {
		long[][] answers = new long[AREAS.size()][11];
		this.jdbc.query("""
				SELECT target_area, recommend_score, COUNT(*) AS answers FROM survey
				WHERE answered_at IS NOT NULL AND recommend_score IS NOT NULL
				GROUP BY target_area, recommend_score
				""", (row) -> {
			int area = TargetArea.valueOf(row.getString("target_area")).ordinal();
			answers[area][row.getInt("recommend_score")] += row.getLong("answers");
		});
		return Score.ofAreas(areaLabels(locale), message("tourism.figures.all", locale), answers,
				this.properties.protection());
	}

	/** The nouns found in the most answers, per target area. */
	private Map<String, List<NounCount>> nouns(Locale locale) {
		Map<String, List<NounCount>> nouns = new LinkedHashMap<>();
		for (TargetArea area : AREAS) {
			nouns.put(message(area.messageKey(), locale), this.jdbc.query("""
					SELECT noun, COUNT(*) AS answers, SUM(mentions) AS mentions FROM figure_survey_noun
					WHERE target_area = ? GROUP BY noun ORDER BY COUNT(*) DESC, SUM(mentions) DESC, noun
					LIMIT ?
					""",
					(row, n) -> new NounCount(row.getString("noun"), row.getLong("answers"), row.getLong("mentions")),
					area.name(), TOP_NOUNS));
		}
		return nouns;
	}

	/**
	 * Distinct guests in the month per facility and target area, suppressed; without the
	 * reading facility's own row, which it sees exactly elsewhere.
	 */
	private SuppressedTable facilityGuests(Hidden hidden, int month, List<Facility> facilities, UUID reader,
			Locale locale) {
		Map<UUID, long[]> guests = new HashMap<>();
		this.jdbc.query("SELECT facility_id, target_area, guests FROM figure_visit WHERE month_no = ?", (row) -> {
			guests.computeIfAbsent(row.getObject("facility_id", UUID.class),
					(f) -> new long[AREAS.size()])[TargetArea.valueOf(row.getString("target_area")).ordinal()] = row
						.getLong("guests");
		}, month);
		List<Facility> shown = facilities.stream().filter((facility) -> !facility.id().equals(reader)).toList();
		List<List<Cell>> cells = new ArrayList<>();
		List<Cell> rowTotals = new ArrayList<>();
		long[] areaTotals = new long[AREAS.size()];
		for (Facility facility : shown) {
			long[] counts = guests.getOrDefault(facility.id(), new long[AREAS.size()]);
			List<Cell> row = new ArrayList<>();
			long total = 0;
			for (TargetArea area : AREAS) {
				row.add(hidden.cell(SharedMonth.guestsKey(facility.id(), area), counts[area.ordinal()]));
				total += counts[area.ordinal()];
				areaTotals[area.ordinal()] += counts[area.ordinal()];
			}
			cells.add(row);
			rowTotals.add(hidden.cell(SharedMonth.guestTotalKey(facility.id()), total));
		}
		List<Cell> columnTotals = new ArrayList<>();
		long all = 0;
		for (TargetArea area : AREAS) {
			columnTotals.add(hidden.cell(SharedMonth.areaKey(area), areaTotals[area.ordinal()]));
			all += areaTotals[area.ordinal()];
		}
		return new SuppressedTable(shown.stream().map(Facility::name).toList(), areaLabels(locale), cells, rowTotals,
				columnTotals, hidden.cell(SharedMonth.AREA_TOTAL, all));
	}

	/**
	 * Guests examined per clinic and month, the last six months, with each month's total:
	 * health data, so outside the clinic only ever suppressed, and without the reading
	 * clinic's own row.
	 */
	private SuppressedTable checkups(Map<Integer, Hidden> hidden, Map<Integer, Map<UUID, Long>> examined,
			List<Facility> facilities, int current, UUID reader) {
		List<Facility> clinics = facilities.stream()
			.filter(Facility::clinic)
			.filter((facility) -> !facility.id().equals(reader))
			.toList();
		int first = current - 5;
		List<List<Cell>> cells = new ArrayList<>();
		for (Facility clinic : clinics) {
			List<Cell> row = new ArrayList<>();
			for (int m = first; m <= current; m++) {
				long count = examined.getOrDefault(m, Map.of()).getOrDefault(clinic.id(), 0L);
				row.add(hidden.get(m).cell(SharedMonth.examinedKey(clinic.id()), count));
			}
			cells.add(row);
		}
		List<Cell> totals = new ArrayList<>();
		for (int m = first; m <= current; m++) {
			long total = 0;
			for (Map.Entry<UUID, Long> count : examined.getOrDefault(m, Map.of()).entrySet()) {
				if (!count.getKey().equals(reader)) {
					total += count.getValue();
				}
			}
			totals.add(hidden.get(m).cell(SharedMonth.EXAMINED_TOTAL, total));
		}
		return new SuppressedTable(clinics.stream().map(Facility::name).toList(), monthLabels(first, current), cells,
				null, totals, null);
	}

	private List<MonthCount> ownCheckups(Facility own, Map<Integer, Map<UUID, Long>> examined, YearMonth month) {
		if (!own.clinic()) {
			return List.of();
		}
		List<MonthCount> months = new ArrayList<>();
		for (YearMonth m = month.minusMonths(5); !m.isAfter(month); m = m.plusMonths(1)) {
			months
				.add(new MonthCount(m, examined.getOrDefault(MonthNumber.of(m), Map.of()).getOrDefault(own.id(), 0L)));
		}
		return months;
	}

	/**
	 * Distinct guests examined per month and clinic, as the refresh counted them with the
	 * rest.
	 */
	private Map<Integer, Map<UUID, Long>> examined(int first, int last) {
		Map<Integer, Map<UUID, Long>> counts = new HashMap<>();
		this.jdbc.query("SELECT facility_id, month_no, guests FROM figure_examined WHERE month_no BETWEEN ? AND ?",
				(row) -> {
					counts.computeIfAbsent(row.getInt("month_no"), (m) -> new HashMap<>())
						.put(row.getObject("facility_id", UUID.class), row.getLong("guests"));
				}, first, last);
		return counts;
	}

	/** The facility's own visits by month and target area, exact. */
	private List<OwnMonth> ownVisits(UUID facilityId, int current, Locale locale) {
		int first = current - MONTHS + 1;
		Map<Integer, long[]> guests = new HashMap<>();
		Map<Integer, long[]> totals = new HashMap<>();
		this.jdbc.query("SELECT month_no, target_area, visits, guests, walk_ins FROM figure_visit"
				+ " WHERE facility_id = ? AND month_no BETWEEN ? AND ?", (row) -> {
					int m = row.getInt("month_no");
					guests.computeIfAbsent(m, (k) -> new long[AREAS.size()])[TargetArea
						.valueOf(row.getString("target_area"))
						.ordinal()] = row.getLong("guests");
					long[] total = totals.computeIfAbsent(m, (k) -> new long[2]);
					total[0] += row.getLong("visits");
					total[1] += row.getLong("walk_ins");
				}, facilityId, first, current);
		List<OwnMonth> months = new ArrayList<>();
		for (int m = first; m <= current; m++) {
			long[] byArea = guests.getOrDefault(m, new long[AREAS.size()]);
			long[] total = totals.getOrDefault(m, new long[2]);
			months.add(new OwnMonth(MonthNumber.month(m), Arrays.stream(byArea).boxed().toList(), total[0], total[1]));
		}
		return months;
	}

	private List<String> areaLabels(Locale locale) {
		return AREAS.stream().map((area) -> message(area.messageKey(), locale)).toList();
	}

	private static List<String> monthLabels(int first, int last) {
		List<String> labels = new ArrayList<>();
		for (int m = first; m <= last; m++) {
			labels.add(MonthNumber.month(m).toString());
		}
		return labels;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	record Facility(UUID id, String name, boolean clinic) {

		/** Every partner facility, a clinic when it offers checkups. */
		static List<Facility> all(JdbcTemplate jdbc) {
			return jdbc.query("""
					SELECT f.id, f.name, EXISTS (SELECT 1 FROM capacity c WHERE c.facility_id = f.id
					                              AND c.kind = 'CHECKUP_SLOT') AS clinic
					FROM facility f ORDER BY f.name, f.id
					""", (row, n) -> new Facility(row.getObject("id", UUID.class), row.getString("name"),
					row.getBoolean("clinic")));
		}

	}

}
