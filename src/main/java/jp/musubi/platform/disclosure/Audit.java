package jp.musubi.platform.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * programming (Apache Commons Math's simplex), two problems per hidden count, the way
 * τ-ARGUS and sdcTable audit a table: no combination of subtractions, of any rows,
 * columns, totals or of the reader's own counts, can bound a count tighter than this.
 */
public final class Audit {

	/** Counts are whole numbers: a bound this close to another is the same bound. */
	static final double TOLERANCE = 1e-6;

	private static final int MAX_ITERATIONS = 100_000;

	private final CountTable table;

	private final int[] variable;

	private final int[] hiddenCells;

	private final List<LinearConstraint> constraints;

	private Audit(CountTable table, Set<Integer> hidden) {
		this.table = table;
		this.hiddenCells = new TreeSet<>(hidden).stream().mapToInt(Integer::intValue).toArray();
		this.variable = new int[table.size()];
		Arrays.fill(this.variable, -1);
		for (int k = 0; k < this.hiddenCells.length; k++) {
			int cell = this.hiddenCells[k];
			if (table.isKnown(cell)) {
				throw new IllegalArgumentException(
						"A count the reader knows cannot be hidden from it: " + table.name(cell));
			}
			this.variable[cell] = k;
		}
		this.constraints = constraints();
	}

	/** The interval of every hidden count, in the order of the cells. */
	public static Map<Integer, Interval> of(CountTable table, Set<Integer> hidden) {
		Audit audit = new Audit(table, hidden);
		Map<Integer, Interval> intervals = new LinkedHashMap<>();
		for (int cell : audit.hiddenCells) {
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

	/**
	 * The relations with the shown and known counts moved to the right-hand side; a
	 * relation with no hidden count in it says nothing of them and is left out.
	 */
	private List<LinearConstraint> constraints() {
		List<LinearConstraint> constraints = new ArrayList<>();
		for (Relation relation : this.table.relations()) {
			double[] coefficients = new double[this.hiddenCells.length];
			double constant = 0;
			boolean any = false;
			for (int k = 0; k < relation.cells().length; k++) {
				int cell = relation.cells()[k];
				double coefficient = relation.coefficients()[k];
				if (this.variable[cell] >= 0) {
					coefficients[this.variable[cell]] += coefficient;
					any = true;
				}
				else {
					constant -= coefficient * this.table.value(cell);
				}
			}
			if (any) {
				Relationship relationship = switch (relation.kind()) {
					case EQUAL -> Relationship.EQ;
					case AT_MOST -> Relationship.LEQ;
					case AT_LEAST -> Relationship.GEQ;
				};
				constraints.add(new LinearConstraint(coefficients, relationship, constant));
			}
		}
		return constraints;
	}

	private Interval interval(int cell) {
		double min = optimum(cell, GoalType.MINIMIZE);
		double max = optimum(cell, GoalType.MAXIMIZE);
		return new Interval(min, max);
	}

	/** A bound within rounding of a whole number is that number. */
	private static double whole(double bound) {
		double rounded = Math.rint(bound);
		return (Math.abs(bound - rounded) < TOLERANCE) ? rounded : bound;
	}

	private double optimum(int cell, GoalType goal) {
		List<LinearConstraint> linked = linked(this.variable[cell]);
		if (linked.isEmpty()) {
			// Nothing relates the count to anything: it is any count at all.
			return (goal == GoalType.MINIMIZE) ? 0 : Double.POSITIVE_INFINITY;
		}
		int size = linked.get(0).getCoefficients().getDimension();
		double[] objective = new double[size];
		objective[this.variable[cell]] = 1;
		try {
			PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
					new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(linked), goal,
					new NonNegativeConstraint(true));
			return whole(optimum.getValue());
		}
		catch (UnboundedSolutionException ex) {
			return Double.POSITIVE_INFINITY;
		}
		catch (NoFeasibleSolutionException ex) {
			// The true counts are a solution, so this is a table built wrong.
			throw new IllegalStateException("The relations of the table contradict its own counts", ex);
		}
	}

	/**
	 * The relations linked to a hidden count through other hidden counts: the rest bound
	 * other counts only and cannot change its bounds, so the problem is solved without
	 * them (a linked table falls apart into its independent pieces, checkups and guests).
	 */
	private List<LinearConstraint> linked(int variable) {
		boolean[] reached = new boolean[this.hiddenCells.length];
		boolean[] taken = new boolean[this.constraints.size()];
		Deque<Integer> through = new ArrayDeque<>(List.of(variable));
		reached[variable] = true;
		while (!through.isEmpty()) {
			int v = through.pop();
			for (int k = 0; k < this.constraints.size(); k++) {
				double[] coefficients = this.constraints.get(k).getCoefficients().toArray();
				if (taken[k] || coefficients[v] == 0) {
					continue;
				}
				taken[k] = true;
				for (int w = 0; w < coefficients.length; w++) {
					if (coefficients[w] != 0 && !reached[w]) {
						reached[w] = true;
						through.push(w);
					}
				}
			}
		}
		List<LinearConstraint> linked = new ArrayList<>();
		for (int k = 0; k < this.constraints.size(); k++) {
			if (taken[k]) {
				linked.add(this.constraints.get(k));
			}
		}
		return linked;
	}

}
