package jp.musubi.platform.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which counts of a {@link CountTable} to hide from its reader, and the audit that shows
 * each hidden one keeps its {@link Protection}.
 * <p>
 * First every small count (primary suppression). Then, as long as the audit finds a
 * hidden count the reader could narrow down, one more shown count is hidden (secondary
 * suppression): one that shares a relation with the exposed count, the smallest that
 * protects it (fewest people hidden for nothing), else the one that widens its interval
 * most. Every round hides one more count, so it ends; it ends with every hidden count
 * protected unless only counts the reader knows are left to hide, which
 * {@link #exposed()} then lists.
 */
public final class Suppression {

	private final CountTable table;

	private final Set<Integer> hidden;

	private final Protection protection;

	private Map<Integer, Interval> intervals;

	private Suppression(CountTable table, Set<Integer> hidden, Protection protection) {
		this.table = table;
		this.hidden = Collections.unmodifiableSet(hidden);
		this.protection = protection;
	}

	public static Suppression of(CountTable table, Protection protection) {
		Set<Integer> hidden = new TreeSet<>();
		for (int cell = 0; cell < table.size(); cell++) {
			if (!table.isKnown(cell) && protection.isSmall(table.value(cell))) {
				hidden.add(cell);
			}
		}
		// Hiding one more count only turns a fixed value into an unknown, so no interval
		// ever narrows: a count found protected stays protected, and each round audits
		// only the counts not yet found so. The final intervals are audited when asked
		// for.
		Set<Integer> protectedCells = new TreeSet<>();
		while (true) {
			Integer exposed = null;
			for (int cell : hidden) {
				if (protectedCells.contains(cell)) {
					continue;
				}
				if (protection.protects(Audit.of(table, hidden, cell))) {
					protectedCells.add(cell);
				}
				else {
					exposed = cell;
					break;
				}
			}
			Integer next = (exposed != null) ? nextToHide(table, hidden, exposed, protection) : null;
			if (next == null) {
				return new Suppression(table, hidden, protection);
			}
			hidden.add(next);
		}
	}

	private static Integer nextToHide(CountTable table, Set<Integer> hidden, int exposed, Protection protection) {
		List<Integer> candidates = candidates(table, hidden, exposed);
		Integer widest = null;
		double widestWidth = -1;
		for (int candidate : candidates) {
			Set<Integer> tried = new TreeSet<>(hidden);
			tried.add(candidate);
			Interval interval = Audit.of(table, tried, exposed);
			if (protection.protects(interval)) {
				return candidate;
			}
			if (interval.width() > widestWidth + Audit.TOLERANCE) {
				widest = candidate;
				widestWidth = interval.width();
			}
		}
		return widest;
	}

	/**
	 * The shown counts that share a relation with the exposed one, or with a hidden count
	 * linked to it by relations: hiding any other count changes nothing of what the
	 * reader can work out of it. People before zeros, the smallest first.
	 */
	private static List<Integer> candidates(CountTable table, Set<Integer> hidden, int exposed) {
		Set<Integer> reached = new LinkedHashSet<>(List.of(exposed));
		Deque<Integer> through = new ArrayDeque<>(List.of(exposed));
		List<Integer> candidates = new ArrayList<>();
		while (!through.isEmpty()) {
			int cell = through.pop();
			for (CountTable.Relation relation : table.relations()) {
				if (!relation.involves(cell)) {
					continue;
				}
				for (int other : relation.cells()) {
					if (!reached.add(other) || table.isKnown(other)) {
						continue;
					}
					if (hidden.contains(other)) {
						through.push(other);
					}
					else {
						candidates.add(other);
					}
				}
			}
		}
		candidates.sort(Comparator.<Integer, Boolean>comparing((cell) -> table.value(cell) == 0)
			.thenComparing(table::value)
			.thenComparing(Comparator.naturalOrder()));
		return candidates;
	}

	public boolean isHidden(int cell) {
		return this.hidden.contains(cell);
	}

	public Set<Integer> hidden() {
		return this.hidden;
	}

	/** The audited interval of a hidden count. */
	public Interval interval(int cell) {
		Interval interval = intervals().get(cell);
		if (interval == null) {
			throw new IllegalArgumentException("Not hidden: " + this.table.name(cell));
		}
		return interval;
	}

	/**
	 * The hidden counts the reader can still narrow down; empty when every one is
	 * protected.
	 */
	public List<Integer> exposed() {
		return intervals().entrySet()
			.stream()
			.filter((entry) -> !this.protection.protects(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Every hidden count's interval, audited once, when first asked for. */
	private synchronized Map<Integer, Interval> intervals() {
		if (this.intervals == null) {
			this.intervals = Collections.unmodifiableMap(Audit.of(this.table, this.hidden));
		}
		return this.intervals;
	}

	public CountTable table() {
		return this.table;
	}

}
