package jp.musubi.platform.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which counts of a {@link CountTable} to hide from its reader, and the audit that shows
 * each hidden one keeps its {@link Protection}.
 * <p>
 * First every small count (primary suppression). Then more shown counts are hidden
 * (secondary suppression): first, with no linear programme, a partner in every sum whose
 * hidden counts plainly give themselves away (one alone on its side of the sum, or
 * several adding up to less than the threshold); then, as long as the audit finds hidden
 * counts the reader could narrow down, several in a round: for each exposed count, a
 * partner in every sum in which it is the only hidden count, or, when it has partners
 * already, one more count in its relations. The partner chosen is the smallest count of
 * at least the threshold (it can give the width a small count lacks while hiding few
 * people for nothing), else the largest; the way τ-ARGUS's and sdcTable's heuristics
 * choose, without a linear programme per candidate. The audit by linear programming
 * decides when to stop: every hidden count protected, or only counts the reader knows
 * left to hide, which {@link #exposed()} then lists. Every round hides one more count at
 * least, so it ends.
 */
public final class Suppression {

	private final CountTable table;

	private final Set<Integer> hidden;

	private final Protection protection;

	private final Set<Integer> unprotectable;

	private Map<Integer, Interval> intervals;

	private Suppression(CountTable table, Set<Integer> hidden, Protection protection, Set<Integer> unprotectable) {
		this.table = table;
		this.hidden = Collections.unmodifiableSet(hidden);
		this.protection = protection;
		this.unprotectable = Collections.unmodifiableSet(unprotectable);
	}

	public static Suppression of(CountTable table, Protection protection) {
		return of(table, protection, Set.of());
	}

	/**
	 * @param withheld counts hidden whatever their size, because what another table tells
	 * of them is not in this one (a count that bounds a count hidden elsewhere); each is
	 * then protected like any other hidden count
	 */
	public static Suppression of(CountTable table, Protection protection, Set<Integer> withheld) {
		Set<Integer> hidden = new TreeSet<>(withheld);
		for (int cell = 0; cell < table.size(); cell++) {
			if (!table.isKnown(cell) && protection.isSmall(table.value(cell))) {
				hidden.add(cell);
			}
		}
		// Hiding one more count only turns a fixed value into an unknown, so no interval
		// ever narrows: a count found protected stays protected, and each round audits
		// only the counts not yet found so.
		Audit.Solutions seen = new Audit.Solutions(table);
		Set<Integer> unchecked = new TreeSet<>(hidden);
		while (true) {
			Set<Integer> plain = plainlyExposedPartners(table, hidden, protection);
			if (!plain.isEmpty()) {
				hidden.addAll(plain);
				unchecked.addAll(plain);
				continue;
			}
			Set<Integer> exposed = Audit.exposed(table, hidden, protection, unchecked, seen);
			Set<Integer> next = new TreeSet<>();
			for (int cell : exposed) {
				next.addAll(partners(table, hidden, cell, protection));
			}
			if (next.isEmpty()) {
				return new Suppression(table, hidden, protection, exposed);
			}
			hidden.addAll(next);
			unchecked = new TreeSet<>(exposed);
			unchecked.addAll(next);
		}
	}

	/**
	 * Partners for the hidden counts that need no linear programme to be found exposed:
	 * those of a sum whose hidden counts all lie on one side of it, one alone (the rest
	 * of the sum gives it away) or several that add up to less than the threshold (each
	 * then lies between 0 and their sum). One partner per such sum; a sum with nothing
	 * left to hide is left to the audit.
	 */
	private static Set<Integer> plainlyExposedPartners(CountTable table, Set<Integer> hidden, Protection protection) {
		Set<Integer> partners = new TreeSet<>();
		List<CountTable.Relation> relations = table.relations();
		for (int index = 0; index < relations.size(); index++) {
			CountTable.Relation relation = relations.get(index);
			if (relation.kind() != CountTable.Relation.Kind.EQUAL) {
				continue;
			}
			int plus = 0;
			int minus = 0;
			long plusSum = 0;
			long minusSum = 0;
			for (int k = 0; k < relation.cells().length; k++) {
				int cell = relation.cells()[k];
				if (hidden.contains(cell)) {
					if (relation.coefficients()[k] > 0) {
						plus++;
						plusSum += table.value(cell);
					}
					else {
						minus++;
						minusSum += table.value(cell);
					}
				}
			}
			boolean oneSided = (plus == 0) != (minus == 0);
			if (oneSided && (plus + minus == 1 || plusSum + minusSum < protection.threshold())) {
				best(table, hidden, List.of(index), protection).ifPresent(partners::add);
			}
		}
		return partners;
	}

	/**
	 * The counts to hide next for an exposed one: a partner in each sum in which it is
	 * the only hidden count; else the best count in any relation it is in; else, its
	 * relations being all hidden, the best in the relations of the hidden counts linked
	 * to it, nearest first.
	 */
	private static Set<Integer> partners(CountTable table, Set<Integer> hidden, int exposed, Protection protection) {
		Set<Integer> partners = new TreeSet<>();
		for (int index : table.relationsOf(exposed)) {
			CountTable.Relation relation = table.relations().get(index);
			if (relation.kind() != CountTable.Relation.Kind.EQUAL) {
				continue;
			}
			boolean alone = true;
			for (int cell : relation.cells()) {
				alone &= cell == exposed || !hidden.contains(cell);
			}
			if (alone) {
				best(table, hidden, List.of(index), protection).ifPresent(partners::add);
			}
		}
		if (!partners.isEmpty()) {
			return partners;
		}
		Set<Integer> reached = new HashSet<>(List.of(exposed));
		List<Integer> ring = List.of(exposed);
		Set<Integer> seenRelations = new HashSet<>();
		while (!ring.isEmpty()) {
			List<Integer> relations = new ArrayList<>();
			for (int cell : ring) {
				for (int index : table.relationsOf(cell)) {
					if (seenRelations.add(index)) {
						relations.add(index);
					}
				}
			}
			Optional<Integer> best = best(table, hidden, relations, protection);
			if (best.isPresent()) {
				return Set.of(best.get());
			}
			List<Integer> further = new ArrayList<>();
			for (int index : relations) {
				for (int cell : table.relations().get(index).cells()) {
					if (hidden.contains(cell) && reached.add(cell)) {
						further.add(cell);
					}
				}
			}
			ring = further;
		}
		return Set.of();
	}

	/**
	 * Of the shown counts the reader does not know in the relations, the smallest of at
	 * least the threshold, else the largest (a zero last: it widens nothing upwards);
	 * among equals the one in fewer relations, which drags fewer totals after it.
	 */
	private static Optional<Integer> best(CountTable table, Set<Integer> hidden, List<Integer> relations,
			Protection protection) {
		Comparator<Integer> order = Comparator
			.<Integer, Boolean>comparing((cell) -> table.value(cell) < protection.threshold())
			.thenComparingLong(
					(cell) -> (table.value(cell) >= protection.threshold()) ? table.value(cell) : -table.value(cell))
			.thenComparingInt((cell) -> table.relationsOf(cell).size())
			.thenComparing(Comparator.naturalOrder());
		Integer best = null;
		for (int index : relations) {
			for (int cell : table.relations().get(index).cells()) {
				if (hidden.contains(cell) || table.isKnown(cell)) {
					continue;
				}
				if (best == null || order.compare(cell, best) < 0) {
					best = cell;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The hidden counts the last audit round found the reader could still narrow, with
	 * nothing left to hide that would help (only counts it knows): what
	 * {@link #exposed()} finds, known without auditing again. Empty when every hidden
	 * count is protected.
	 */
	public Set<Integer> unprotectable() {
		return this.unprotectable;
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
