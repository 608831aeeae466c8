package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Suppression;
import jp.musubi.tourism.figures.Figures.Facility;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import jp.musubi.tourism.guest.TargetArea;

/**
 * One month of the shared figures as one reader sees them, on every page and in every API
 * answer, whichever month a page is about: the region's guests per target area with the
 * month's total, each facility's guests per area with the facility's and the area's
 * totals, each clinic's examined guests with their total, for the agent's staff the
 * guests of each first-visit cohort who came in the month, and, for a facility's staff,
 * its own row exactly. All of it is one linked table for the audit: a guest counted once
 * in the region is counted in each facility they came to, so the region's count of an
 * area is at least any facility's and at most their sum (that is how a partner subtracts
 * its own row from the region's); and every guest of the month belongs to one cohort, so
 * the cohorts of the month add up to the month's total, less those whose first visit lies
 * further back than any cohort shown.
 * <p>
 * No table shows a sum over months and a count belongs to one month only, so months are
 * audited apart: whether a count is hidden depends only on the reader and the month, and
 * nothing can be learnt by comparing pages of different periods. The refresh job
 * ({@link FigureRefresh}) does this, and the pages read the hidden cells it keeps by the
 * {@link #hidden() keys} below.
 */
final class SharedMonth {

	static final String REGION_TOTAL = "region:total";

	static final String AREA_TOTAL = "area:total";

	static final String EXAMINED_TOTAL = "examined:total";

	private static final List<TargetArea> AREAS = List.of(TargetArea.values());

	private final Suppression suppression;

	private final CountTable table;

	private final Map<String, Integer> cells = new HashMap<>();

	/**
	 * A month without cohorts, as a facility's staff read it.
	 * @param reader the facility whose staff read, {@code null} for the agent's staff
	 * @param regionGuests distinct guests in the region per target area
	 * @param facilityGuests distinct guests per facility and target area (absent: none)
	 * @param examined distinct guests examined per clinic (absent: none)
	 */
	SharedMonth(UUID reader, List<Facility> facilities, long[] regionGuests, Map<UUID, long[]> facilityGuests,
			Map<UUID, Long> examined, FiguresProperties properties) {
		this(reader, facilities, regionGuests, facilityGuests, examined, Map.of(), Map.of(), properties);
	}

	/**
	 * @param cohorts the month's guests per month of their first visit, for the cohorts
	 * the agent's staff are shown (the eleven months before and this one)
	 * @param starts for each of those cohorts that began before this month, its size as
	 * the audit of its first month left it: a cohort's guests in a later month are at
	 * most those it began with, so the row of the cohort table links the months
	 */
	SharedMonth(UUID reader, List<Facility> facilities, long[] regionGuests, Map<UUID, long[]> facilityGuests,
			Map<UUID, Long> examined, Map<Integer, Long> cohorts, Map<Integer, CohortStart> starts,
			FiguresProperties properties) {
		this.table = new CountTable();
		int areas = regionGuests.length;
		int[] region = new int[areas];
		for (int a = 0; a < areas; a++) {
			region[a] = count(regionKey(AREAS.get(a)), regionGuests[a]);
		}
		int regionTotal = count(REGION_TOTAL, sum(regionGuests));
		this.table.total(regionTotal, list(region));

		List<Integer> shownTotals = new ArrayList<>();
		List<List<Integer>> byArea = new ArrayList<>();
		List<List<Integer>> shownByArea = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			byArea.add(new ArrayList<>());
			shownByArea.add(new ArrayList<>());
		}
		for (Facility facility : facilities) {
			long[] counts = facilityGuests.get(facility.id());
			if (counts == null || sum(counts) == 0) {
				// A row of zeros is shown and bounds nothing: it is left out of the
				// audit.
				continue;
			}
			boolean own = facility.id().equals(reader);
			int[] row = new int[areas];
			for (int a = 0; a < areas; a++) {
				String key = guestsKey(facility.id(), AREAS.get(a));
				row[a] = own ? this.table.known(key, counts[a]) : count(key, counts[a]);
				byArea.get(a).add(row[a]);
				if (!own) {
					shownByArea.get(a).add(row[a]);
				}
				this.table.atLeast(region[a], row[a]);
			}
			String key = guestTotalKey(facility.id());
			int total = own ? this.table.known(key, sum(counts)) : count(key, sum(counts));
			this.table.total(total, list(row));
			if (!own) {
				shownTotals.add(total);
			}
		}
		int[] areaTotals = new int[areas];
		long all = 0;
		for (int a = 0; a < areas; a++) {
			this.table.atMostSumOf(region[a], byArea.get(a));
			long sum = 0;
			for (int cell : shownByArea.get(a)) {
				sum += this.table.value(cell);
			}
			all += sum;
			areaTotals[a] = count(areaKey(AREAS.get(a)), sum);
			this.table.total(areaTotals[a], shownByArea.get(a));
		}
		int grandTotal = count(AREA_TOTAL, all);
		this.table.total(grandTotal, list(areaTotals));
		this.table.total(grandTotal, shownTotals);

		// Checkups are told to no one but the clinic: the clinic's own count relates to
		// no shown count, so it is left out rather than put in as known.
		List<Integer> shownCheckups = new ArrayList<>();
		long checkupSum = 0;
		for (Facility facility : facilities) {
			long count = examined.getOrDefault(facility.id(), 0L);
			if (count > 0 && !facility.id().equals(reader)) {
				shownCheckups.add(count(examinedKey(facility.id()), count));
				checkupSum += count;
			}
		}
		int checkupTotal = count(EXAMINED_TOTAL, checkupSum);
		this.table.total(checkupTotal, shownCheckups);

		List<Integer> cohortCells = new ArrayList<>();
		Set<Integer> withheld = new TreeSet<>();
		long cohortSum = 0;
		for (Map.Entry<Integer, Long> cohort : new TreeMap<>(cohorts).entrySet()) {
			if (cohort.getValue() > 0) {
				int cell = count(cohortKey(cohort.getKey()), cohort.getValue());
				cohortCells.add(cell);
				cohortSum += cohort.getValue();
				CohortStart start = starts.get(cohort.getKey());
				if (start != null && start.hidden()) {
					// Shown, a later month's count would tell the reader the hidden
					// start is at least as large.
					withheld.add(cell);
				}
				else if (start != null) {
					this.table.atLeast(this.table.known(startKey(cohort.getKey()), start.guests()), cell);
				}
			}
		}
		if (!cohortCells.isEmpty() && cohortSum == sum(regionGuests)) {
			// No guest of the month came first before the cohorts shown: a reader who
			// knows the region is that young has the sum exactly.
			this.table.total(regionTotal, cohortCells);
		}
		else if (!cohortCells.isEmpty()) {
			this.table.atLeastSumOf(regionTotal, cohortCells);
		}

		this.suppression = Suppression.of(this.table, properties.protection(), withheld);
	}

	/**
	 * The guests a cohort began with (its count in its first month) and whether that
	 * count is hidden from the agent's staff.
	 */
	record CohortStart(long guests, boolean hidden) {

	}

	static String regionKey(TargetArea area) {
		return "region:" + area.name();
	}

	static String guestsKey(UUID facility, TargetArea area) {
		return "guests:" + facility + ":" + area.name();
	}

	static String guestTotalKey(UUID facility) {
		return "guests:" + facility + ":total";
	}

	static String areaKey(TargetArea area) {
		return "area:" + area.name();
	}

	static String examinedKey(UUID clinic) {
		return "examined:" + clinic;
	}

	static String cohortKey(int firstMonth) {
		return "cohort:" + firstMonth;
	}

	private static String startKey(int firstMonth) {
		return "cohort-start:" + firstMonth;
	}

	/** The keys of the counts hidden from the reader. */
	Set<String> hidden() {
		Set<String> keys = new TreeSet<>();
		for (int cell : this.suppression.hidden()) {
			keys.add(this.table.name(cell));
		}
		return Collections.unmodifiableSet(keys);
	}

	Cell region(int area) {
		return cell(regionKey(AREAS.get(area)));
	}

	Cell regionTotal() {
		return cell(REGION_TOTAL);
	}

	/** A facility's guests in an area; the reader's own facility is not among them. */
	Cell guests(UUID facility, int area) {
		return cell(guestsKey(facility, AREAS.get(area)));
	}

	Cell guestTotal(UUID facility) {
		return cell(guestTotalKey(facility));
	}

	Cell areaTotal(int area) {
		return cell(areaKey(AREAS.get(area)));
	}

	Cell grandTotal() {
		return cell(AREA_TOTAL);
	}

	Cell examined(UUID clinic) {
		return cell(examinedKey(clinic));
	}

	Cell examinedTotal() {
		return cell(EXAMINED_TOTAL);
	}

	Cell cohortOf(int firstMonth) {
		return cell(cohortKey(firstMonth));
	}

	Suppression suppression() {
		return this.suppression;
	}

	/** The keys of the hidden counts the reader can narrow whatever is hidden. */
	Set<String> unprotectable() {
		Set<String> keys = new TreeSet<>();
		for (int cell : this.suppression.unprotectable()) {
			keys.add(this.table.name(cell));
		}
		return keys;
	}

	private int count(String key, long value) {
		int cell = this.table.count(key, value);
		this.cells.put(key, cell);
		return cell;
	}

	/** A count as shown; a count left out of the audit (a row of zeros) is 0. */
	private Cell cell(String key) {
		Integer cell = this.cells.get(key);
		if (cell == null) {
			return new Cell(0L, false);
		}
		return this.suppression.isHidden(cell) ? new Cell(null, true) : new Cell(this.table.value(cell), false);
	}

	private static long sum(long[] counts) {
		long sum = 0;
		for (long count : counts) {
			sum += count;
		}
		return sum;
	}

	private static List<Integer> list(int[] cells) {
		List<Integer> list = new ArrayList<>();
		for (int cell : cells) {
			list.add(cell);
		}
		return list;
	}

}
