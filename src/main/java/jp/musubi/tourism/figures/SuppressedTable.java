package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of people counts as shown outside the facility they come from (集計情報の共有), hidden
 * counts and all. Which counts are hidden is decided for the reader and the month by
 * {@link SharedMonth}, over every table the reader sees at once; this only lays them out,
 * with a row total per row, a column total per column, or both.
 */
public final class SuppressedTable {

	private final List<String> rows;

	private final List<String> columns;

	private final List<List<Cell>> cells;

	private final List<Cell> rowTotals;

	private final List<Cell> columnTotals;

	private final Cell grandTotal;

	SuppressedTable(List<String> rows, List<String> columns, List<List<Cell>> cells, List<Cell> rowTotals,
			List<Cell> columnTotals, Cell grandTotal) {
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.cells = cells.stream().map(List::copyOf).toList();
		this.rowTotals = (rowTotals != null) ? List.copyOf(rowTotals) : null;
		this.columnTotals = (columnTotals != null) ? List.copyOf(columnTotals) : null;
		this.grandTotal = grandTotal;
	}

	public List<String> rows() {
		return this.rows;
	}

	public List<String> columns() {
		return this.columns;
	}

	public boolean hasRowTotals() {
		return this.rowTotals != null;
	}

	public boolean hasColumnTotals() {
		return this.columnTotals != null;
	}

	public Cell cell(int row, int column) {
		return this.cells.get(row).get(column);
	}

	public Cell rowTotal(int row) {
		return this.rowTotals.get(row);
	}

	public Cell columnTotal(int column) {
		return this.columnTotals.get(column);
	}

	/** The total of the column totals, shown when both totals are. */
	public Cell grandTotal() {
		return this.grandTotal;
	}

	/** Whether any cell or total is hidden. */
	public boolean anySuppressed() {
		List<Cell> all = new ArrayList<>();
		this.cells.forEach(all::addAll);
		if (this.rowTotals != null) {
			all.addAll(this.rowTotals);
		}
		if (this.columnTotals != null) {
			all.addAll(this.columnTotals);
		}
		if (this.grandTotal != null) {
			all.add(this.grandTotal);
		}
		return all.stream().anyMatch(Cell::suppressed);
	}

	/**
	 * A count as shown: its value, or {@code null} when it is hidden, so that a hidden
	 * count cannot reach a page or an API answer by mistake.
	 */
	public record Cell(Long value, boolean suppressed) {

	}

}
