package jp.musubi.tourism.figures;

import java.util.List;

import jp.musubi.tourism.figures.SuppressedTable.Cell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Worked examples of what another partner may see of a table of people: small cells
 * hidden, and enough others hidden that no total gives them away.
 */
class SuppressedTableTests {

	private static final List<String> AREAS = List.of("首都圏", "アジア", "近隣");

	@Test
	void aSmallCellAloneInItsRowHidesASecondAndTheColumnsFollow() {
		SuppressedTable table = SuppressedTable.withTotals(List.of("宿", "診療所"), AREAS,
				new long[][] { { 3, 10, 12 }, { 8, 9, 20 } });

		// 3 is hidden; 10 (the smallest other in its row) with it; then 8 and 9 so that
		// neither column has one hidden cell alone.
		assertThat(shown(table))
			.isDeepEqualTo(new String[][] { new String[] { "—", "—", "12" }, new String[] { "—", "—", "20" } });
		assertThat(table.rowTotal(0).value()).isEqualTo(25);
		assertThat(table.columnTotal(0).value()).isEqualTo(11);
		assertThat(table.grandTotal().value()).isEqualTo(62);
		assertNoLineRevealsAHiddenCell(table);
	}

	@Test
	void zeroIsNoOneAndIsShown() {
		SuppressedTable table = SuppressedTable.withTotals(List.of("宿", "診療所"), List.of("首都圏", "アジア"),
				new long[][] { { 0, 7 }, { 6, 8 } });

		assertThat(shown(table)).isDeepEqualTo(new String[][] { new String[] { "0", "7" }, new String[] { "6", "8" } });
		assertThat(table.anySuppressed()).isFalse();
	}

	@Test
	void aSmallTotalIsHiddenLikeACellAndTakesASecondTotalWithIt() {
		// Column アジア holds 1 + 2 = 3 people: the cells and the column total are hidden.
		SuppressedTable table = SuppressedTable.withTotals(List.of("宿", "診療所"), List.of("首都圏", "アジア"),
				new long[][] { { 20, 1 }, { 30, 2 } });

		assertThat(table.cell(0, 1).suppressed()).isTrue();
		assertThat(table.cell(1, 1).suppressed()).isTrue();
		assertThat(table.columnTotal(1).suppressed()).isTrue();
		// The totals row then has one hidden cell, so the smallest other total goes too.
		assertThat(table.columnTotal(0).suppressed()).isTrue();
		assertNoLineRevealsAHiddenCell(table);
	}

	@Test
	void aSingleSmallRowIsHiddenWithItsTotal() {
		SuppressedTable table = SuppressedTable.withTotals(List.of("宿", "診療所", "ゴルフ場"), List.of("人数"),
				new long[][] { { 4 }, { 12 }, { 30 } });

		assertThat(table.cell(0, 0).suppressed()).isTrue();
		assertThat(table.rowTotal(0).suppressed()).isTrue();
		// The column must hide a second cell, the smallest: 12 (and its row total).
		assertThat(table.cell(1, 0).suppressed()).isTrue();
		assertThat(table.cell(2, 0).value()).isEqualTo(30);
		assertThat(table.grandTotal().value()).isEqualTo(46);
		assertNoLineRevealsAHiddenCell(table);
	}

	@Test
	void withoutTotalsOnlyTheSmallCellsAreHidden() {
		SuppressedTable table = SuppressedTable.withoutTotals(List.of("2026-01", "2026-02"), List.of("0", "1"),
				new long[][] { { 40, 3 }, { 25, 9 } });

		assertThat(shown(table))
			.isDeepEqualTo(new String[][] { new String[] { "40", "—" }, new String[] { "25", "9" } });
	}

	@Test
	void aNegativeCountIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SuppressedTable.withTotals(List.of("宿"), List.of("人数"), new long[][] { { -1 } }));
	}

	private static String[][] shown(SuppressedTable table) {
		String[][] shown = new String[table.rows().size()][table.columns().size()];
		for (int i = 0; i < shown.length; i++) {
			for (int j = 0; j < shown[i].length; j++) {
				Cell cell = table.cell(i, j);
				shown[i][j] = cell.suppressed() ? "—" : String.valueOf(cell.value());
			}
		}
		return shown;
	}

	/** No row or column, totals included, has exactly one hidden cell. */
	private static void assertNoLineRevealsAHiddenCell(SuppressedTable table) {
		int rows = table.rows().size();
		int columns = table.columns().size();
		for (int i = 0; i <= rows; i++) {
			int hidden = 0;
			for (int j = 0; j <= columns; j++) {
				hidden += at(table, i, j).suppressed() ? 1 : 0;
			}
			assertThat(hidden).as("hidden cells in row %d", i).isNotEqualTo(1);
		}
		for (int j = 0; j <= columns; j++) {
			int hidden = 0;
			for (int i = 0; i <= rows; i++) {
				hidden += at(table, i, j).suppressed() ? 1 : 0;
			}
			assertThat(hidden).as("hidden cells in column %d", j).isNotEqualTo(1);
		}
	}

	private static Cell at(SuppressedTable table, int row, int column) {
		return table.cell(row, column);
	}

}
