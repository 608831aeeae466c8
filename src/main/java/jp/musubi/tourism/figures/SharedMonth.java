package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Suppression;
import jp.musubi.tourism.figures.Figures.Facility;
import jp.musubi.tourism.figures.SuppressedTable.Cell;

/**
 * One month of the shared figures as one reader sees them, on every page and in every API
 * answer: the region's guests per target area with the month's total, each facility's
 * guests per area with the facility's and the area's totals, each clinic's examined
 * guests with their total, and, for a facility's staff, its own row exactly. All of it is
 * one linked table for the audit: a guest counted once in the region is counted in each
 * facility they came to, so the region's count of an area is at least any facility's and
 * at most their sum; that is how a partner subtracts its own row from the region's.
 * <p>
 * Whether a count is hidden depends only on the reader and the month, never on which
 * period a page shows, so a month shows the same on every page that holds it and nothing
 * can be learnt by comparing periods.
 */
final class SharedMonth {

	private final Suppression suppression;

	private final int[] region;

	private final int regionTotal;

	private final Map<UUID, int[]> guests = new HashMap<>();

	private final Map<UUID, Integer> guestTotals = new HashMap<>();

	private final int[] areaTotals;

	private final int grandTotal;

	private final Map<UUID, Integer> checkups = new HashMap<>();

	private final int checkupTotal;

	/**
	 * @param reader the facility whose staff read, {@code null} for the agent's staff
	 * @param regionGuests distinct guests in the region per target area
	 * @param facilityGuests distinct guests per facility and target area (absent: none)
	 * @param examined distinct guests examined per clinic (absent: none)
	 */
	SharedMonth(UUID reader, List<Facility> facilities, long[] regionGuests, Map<UUID, long[]> facilityGuests,
			Map<UUID, Long> examined, FiguresProperties properties) {
		int areas = regionGuests.length;
		CountTable table = new CountTable();
		this.region = new int[areas];
		for (int a = 0; a < areas; a++) {
			this.region[a] = table.count("region " + a, regionGuests[a]);
		}
		this.regionTotal = table.count("region total", sum(regionGuests));
		table.total(this.regionTotal, list(this.region));

		List<Integer> shownTotals = new ArrayList<>();
		List<List<Integer>> byArea = new ArrayList<>();
		List<List<Integer>> shownByArea = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			byArea.add(new ArrayList<>());
			shownByArea.add(new ArrayList<>());
		}
		for (Facility facility : facilities) {
			boolean own = facility.id().equals(reader);
			long[] counts = facilityGuests.getOrDefault(facility.id(), new long[areas]);
			int[] cells = new int[areas];
			for (int a = 0; a < areas; a++) {
				String name = facility.name() + " " + a;
				cells[a] = own ? table.known(name, counts[a]) : table.count(name, counts[a]);
				byArea.get(a).add(cells[a]);
				if (!own) {
					shownByArea.get(a).add(cells[a]);
				}
				table.atLeast(this.region[a], cells[a]);
			}
			String name = facility.name() + " total";
			int total = own ? table.known(name, sum(counts)) : table.count(name, sum(counts));
			table.total(total, list(cells));
			if (!own) {
				this.guests.put(facility.id(), cells);
				this.guestTotals.put(facility.id(), total);
				shownTotals.add(total);
			}
		}
		this.areaTotals = new int[areas];
		long[] areaSums = new long[areas];
		for (int a = 0; a < areas; a++) {
			table.atMostSumOf(this.region[a], byArea.get(a));
			for (int cell : shownByArea.get(a)) {
				areaSums[a] += table.value(cell);
			}
			this.areaTotals[a] = table.count("area total " + a, areaSums[a]);
			table.total(this.areaTotals[a], shownByArea.get(a));
		}
		this.grandTotal = table.count("grand total", sum(areaSums));
		table.total(this.grandTotal, list(this.areaTotals));
		table.total(this.grandTotal, shownTotals);

		// Checkups are told to no one but the clinic: the clinic's own count relates to
		// no
		// shown count, so it is left out rather than put in as known.
		List<Integer> shownCheckups = new ArrayList<>();
		long checkupSum = 0;
		for (Facility facility : facilities) {
			if (facility.clinic() && !facility.id().equals(reader)) {
				long count = examined.getOrDefault(facility.id(), 0L);
				int cell = table.count(facility.name() + " examined", count);
				this.checkups.put(facility.id(), cell);
				shownCheckups.add(cell);
				checkupSum += count;
			}
		}
		this.checkupTotal = table.count("examined total", checkupSum);
		table.total(this.checkupTotal, shownCheckups);

		this.suppression = Suppression.of(table, properties.protection());
	}

	Cell region(int area) {
		return cell(this.region[area]);
	}

	Cell regionTotal() {
		return cell(this.regionTotal);
	}

	/** A facility's guests in an area; the reader's own facility is not among them. */
	Cell guests(UUID facility, int area) {
		return cell(this.guests.get(facility)[area]);
	}

	Cell guestTotal(UUID facility) {
		return cell(this.guestTotals.get(facility));
	}

	Cell areaTotal(int area) {
		return cell(this.areaTotals[area]);
	}

	Cell grandTotal() {
		return cell(this.grandTotal);
	}

	Cell examined(UUID clinic) {
		return cell(this.checkups.get(clinic));
	}

	Cell examinedTotal() {
		return cell(this.checkupTotal);
	}

	Suppression suppression() {
		return this.suppression;
	}

	private Cell cell(int cell) {
		return this.suppression.isHidden(cell) ? new Cell(null, true)
				: new Cell(this.suppression.table().value(cell), false);
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
