package jp.musubi.platform.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
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
		double[] objective = new double[this.hiddenCells.length];
		objective[this.variable[cell]] = 1;
		if (this.constraints.isEmpty()) {
			// Nothing relates the hidden counts to anything: each is any count at all.
			return (goal == GoalType.MINIMIZE) ? 0 : Double.POSITIVE_INFINITY;
		}
		try {
			PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
					new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(this.constraints), goal,
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

}
