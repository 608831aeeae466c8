package jp.musubi.tourism.figures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the figure tables (V4__figures.sql) up to date, every minute, so that a dashboard
 * is never more than a minute behind and never reads the raw check-ins; and, for every
 * month whose figures changed, chooses and audits again what each reader is shown of them
 * ({@link SharedFigures}, V8__figure_disclosure.sql), so that no page runs the audit.
 * <p>
 * A refresh reads the check-ins and walk-ins recorded since the last one (a watermark on
 * their recording time, read again a little way back, because a transaction that started
 * earlier may commit later) and recomputes only what they touch: the guests who came and
 * the months they came in. Recomputing a key from the raw rows gives the same result
 * however often it runs, so reading a check-in twice does no harm. A check-in recorded
 * with an old recording time would slip under the watermark; the nightly rebuild
 * recomputes everything and catches it.
 * <p>
 * One refresh runs at a time: JobRunr starts a recurring job again only once it is done,
 * and the refresh holds the lock on the watermark's row for its transaction, so two nodes
 * cannot interleave.
 */
@Component
public class FigureRefresh {

	/** How far back each refresh reads again. */
	static final Duration OVERLAP = Duration.ofMinutes(2);

	private static final String MONTH = MonthNumber.sql("day");

	private static final String GUESTS = """
			INSERT INTO figure_guest (guest_id, first_month, last_month, previous_month, visit_days)
			SELECT guest_id, MIN(month_no), MAX(CASE WHEN visit = 1 THEN month_no END),
			       MAX(CASE WHEN visit = 2 THEN month_no END), COUNT(*)
			FROM (SELECT guest_id, %1$s AS month_no, ROW_NUMBER() OVER (PARTITION BY guest_id ORDER BY day DESC) AS visit
			      FROM (SELECT DISTINCT guest_id, day FROM check_in %2$s) d) v
			GROUP BY guest_id
			""";

	private static final String VISITS = """
			INSERT INTO figure_visit (facility_id, month_no, target_area, visits, guests, walk_ins)
			SELECT facility_id, month_no, target_area, SUM(visits), SUM(guests), SUM(walk_ins) FROM (
			  SELECT facility_id, %1$s AS month_no, target_area, COUNT(*) AS visits, COUNT(DISTINCT guest_id) AS guests,
			         0 AS walk_ins
			  FROM check_in %2$s GROUP BY facility_id, %1$s, target_area
			  UNION ALL
			  SELECT facility_id, %1$s, target_area, 0, 0, SUM(people) FROM walk_in %2$s
			  GROUP BY facility_id, %1$s, target_area) v
			GROUP BY facility_id, month_no, target_area
			""";

	private static final String AREAS = """
			INSERT INTO figure_area_month (month_no, target_area, visits, guests, walk_ins)
			SELECT month_no, target_area, SUM(visits), SUM(guests), SUM(walk_ins) FROM (
			  SELECT %1$s AS month_no, target_area, COUNT(*) AS visits, COUNT(DISTINCT guest_id) AS guests, 0 AS walk_ins
			  FROM check_in %2$s GROUP BY %1$s, target_area
			  UNION ALL
			  SELECT %1$s, target_area, 0, 0, SUM(people) FROM walk_in %2$s GROUP BY %1$s, target_area) v
			GROUP BY month_no, target_area
			""";

	private static final String COHORTS = """
			INSERT INTO figure_cohort (first_month, month_no, guests)
			SELECT g.first_month, %1$s, COUNT(DISTINCT c.guest_id)
			FROM check_in c JOIN figure_guest g ON g.guest_id = c.guest_id %2$s
			GROUP BY g.first_month, %1$s
			""";

	private static final String REPEATS = """
			INSERT INTO figure_repeat (last_month, previous_month, guests)
			SELECT last_month, COALESCE(previous_month, -1), COUNT(*) FROM figure_guest
			GROUP BY last_month, COALESCE(previous_month, -1)
			""";

	private static final String IN_MONTH = "WHERE day >= ? AND day < ?";

	private static final String DIRTY_GUESTS = "WHERE guest_id IN (SELECT guest_id FROM figure_dirty_guest)";

	private static final String EXAMINED = "SELECT facility_id, " + MonthNumber.sql("examined_on")
			+ " AS month_no, COUNT(DISTINCT guest_id) AS guests FROM checkup_follow_up GROUP BY facility_id, "
			+ MonthNumber.sql("examined_on");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SharedFigures shared;

	FigureRefresh(JdbcTemplate jdbc, Clock clock, SharedFigures shared) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.shared = shared;
	}

	/**
	 * What came in since the last refresh; the first refresh of a database builds
	 * everything.
	 */
	// Every 30 seconds: with JobRunr's poll interval (up to 15 s) and the refresh itself
	// (seconds), the figures stay under a minute old. The setting below takes another
	// ISO-8601 interval, or "-" for none (the tests refresh when they need to).
	@Recurring(id = "tourism-refresh-figures", interval = "${musubi.tourism.figures.refresh-interval:PT30S}")
	@Job(name = "Refresh the tourism figures")
	@Transactional
	public void refresh() {
		Map<String, Object> watermark = lockWatermark();
		if (watermark.get("refreshed_at") == null) {
			rebuildLocked();
			return;
		}
		// Never read from later than now: a row stamped ahead (another node's clock, a
		// clock moved in a test) must not hide the rows that come after it in real time.
		Instant now = this.clock.instant();
		Instant checkInsSince = earliest(instant(watermark.get("check_ins_until"), Instant.EPOCH), now).minus(OVERLAP);
		Instant walkInsSince = earliest(instant(watermark.get("walk_ins_until"), Instant.EPOCH), now).minus(OVERLAP);
		Timestamp checkIns = Timestamp.from(checkInsSince);
		Timestamp walkIns = Timestamp.from(walkInsSince);
		Latest latest = latest();

		this.jdbc.update("DELETE FROM figure_dirty_guest");
		this.jdbc.update("DELETE FROM figure_dirty_month");
		this.jdbc.update("""
				INSERT INTO figure_dirty_guest (guest_id, old_first_month)
				SELECT n.guest_id, g.first_month
				FROM (SELECT DISTINCT guest_id FROM check_in WHERE checked_in_at > ?) n
				LEFT JOIN figure_guest g ON g.guest_id = n.guest_id
				""", checkIns);
		this.jdbc.update("INSERT INTO figure_dirty_month (month_no) SELECT DISTINCT " + MONTH
				+ " FROM check_in WHERE checked_in_at > ? UNION SELECT DISTINCT " + MONTH
				+ " FROM walk_in WHERE recorded_at > ?", checkIns, walkIns);

		this.jdbc.update("DELETE FROM figure_guest " + DIRTY_GUESTS);
		this.jdbc.update(GUESTS.formatted(MONTH, DIRTY_GUESTS));
		// A guest whose first visit moved earlier (a check-in entered late) moved cohort:
		// every month they came in is counted again.
		this.jdbc.update("INSERT INTO figure_dirty_month (month_no) SELECT DISTINCT " + MonthNumber.sql("c.day")
				+ " FROM check_in c JOIN figure_dirty_guest d ON d.guest_id = c.guest_id"
				+ " JOIN figure_guest g ON g.guest_id = d.guest_id"
				+ " WHERE d.old_first_month IS NOT NULL AND d.old_first_month <> g.first_month" + " AND "
				+ MonthNumber.sql("c.day") + " NOT IN (SELECT month_no FROM figure_dirty_month)");

		List<Integer> months = this.jdbc.queryForList("SELECT month_no FROM figure_dirty_month", Integer.class);
		for (int month : months) {
			refreshMonth(month);
		}
		this.jdbc.update("DELETE FROM figure_repeat");
		this.jdbc.update(REPEATS);
		readSurveys();
		Set<Integer> audit = new TreeSet<>(months);
		audit.addAll(refreshExamined());
		audit.addAll(this.shared.unaudited());
		this.shared.audit(audit);
		this.jdbc.update("DELETE FROM figure_dirty_guest");
		this.jdbc.update("DELETE FROM figure_dirty_month");
		saveWatermark(latest);
	}

	/**
	 * Everything again from the raw rows: on the first refresh, and every night to catch
	 * what the watermark may have missed.
	 */
	@Recurring(id = "tourism-rebuild-figures", cron = "17 3 * * *", zoneId = "Asia/Tokyo")
	@Job(name = "Rebuild the tourism figures")
	@Transactional
	public void rebuild() {
		lockWatermark();
		rebuildLocked();
	}

	private void rebuildLocked() {
		Latest latest = latest();
		for (String table : List.of("figure_visit", "figure_area_month", "figure_guest", "figure_cohort",
				"figure_repeat", "figure_survey_noun", "figure_survey_read", "figure_dirty_guest", "figure_dirty_month",
				"figure_examined", "figure_hidden", "figure_disclosure")) {
			this.jdbc.update("DELETE FROM " + table);
		}
		this.jdbc.update(GUESTS.formatted(MONTH, ""));
		this.jdbc.update(VISITS.formatted(MONTH, ""));
		this.jdbc.update(AREAS.formatted(MONTH, ""));
		this.jdbc.update(COHORTS.formatted(MonthNumber.sql("c.day"), ""));
		this.jdbc.update(REPEATS);
		readSurveys();
		this.jdbc.update("INSERT INTO figure_examined (facility_id, month_no, guests) " + EXAMINED);
		this.shared.audit(this.shared.withFigures());
		saveWatermark(latest);
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private void refreshMonth(int month) {
		LocalDate from = MonthNumber.month(month).atDay(1);
		LocalDate to = from.plusMonths(1);
		for (String table : List.of("figure_visit", "figure_area_month", "figure_cohort")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE month_no = ?", month);
		}
		this.jdbc.update(VISITS.formatted(MONTH, IN_MONTH), from, to, from, to);
		this.jdbc.update(AREAS.formatted(MONTH, IN_MONTH), from, to, from, to);
		this.jdbc.update(COHORTS.formatted(MonthNumber.sql("c.day"), "WHERE c.day >= ? AND c.day < ?"), from, to);
	}

	/**
	 * The clinics' examined guests counted again, and the months in which a count
	 * changed. Checkups are few and a checkup can be erased, which no watermark on their
	 * recording time would see, so every count is recounted and compared.
	 */
	private Set<Integer> refreshExamined() {
		Map<List<Object>, Long> now = new HashMap<>();
		this.jdbc.query(EXAMINED, (row) -> {
			now.put(List.of(row.getObject("facility_id", UUID.class), row.getInt("month_no")), row.getLong("guests"));
		});
		Map<List<Object>, Long> kept = new HashMap<>();
		this.jdbc.query("SELECT facility_id, month_no, guests FROM figure_examined", (row) -> {
			kept.put(List.of(row.getObject("facility_id", UUID.class), row.getInt("month_no")), row.getLong("guests"));
		});
		Set<Integer> changed = new TreeSet<>();
		Set<List<Object>> keys = new HashSet<>(now.keySet());
		keys.addAll(kept.keySet());
		for (List<Object> key : keys) {
			if (!Objects.equals(now.get(key), kept.get(key))) {
				changed.add((Integer) key.get(1));
			}
		}
		for (int month : changed) {
			this.jdbc.update("DELETE FROM figure_examined WHERE month_no = ?", month);
		}
		List<Object[]> rows = new ArrayList<>();
		now.forEach((key, guests) -> {
			if (changed.contains((Integer) key.get(1))) {
				rows.add(new Object[] { key.get(0), key.get(1), guests });
			}
		});
		this.jdbc.batchUpdate("INSERT INTO figure_examined (facility_id, month_no, guests) VALUES (?, ?, ?)", rows);
		return changed;
	}

	/** The nouns of the surveys answered since: an answer is read once. */
	private void readSurveys() {
		List<Map<String, Object>> answered = this.jdbc.queryForList("""
				SELECT s.id, s.target_area, s.answer FROM survey s
				WHERE s.answered_at IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM figure_survey_read r WHERE r.survey_id = s.id)
				""");
		List<Object[]> nouns = new ArrayList<>();
		List<Object[]> read = new ArrayList<>();
		for (Map<String, Object> survey : answered) {
			UUID id = (UUID) survey.get("id");
			read.add(new Object[] { id });
			SurveyNouns.of((String) survey.get("answer"))
				.forEach((noun, mentions) -> nouns.add(new Object[] { id, survey.get("target_area"), noun, mentions }));
		}
		this.jdbc.batchUpdate(
				"INSERT INTO figure_survey_noun (survey_id, target_area, noun, mentions) VALUES (?, ?, ?, ?)", nouns);
		this.jdbc.batchUpdate("INSERT INTO figure_survey_read (survey_id) VALUES (?)", read);
	}

	private Map<String, Object> lockWatermark() {
		return this.jdbc.queryForMap(
				"SELECT check_ins_until, walk_ins_until, refreshed_at FROM figure_refresh WHERE id = 1 FOR UPDATE");
	}

	/**
	 * The latest recording times, taken before anything is read: what is recorded while a
	 * refresh runs is read by the next one.
	 */
	private Latest latest() {
		Timestamp checkIns = this.jdbc.queryForObject("SELECT MAX(checked_in_at) FROM check_in", Timestamp.class);
		Timestamp walkIns = this.jdbc.queryForObject("SELECT MAX(recorded_at) FROM walk_in", Timestamp.class);
		return new Latest((checkIns != null) ? checkIns.toInstant() : null,
				(walkIns != null) ? walkIns.toInstant() : null);
	}

	private void saveWatermark(Latest latest) {
		this.jdbc.update(
				"UPDATE figure_refresh SET check_ins_until = ?, walk_ins_until = ?, refreshed_at = ? WHERE id = 1",
				offset(latest.checkIns()), offset(latest.walkIns()), offset(this.clock.instant()));
	}

	private record Latest(Instant checkIns, Instant walkIns) {

	}

	private static OffsetDateTime offset(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(Object value, Instant otherwise) {
		if (value == null) {
			return otherwise;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp time) {
			return time.toInstant();
		}
		if (value instanceof Instant time) {
			return time;
		}
		throw new IllegalStateException("Unexpected watermark type " + value.getClass());
	}

}
