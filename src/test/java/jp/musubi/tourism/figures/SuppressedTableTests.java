package jp.musubi.tourism.figures;

import java.util.List;

import jp.musubi.platform.disclosure.Protection;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of counts that are parts of no total (a cohort's guests in each month after
 * their first): only the small ones are hidden. Tables with totals are suppressed and
 * audited by {@link SharedMonth}.
 */
class SuppressedTableTests {

	@Test
	void withoutTotalsOnlyTheSmallCellsAreHiddenAndZeroIsShown() {
		SuppressedTable table = SuppressedTable.withoutTotals(List.of("2026-01", "2026-02"), List.of("0", "1"),
				new long[][] { { 40, 3 }, { 0, 9 } }, new Protection(10));

		assertThat(table.cell(0, 0)).isEqualTo(new Cell(40L, false));
		assertThat(table.cell(0, 1)).isEqualTo(new Cell(null, true));
		assertThat(table.cell(1, 0)).isEqualTo(new Cell(0L, false));
		assertThat(table.cell(1, 1).suppressed()).isTrue();
		assertThat(table.hasRowTotals()).isFalse();
		assertThat(table.hasColumnTotals()).isFalse();
		assertThat(table.anySuppressed()).isTrue();
	}

}
