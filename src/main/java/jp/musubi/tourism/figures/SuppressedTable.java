package jp.musubi.tourism.figures;

import java.util.List;

/**
 * A table of people counts fit to be shown outside the facility they come from (集計情報の共有):
 * a cell counting one to four people could point at someone, so it is hidden, and so is
 * any further cell a reader could work it out from. The table is seen with its row and
 * column totals, so it is taken as the larger table in which every row and column ends
 * with its total: a total of one to four people is hidden like any cell, and a row or
 * column with exactly one hidden cell gives that cell away by subtraction, so one more of
 * its cells is hidden (the smallest, to lose the least), until no row or column has
 * exactly one. Zero is no one and is shown.
 */
public final class SuppressedTable {

	/** The fewest people a shown count may stand for. */
	public static final int THRESHOLD = 5;

	private final List<String> rows;

	private final List<String> columns;

	private final long[][] counts;

	private final boolean[][] hidden;

	private final boolean totals;

	private SuppressedTable(List<String> rows, List<String> columns, long[][] counts, boolean totals) {
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.totals = totals;
		int r = rows.size();
		int c = columns.size();
		this.counts = new long[r + 1][c + 1];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				long count = counts[i][j];
				if (count < 0) {
					throw new IllegalArgumentException("A count of people is not negative: " + count);
				}
				this.counts[i][j] = count;
				this.counts[i][c] += count;
				this.counts[r][j] += count;
				this.counts[r][c] += count;
			}
		}
		this.hidden = new boolean[r + 1][c + 1];
		int lastRow = totals ? r : r - 1;
		int lastColumn = totals ? c : c - 1;
		for (int i = 0; i <= lastRow; i++) {
			for (int j = 0; j <= lastColumn; j++) {
				this.hidden[i][j] = this.counts[i][j] > 0 && this.counts[i][j] < THRESHOLD;
			}
		}
		if (totals) {
			complement();
		}
	}

	/**
	 * The table shown with its row and column totals. {@code counts[row][column]} are
	 * people.
	 */
	public static SuppressedTable withTotals(List<String> rows, List<String> columns, long[][] counts) {
		return new SuppressedTable(rows, columns, counts, true);
	}

	/**
	 * A table whose cells are not parts of any total shown (a cohort's guests in each
	 * month after their first): each small cell is hidden on its own.
	 */
	public static SuppressedTable withoutTotals(List<String> rows, List<String> columns, long[][] counts) {
		return new SuppressedTable(rows, columns, counts, false);
	}

	private void complement() {
		int height = this.counts.length;
		int width = this.counts[0].length;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < height; i++) {
				changed |= hideOneMore(i, -1, width);
			}
			for (int j = 0; j < width; j++) {
				changed |= hideOneMore(-1, j, height);
			}
		}
	}

	/**
	 * Hides the smallest shown cell of the row (or column) when exactly one of its cells
	 * is hidden. People come before zeros: a hidden zero still gives nothing away, but
	 * hiding a cell with people in it is what keeps the reader from narrowing the range.
	 */
	private boolean hideOneMore(int row, int column, int length) {
		int hiddenCells = 0;
		int best = -1;
		for (int k = 0; k < length; k++) {
			int i = (row >= 0) ? row : k;
			int j = (column >= 0) ? column : k;
			if (this.hidden[i][j]) {
				hiddenCells++;
			}
			else if (best < 0 || better(i, j, position(row, column, best))) {
				best = k;
			}
		}
		if (hiddenCells != 1 || best < 0) {
			return false;
		}
		int[] cell = position(row, column, best);
		this.hidden[cell[0]][cell[1]] = true;
		return true;
	}

	private boolean better(int i, int j, int[] than) {
		long count = this.counts[i][j];
		long other = this.counts[than[0]][than[1]];
		if ((count > 0) != (other > 0)) {
			return count > 0;
		}
		return count < other;
	}

	private static int[] position(int row, int column, int k) {
		return new int[] { (row >= 0) ? row : k, (column >= 0) ? column : k };
	}

	public List<String> rows() {
		return this.rows;
	}

	public List<String> columns() {
		return this.columns;
	}

	public boolean hasTotals() {
		return this.totals;
	}

	public Cell cell(int row, int column) {
		return this.hidden[row][column] ? new Cell(null, true) : new Cell(this.counts[row][column], false);
	}

	public Cell rowTotal(int row) {
		return cell(row, this.columns.size());
	}

	public Cell columnTotal(int column) {
		return cell(this.rows.size(), column);
	}

	public Cell grandTotal() {
		return cell(this.rows.size(), this.columns.size());
	}

	/** Whether any cell or total is hidden. */
	public boolean anySuppressed() {
		for (boolean[] line : this.hidden) {
			for (boolean cell : line) {
				if (cell) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A count as shown: its value, or {@code null} when it is hidden, so that a hidden
	 * count cannot reach a page or an API answer by mistake.
	 */
	public record Cell(Long value, boolean suppressed) {

	}

}
