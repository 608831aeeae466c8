package jp.musubi.platform.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

import jp.musubi.platform.disclosure.CountTable.Relation;

/**
 * What a reader can work out of the hidden counts of a {@link CountTable}: for each, the
 * minimum and the maximum it can take when every shown and known count is fixed, every
 * hidden one is a non-negative unknown and every relation holds. Found by linear
 * programming (Apache Commons Math's simplex), the way τ-ARGUS and sdcTable audit a
 * table: no combination of subtractions, of any rows, columns, totals or of the reader's
 * own counts, can bound a count tighter than this.
 * <p>
 * The hidden counts fall apart into pieces that no relation links (the checkups and the
 * guests, or two corners of a table whose hidden counts share no row or column): each
 * piece is a linear programme of its own, with only its hidden counts as unknowns and
 * only the relations that hold one of them.
 */
public final class Audit {

	/** Counts are whole numbers: a bound this close to another is the same bound. */
	static final double TOLERANCE = 1e-6;

	private static final int MAX_ITERATIONS = 100_000;

	private final CountTable table;

	private final Set<Integer> hidden;

	private Audit(CountTable table, Set<Integer> hidden) {
		requireUnknown(table, hidden);
		this.table = table;
		this.hidden = hidden;
	}

	private static void requireUnknown(CountTable table, Set<Integer> hidden) {
		for (int cell : hidden) {
			if (table.isKnown(cell)) {
				throw new IllegalArgumentException(
						"A count the reader knows cannot be hidden from it: " + table.name(cell));
			}
		}
	}

	/** The interval of every hidden count, in the order of the cells. */
	public static Map<Integer, Interval> of(CountTable table, Set<Integer> hidden) {
		Audit audit = new Audit(table, hidden);
		Map<Integer, Interval> intervals = new LinkedHashMap<>();
		for (int cell : new TreeSet<>(hidden)) {
			intervals.put(cell, audit.interval(cell));
		}
		return intervals;
	}

	/** The interval of one hidden count. */
	public static Interval of(CountTable table, Set<Integer> hidden, int cell) {
		if (!hidden.contains(cell)) {
			throw new IllegalArgumentException("Not hidden: " + table.name(cell));
		}
		return new Audit(table, hidden).interval(cell);
	}

	private Interval interval(int cell) {
		Piece piece = new Piece(this.table, this.hidden, cell, false);
		return new Interval(piece.optimum(cell, GoalType.MINIMIZE), piece.optimum(cell, GoalType.MAXIMIZE));
	}

	/**
	 * The hidden counts among {@code unchecked} that the reader may narrow below the
	 * protection, the others proved protected. A count is proved protected by two
	 * solutions of the relations (two ways the hidden counts could be, given all the
	 * reader sees) in which it differs by the protection's width or more: then its
	 * interval is at least as wide. Every solution a linear programme finds is kept in
	 * {@code seen} and proves what it can for every count, so most counts need no
	 * programme of their own; a count no kept solution proves gets its own minimum and
	 * maximum, and is exposed only if those are too close. Programmes here are bounded by
	 * a budget on the sum of the hidden counts, far above what a protection needs, so
	 * none is unbounded; a bound so found is never wider than the true one, so nothing is
	 * proved that does not hold.
	 */
	static Set<Integer> exposed(CountTable table, Set<Integer> hidden, Protection protection, Set<Integer> unchecked,
			Solutions seen) {
		requireUnknown(table, hidden);
		Set<Integer> exposed = new TreeSet<>();
		Set<Integer> left = new TreeSet<>();
		for (int cell : unchecked) {
			if (!seen.proves(cell, protection)) {
				left.add(cell);
			}
		}
		while (!left.isEmpty()) {
			int first = left.iterator().next();
			Piece piece = new Piece(table, hidden, first, true);
			List<Integer> mine = new ArrayList<>();
			for (int cell : left) {
				if (piece.holds(cell)) {
					mine.add(cell);
				}
			}
			left.removeAll(mine);
			// A few programmes over all of them at once prove most: everyone as low as
			// the relations let them be, then everyone as far as the protection above
			// (or below) the lowest (highest) value seen, as far as they can together.
			seen.add(piece.solve(mine, GoalType.MINIMIZE));
			boolean progress = true;
			while (progress) {
				progress = false;
				for (boolean up : new boolean[] { true, false }) {
					List<Integer> unproved = mine.stream().filter((cell) -> !seen.proves(cell, protection)).toList();
					if (unproved.isEmpty()) {
						break;
					}
					seen.add(piece.spread(unproved, seen, protection, up));
					progress |= unproved.stream().anyMatch((cell) -> seen.proves(cell, protection));
				}
			}
			for (int cell : mine) {
				if (seen.proves(cell, protection)) {
					continue;
				}
				seen.add(piece.solve(List.of(cell), GoalType.MAXIMIZE));
				if (seen.proves(cell, protection)) {
					continue;
				}
				seen.add(piece.solve(List.of(cell), GoalType.MINIMIZE));
				if (!seen.proves(cell, protection)) {
					exposed.add(cell);
				}
			}
		}
		return exposed;
	}

	/**
	 * The lowest and highest value each count has taken in the solutions found so far,
	 * the true counts first. Hiding one more count only turns a fixed value into an
	 * unknown, so a solution stays a solution as the hidden counts grow.
	 */
	static final class Solutions {

		private final double[] low;

		private final double[] high;

		Solutions(CountTable table) {
			this.low = new double[table.size()];
			for (int cell = 0; cell < table.size(); cell++) {
				this.low[cell] = table.value(cell);
			}
			this.high = this.low.clone();
		}

		void add(double[] solution) {
			if (solution == null) {
				return;
			}
			for (int cell = 0; cell < solution.length; cell++) {
				this.low[cell] = Math.min(this.low[cell], solution[cell]);
				this.high[cell] = Math.max(this.high[cell], solution[cell]);
			}
		}

		boolean proves(int cell, Protection protection) {
			return protection.protects(new Interval(this.low[cell], this.high[cell]));
		}

	}

	/**
	 * The hidden counts linked to one of them through relations, as a linear programme:
	 * the relations that hold none of them bound other counts only and cannot change
	 * these bounds.
	 */
	private static final class Piece {

		private final CountTable table;

		/** The piece's cells in the order of their unknowns. */
		private final int[] cells;

		private final Map<Integer, Integer> unknown = new LinkedHashMap<>();

		private final List<LinearConstraint> constraints = new ArrayList<>();

		Piece(CountTable table, Set<Integer> hidden, int start, boolean budget) {
			this.table = table;
			List<Relation> relations = new ArrayList<>();
			boolean[] taken = new boolean[table.relations().size()];
			List<Integer> queue = new ArrayList<>(List.of(start));
			this.unknown.put(start, 0);
			for (int next = 0; next < queue.size(); next++) {
				for (int index : table.relationsOf(queue.get(next))) {
					if (taken[index]) {
						continue;
					}
					taken[index] = true;
					Relation relation = table.relations().get(index);
					relations.add(relation);
					for (int cell : relation.cells()) {
						if (hidden.contains(cell) && !this.unknown.containsKey(cell)) {
							this.unknown.put(cell, this.unknown.size());
							queue.add(cell);
						}
					}
				}
			}
			this.cells = queue.stream().mapToInt(Integer::intValue).toArray();
			List<LinearConstraint> all = new ArrayList<>();
			for (Relation relation : relations) {
				all.add(constraint(relation));
			}
			this.constraints.addAll(withoutIdleBounds(all));
			if (budget) {
				double sum = 0;
				for (int cell : this.cells) {
					sum += table.value(cell);
				}
				double[] ones = new double[this.cells.length];
				Arrays.fill(ones, 1);
				double room = 2 * sum + 1000.0 * (this.cells.length + 1);
				this.constraints.add(new LinearConstraint(ones, Relationship.LEQ, room));
			}
		}

		/**
		 * The relations less the bounds on one count that say nothing: a count is never
		 * below 0, and never above what a sum of non-negative counts it is part of adds
		 * up to, so "the region's count is at least this facility's" for each facility
		 * leaves only the largest, and mostly nothing. The simplex's work grows with its
		 * rows, and a region of forty partners has four such bounds per partner.
		 */
		private List<LinearConstraint> withoutIdleBounds(List<LinearConstraint> all) {
			int n = this.unknown.size();
			double[] lowest = new double[n];
			double[] highest = new double[n];
			double[] implied = new double[n];
			Arrays.fill(highest, Double.POSITIVE_INFINITY);
			Arrays.fill(implied, Double.POSITIVE_INFINITY);
			List<LinearConstraint> kept = new ArrayList<>();
			for (LinearConstraint constraint : all) {
				double[] coefficients = constraint.getCoefficients().toArray();
				int only = -1;
				int nonZero = 0;
				boolean positive = true;
				boolean negative = true;
				for (int k = 0; k < n; k++) {
					if (coefficients[k] != 0) {
						nonZero++;
						only = k;
						positive &= coefficients[k] > 0;
						negative &= coefficients[k] < 0;
					}
				}
				if (nonZero == 1 && constraint.getRelationship() != Relationship.EQ) {
					double bound = constraint.getValue() / coefficients[only];
					boolean upper = (constraint.getRelationship() == Relationship.LEQ) == (coefficients[only] > 0);
					if (upper) {
						highest[only] = Math.min(highest[only], bound);
					}
					else {
						lowest[only] = Math.max(lowest[only], bound);
					}
					continue;
				}
				kept.add(constraint);
				if (constraint.getRelationship() == Relationship.EQ && (positive || negative)) {
					// Σ a·x = c with every a of one sign: no x exceeds c / a.
					for (int k = 0; k < n; k++) {
						if (coefficients[k] != 0) {
							implied[k] = Math.min(implied[k], constraint.getValue() / coefficients[k]);
						}
					}
				}
			}
			for (int k = 0; k < n; k++) {
				if (lowest[k] > TOLERANCE) {
					double[] coefficients = new double[n];
					coefficients[k] = 1;
					kept.add(new LinearConstraint(coefficients, Relationship.GEQ, lowest[k]));
				}
				if (highest[k] < implied[k] - TOLERANCE) {
					double[] coefficients = new double[n];
					coefficients[k] = 1;
					kept.add(new LinearConstraint(coefficients, Relationship.LEQ, highest[k]));
				}
			}
			return kept;
		}

		boolean holds(int cell) {
			return this.unknown.containsKey(cell);
		}

		/** The relation with the shown and known counts moved to the right-hand side. */
		private LinearConstraint constraint(Relation relation) {
			double[] coefficients = new double[this.unknown.size()];
			double constant = 0;
			for (int k = 0; k < relation.cells().length; k++) {
				int cell = relation.cells()[k];
				double coefficient = relation.coefficients()[k];
				Integer variable = this.unknown.get(cell);
				if (variable != null) {
					coefficients[variable] += coefficient;
				}
				else {
					constant -= coefficient * this.table.value(cell);
				}
			}
			Relationship relationship = switch (relation.kind()) {
				case EQUAL -> Relationship.EQ;
				case AT_MOST -> Relationship.LEQ;
				case AT_LEAST -> Relationship.GEQ;
			};
			return new LinearConstraint(coefficients, relationship, constant);
		}

		/** The exact bound of one count, {@code +∞} when nothing bounds it above. */
		double optimum(int cell, GoalType goal) {
			if (this.cells.length == 1 && this.constraints.isEmpty()) {
				// Nothing relates the count to anything: it is any count at all.
				return (goal == GoalType.MINIMIZE) ? 0 : Double.POSITIVE_INFINITY;
			}
			double[] objective = new double[this.cells.length];
			objective[this.unknown.get(cell)] = 1;
			try {
				return whole(optimize(objective, goal).getValue());
			}
			catch (UnboundedSolutionException ex) {
				return Double.POSITIVE_INFINITY;
			}
		}

		/**
		 * A solution that makes the sum of {@code of} as low or as high as the relations
		 * (and the budget) let it be, as values of every cell of the table; {@code null}
		 * when the solver gives up, which proves nothing.
		 */
		double[] solve(List<Integer> of, GoalType goal) {
			double[] objective = new double[this.cells.length];
			for (int cell : of) {
				objective[this.unknown.get(cell)] = 1;
			}
			double[] point;
			try {
				point = optimize(objective, goal).getPoint();
			}
			catch (TooManyIterationsException | UnboundedSolutionException ex) {
				return null;
			}
			return solution(point);
		}

		/**
		 * A solution that takes as many of {@code of} as it can the protection's width
		 * above the lowest value seen of each ({@code up}), or below the highest: the
		 * programme gains a step {@code s ≤ x − low} (or {@code s ≤ high − x}) of at most
		 * the width for each count, and maximises their sum.
		 */
		double[] spread(List<Integer> of, Solutions seen, Protection protection, boolean up) {
			int n = this.cells.length;
			int size = n + of.size();
			List<LinearConstraint> constraints = new ArrayList<>();
			for (LinearConstraint constraint : this.constraints) {
				constraints.add(new LinearConstraint(Arrays.copyOf(constraint.getCoefficients().toArray(), size),
						constraint.getRelationship(), constraint.getValue()));
			}
			double[] objective = new double[size];
			for (int k = 0; k < of.size(); k++) {
				int cell = of.get(k);
				double[] step = new double[size];
				step[n + k] = 1;
				step[this.unknown.get(cell)] = up ? -1 : 1;
				constraints.add(new LinearConstraint(step, Relationship.LEQ, up ? -seen.low[cell] : seen.high[cell]));
				double[] most = new double[size];
				most[n + k] = 1;
				constraints.add(new LinearConstraint(most, Relationship.LEQ, protection.threshold()));
				objective[n + k] = 1;
			}
			double[] point;
			try {
				point = new SimplexSolver()
					.optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0),
							new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true))
					.getPoint();
			}
			catch (TooManyIterationsException | UnboundedSolutionException | NoFeasibleSolutionException ex) {
				return null;
			}
			return solution(Arrays.copyOf(point, n));
		}

		private double[] solution(double[] point) {
			double[] solution = new double[this.table.size()];
			for (int cell = 0; cell < solution.length; cell++) {
				solution[cell] = this.table.value(cell);
			}
			for (int k = 0; k < this.cells.length; k++) {
				solution[this.cells[k]] = Math.max(0, point[k]);
			}
			return satisfies(point) ? solution : null;
		}

		/** Whether a solver's point keeps every relation, to within rounding. */
		private boolean satisfies(double[] point) {
			for (LinearConstraint constraint : this.constraints) {
				double[] coefficients = constraint.getCoefficients().toArray();
				double sum = 0;
				for (int k = 0; k < point.length; k++) {
					sum += coefficients[k] * Math.max(0, point[k]);
				}
				double gap = sum - constraint.getValue();
				double slack = 1e-6 * (1 + Math.abs(constraint.getValue()));
				boolean holds = switch (constraint.getRelationship()) {
					case EQ -> Math.abs(gap) <= slack;
					case LEQ -> gap <= slack;
					case GEQ -> gap >= -slack;
				};
				if (!holds) {
					return false;
				}
			}
			return true;
		}

		private PointValuePair optimize(double[] objective, GoalType goal) {
			try {
				return new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
						new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(this.constraints), goal,
						new NonNegativeConstraint(true));
			}
			catch (NoFeasibleSolutionException ex) {
				// The true counts are a solution, so this is a table built wrong.
				throw new IllegalStateException("The relations of the table contradict its own counts", ex);
			}
		}

	}

	/** A bound within rounding of a whole number is that number. */
	private static double whole(double bound) {
		double rounded = Math.rint(bound);
		return (Math.abs(bound - rounded) < TOLERANCE) ? rounded : bound;
	}

}
