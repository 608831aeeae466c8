package jp.musubi.tourism.figures;

import java.util.List;
import java.util.Set;

import jp.musubi.tourism.figures.SharedFigures.Hidden;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of counts as a page lays it out from what the refresh kept hidden for its
 * reader: a hidden count is null with its flag, and a month not audited yet shows no
 * count but 0.
 */
class SuppressedTableTests {

	@Test
	void aCountKeptHiddenIsNullWithItsFlagAndTheOthersShowAsTheyAre() {
		Hidden hidden = new Hidden(Set.of(SharedMonth.REGION_TOTAL));

		SuppressedTable table = new SuppressedTable(List.of("2026-01"), List.of("首都圏"),
				List.of(List.of(hidden.cell("region:SHUTOKEN", 40))),
				List.of(hidden.cell(SharedMonth.REGION_TOTAL, 43)), null, null);

		assertThat(table.cell(0, 0)).isEqualTo(new Cell(40L, false));
		assertThat(table.rowTotal(0)).isEqualTo(new Cell(null, true));
		assertThat(table.hasColumnTotals()).isFalse();
		assertThat(table.anySuppressed()).isTrue();
	}

	@Test
	void aMonthNotAuditedYetShowsNothingButZeros() {
		assertThat(Hidden.UNAUDITED.cell("region:ASIA", 0)).isEqualTo(new Cell(0L, false));
		assertThat(Hidden.UNAUDITED.cell("region:SHUTOKEN", 250)).isEqualTo(new Cell(null, true));
	}

}
