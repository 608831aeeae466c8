package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.musubi.tourism.figures.Figures.Facility;
import jp.musubi.tourism.figures.SharedMonth.CohortStart;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shared figures as each reader is shown them: for every month with figures, the
 * counts hidden from the agent's staff and from each facility with guests or checkups of
 * its own that month, each chosen and audited as a {@link SharedMonth} when the figures
 * of the month change (by {@link FigureRefresh}, in its transaction, so that the counts
 * and what is hidden of them change together), and read back by the pages without any
 * linear programme.
 */
@Component
class SharedFigures {

	private static final Logger log = LoggerFactory.getLogger(SharedFigures.class);

	/** The reader that stands for the agent's staff. */
	static final UUID AGENT = new UUID(0, 0);

	private static final List<TargetArea> AREAS = List.of(TargetArea.values());

	private final JdbcTemplate jdbc;

	private final FiguresProperties properties;

	SharedFigures(JdbcTemplate jdbc, FiguresProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * The months with figures that were never audited at the threshold now set: all of
	 * them on the first refresh after this table came, or after the setting changed.
	 */
	List<Integer> unaudited() {
		return this.jdbc.queryForList(
				"""
						SELECT month_no FROM (SELECT month_no FROM figure_area_month UNION SELECT month_no FROM figure_examined) m
						WHERE NOT EXISTS (SELECT 1 FROM figure_disclosure d WHERE d.reader = ? AND d.month_no = m.month_no
						                  AND d.threshold = ?)
						""",
				Integer.class, AGENT, this.properties.threshold());
	}

	/** Every month with figures, for the nightly rebuild. */
	List<Integer> withFigures() {
		return this.jdbc.queryForList(
				"SELECT month_no FROM figure_area_month UNION SELECT month_no FROM figure_examined", Integer.class);
	}

	/**
	 * Chooses and audits again what each reader is shown of the months, from the figure
	 * tables as they are now.
	 */
	void audit(Collection<Integer> months) {
		if (months.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<Facility> facilities = Facility.all(this.jdbc);
		// A month's cohort counts are audited against what the months their cohorts began
		// in show of them, so the months after a changed one are audited again, in order.
		TreeSet<Integer> inOrder = new TreeSet<>(months);
		List<Integer> withFigures = withFigures();
		for (int month : months) {
			for (int later : withFigures) {
				if (later > month && later < month + Figures.MONTHS) {
					inOrder.add(later);
				}
			}
		}
		int readers = 0;
		for (int month : inOrder) {
			readers += audit(month, facilities);
		}
		log.info("Chose and audited the shared figures of {} months for {} readers in {} ms", inOrder.size(), readers,
				(System.nanoTime() - started) / 1_000_000);
	}

	private int audit(int month, List<Facility> facilities) {
		long[] region = new long[AREAS.size()];
		this.jdbc.query("SELECT target_area, guests FROM figure_area_month WHERE month_no = ?", (row) -> {
			region[TargetArea.valueOf(row.getString("target_area")).ordinal()] = row.getLong("guests");
		}, month);
		Map<UUID, long[]> guests = new HashMap<>();
		this.jdbc.query("SELECT facility_id, target_area, guests FROM figure_visit WHERE month_no = ?", (row) -> {
			guests.computeIfAbsent(row.getObject("facility_id", UUID.class),
					(f) -> new long[AREAS.size()])[TargetArea.valueOf(row.getString("target_area")).ordinal()] = row
						.getLong("guests");
		}, month);
		Map<UUID, Long> examined = new HashMap<>();
		this.jdbc.query("SELECT facility_id, guests FROM figure_examined WHERE month_no = ?", (row) -> {
			examined.put(row.getObject("facility_id", UUID.class), row.getLong("guests"));
		}, month);
		Map<Integer, Long> cohorts = new HashMap<>();
		this.jdbc.query(
				"SELECT first_month, guests FROM figure_cohort WHERE month_no = ? AND first_month BETWEEN ? AND ?",
				(row) -> {
					cohorts.put(row.getInt("first_month"), row.getLong("guests"));
				}, month, month - Figures.MONTHS + 1, month);

		Map<Integer, CohortStart> starts = starts(month);

		this.jdbc.update("DELETE FROM figure_hidden WHERE month_no = ?", month);
		this.jdbc.update("DELETE FROM figure_disclosure WHERE month_no = ?", month);
		List<Object[]> hidden = new ArrayList<>();
		List<Object[]> readers = new ArrayList<>();
		Map<UUID, Set<String>> chosen = new HashMap<>();
		chosen.put(AGENT, chosen(AGENT, month,
				new SharedMonth(null, facilities, region, guests, examined, cohorts, starts, this.properties)));
		for (Facility facility : facilities) {
			if (hasOwn(facility.id(), guests, examined)) {
				chosen.put(facility.id(), chosen(facility.id(), month,
						new SharedMonth(facility.id(), facilities, region, guests, examined, this.properties)));
			}
		}
		chosen.forEach((reader, cells) -> {
			readers.add(new Object[] { reader, month, this.properties.threshold() });
			for (String cell : cells) {
				hidden.add(new Object[] { reader, month, cell });
			}
		});
		this.jdbc.batchUpdate("INSERT INTO figure_disclosure (reader, month_no, threshold) VALUES (?, ?, ?)", readers);
		this.jdbc.batchUpdate("INSERT INTO figure_hidden (reader, month_no, cell) VALUES (?, ?, ?)", hidden);
		return chosen.size();
	}

	/**
	 * The size of each cohort that began in the eleven months before this one, and
	 * whether the agent's staff were shown it; a start whose month was not audited counts
	 * as hidden.
	 */
	private Map<Integer, CohortStart> starts(int month) {
		int first = month - Figures.MONTHS + 1;
		Set<Integer> shown = new HashSet<>(this.jdbc.queryForList(
				"SELECT month_no FROM figure_disclosure WHERE reader = ? AND threshold = ? AND month_no BETWEEN ? AND ?",
				Integer.class, AGENT, this.properties.threshold(), first, month - 1));
		this.jdbc.query("SELECT month_no, cell FROM figure_hidden WHERE reader = ? AND month_no BETWEEN ? AND ?"
				+ " AND cell LIKE 'cohort:%'", (row) -> {
					if (row.getString("cell").equals(SharedMonth.cohortKey(row.getInt("month_no")))) {
						shown.remove(row.getInt("month_no"));
					}
				}, AGENT, first, month - 1);
		Map<Integer, CohortStart> starts = new HashMap<>();
		this.jdbc.query(
				"SELECT first_month, guests FROM figure_cohort WHERE month_no = first_month AND first_month BETWEEN ? AND ?",
				(row) -> {
					int start = row.getInt("first_month");
					starts.put(start, new CohortStart(row.getLong("guests"), !shown.contains(start)));
				}, first, month - 1);
		return starts;
	}

	/**
	 * The hidden cells of the month, said in the log when one of them could not be
	 * protected: only counts the reader knows were left to hide, so it knows that count
	 * from its own figures anyway (a facility alone with guests in a month has the
	 * region's row as its own), which no suppression can change; the log is there so that
	 * a table that made it so otherwise is seen.
	 */
	private static Set<String> chosen(UUID reader, int month, SharedMonth shared) {
		if (!shared.unprotectable().isEmpty()) {
			log.info("Reader {} can narrow {} of month {} from its own figures whatever is hidden", reader,
					shared.unprotectable(), MonthNumber.month(month));
		}
		return shared.hidden();
	}

	/**
	 * Whether the facility has guests or checkups of its own in the month: a facility
	 * without knows nothing the agent's staff do not, and is shown what they are.
	 */
	private static boolean hasOwn(UUID facility, Map<UUID, long[]> guests, Map<UUID, Long> examined) {
		long[] own = guests.get(facility);
		if (own != null) {
			for (long count : own) {
				if (count > 0) {
					return true;
				}
			}
		}
		return examined.getOrDefault(facility, 0L) > 0;
	}

	/**
	 * What is hidden from a reader in each of the months: the facility's own choice where
	 * it had one ({@code withOwn}, the months it had guests or checkups of its own), the
	 * agent's otherwise; {@link Hidden#UNAUDITED} for a month not audited yet.
	 * @param facility the reading facility, {@code null} for the agent's staff
	 */
	Map<Integer, Hidden> hiddenFrom(UUID facility, int first, int last, Set<Integer> withOwn) {
		UUID reader = (facility != null) ? facility : AGENT;
		Map<UUID, Map<Integer, Set<String>>> audited = new HashMap<>();
		this.jdbc
			.query("SELECT reader, month_no FROM figure_disclosure WHERE reader IN (?, ?) AND month_no BETWEEN ? AND ?"
					+ " AND threshold = ?", (row) -> {
						audited.computeIfAbsent(row.getObject("reader", UUID.class), (r) -> new HashMap<>())
							.put(row.getInt("month_no"), new HashSet<>());
					}, reader, AGENT, first, last, this.properties.threshold());
		this.jdbc.query(
				"SELECT reader, month_no, cell FROM figure_hidden WHERE reader IN (?, ?) AND month_no BETWEEN ? AND ?",
				(row) -> {
					Set<String> cells = audited.getOrDefault(row.getObject("reader", UUID.class), Map.of())
						.get(row.getInt("month_no"));
					if (cells != null) {
						cells.add(row.getString("cell"));
					}
				}, reader, AGENT, first, last);
		Map<Integer, Hidden> hidden = new HashMap<>();
		for (int month = first; month <= last; month++) {
			Set<String> cells = audited.getOrDefault(reader, Map.of()).get(month);
			if (cells == null && !withOwn.contains(month)) {
				cells = audited.getOrDefault(AGENT, Map.of()).get(month);
			}
			hidden.put(month, (cells != null) ? new Hidden(cells) : Hidden.UNAUDITED);
		}
		return hidden;
	}

	/**
	 * The counts of a month hidden from one reader. A month not audited yet (figures that
	 * came in before the job ran, a facility new to them) shows no count but 0: no one is
	 * hidden by a 0, and what is not shown cannot be subtracted.
	 */
	record Hidden(Set<String> cells) {

		static final Hidden UNAUDITED = new Hidden(null);

		Cell cell(String key, long value) {
			boolean hidden = (this.cells != null) ? this.cells.contains(key) : value != 0;
			return hidden ? new Cell(null, true) : new Cell(value, false);
		}

	}

}
