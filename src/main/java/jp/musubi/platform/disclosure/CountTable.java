package jp.musubi.platform.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything one reader sees of a set of counts, as one linked table: the counts that may
 * be shown to it (or hidden), the counts it knows exactly anyway (its own), and the
 * linear relations it knows between them (a total is the sum of its parts; people counted
 * once over a region are at most the sum of those counted per facility, and at least
 * those of any one facility). What is not a relation here is assumed unknown to the
 * reader, so every relation a reader could know must be put in: leaving one out is what
 * lets a reader subtract.
 * <p>
 * Built once per reader and period; cells are numbered in the order they are added.
 */
public final class CountTable {

	private final List<String> names = new ArrayList<>();

	private final List<Long> values = new ArrayList<>();

	private final List<Boolean> known = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	/** For each cell, the relations that hold it; built when first asked for. */
	private List<List<Integer>> relationsOf;

	/** A count that is shown to the reader unless it has to be hidden. */
	public int count(String name, long value) {
		return add(name, value, false);
	}

	/**
	 * A count the reader knows exactly whatever is shown (its own figures): never hidden,
	 * and a fixed value in every audit.
	 */
	public int known(String name, long value) {
		return add(name, value, true);
	}

	private int add(String name, long value, boolean isKnown) {
		if (value < 0) {
			throw new IllegalArgumentException("A count of people is not negative: " + name + " = " + value);
		}
		this.names.add(name);
		this.values.add(value);
		this.known.add(isKnown);
		return this.names.size() - 1;
	}

	/** {@code total} is the sum of {@code parts}. */
	public void total(int total, List<Integer> parts) {
		relate(total, parts, Relation.Kind.EQUAL);
	}

	/**
	 * {@code cell} is at most the sum of {@code parts}: people counted once over the
	 * whole against the same people counted in each part they came to.
	 */
	public void atMostSumOf(int cell, List<Integer> parts) {
		relate(cell, parts, Relation.Kind.AT_MOST);
	}

	/**
	 * {@code cell} is at least the sum of {@code parts}: parts that count different
	 * people of the whole, and not all of them.
	 */
	public void atLeastSumOf(int cell, List<Integer> parts) {
		relate(cell, parts, Relation.Kind.AT_LEAST);
	}

	/** {@code cell} is at least {@code part}: the whole holds everyone a part holds. */
	public void atLeast(int cell, int part) {
		relate(cell, List.of(part), Relation.Kind.AT_LEAST);
	}

	/**
	 * {@code cell} (relation) the sum of {@code parts}, refused when the counts break it.
	 */
	private void relate(int cell, List<Integer> parts, Relation.Kind kind) {
		int[] cells = new int[parts.size() + 1];
		double[] coefficients = new double[parts.size() + 1];
		cells[0] = cell;
		coefficients[0] = 1;
		long sum = 0;
		for (int k = 0; k < parts.size(); k++) {
			cells[k + 1] = parts.get(k);
			coefficients[k + 1] = -1;
			sum += value(parts.get(k));
		}
		long difference = value(cell) - sum;
		boolean holds = switch (kind) {
			case EQUAL -> difference == 0;
			case AT_MOST -> difference <= 0;
			case AT_LEAST -> difference >= 0;
		};
		if (!holds) {
			throw new IllegalArgumentException("The counts break the relation of " + name(cell) + " " + kind
					+ " its parts (" + value(cell) + " against " + sum + ")");
		}
		this.relations.add(new Relation(cells, coefficients, kind));
		this.relationsOf = null;
	}

	public int size() {
		return this.names.size();
	}

	public String name(int cell) {
		return this.names.get(cell);
	}

	public long value(int cell) {
		return this.values.get(cell);
	}

	public boolean isKnown(int cell) {
		return this.known.get(cell);
	}

	List<Relation> relations() {
		return Collections.unmodifiableList(this.relations);
	}

	/** The indexes in {@link #relations()} of the relations that hold the cell. */
	List<Integer> relationsOf(int cell) {
		if (this.relationsOf == null || this.relationsOf.size() != size()) {
			List<List<Integer>> index = new ArrayList<>();
			for (int c = 0; c < size(); c++) {
				index.add(new ArrayList<>());
			}
			for (int r = 0; r < this.relations.size(); r++) {
				for (int c : this.relations.get(r).cells()) {
					List<Integer> of = index.get(c);
					if (of.isEmpty() || of.get(of.size() - 1) != r) {
						of.add(r);
					}
				}
			}
			this.relationsOf = index;
		}
		return this.relationsOf.get(cell);
	}

	/**
	 * {@code Σ coefficients[k] · cells[k]} is equal to, at most or at least zero.
	 */
	record Relation(int[] cells, double[] coefficients, Kind kind) {

		enum Kind {

			EQUAL, AT_MOST, AT_LEAST

		}

	}

}
