package jp.musubi.platform.disclosure;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Worked examples of the audit and of the suppression it drives, on tables small enough
 * to check by hand.
 */
class SuppressionTests {

	private static final Protection TEN = new Protection(10);

	@Test
	void theAuditFindsWhatAPartnerWorksOutByTakingItsOwnRowFromTheRegion() {
		// Region: 5 guests from Asia; the clinic (the reader) had 1, ほたる荘 4.
		CountTable table = new CountTable();
		int region = table.count("region Asia", 5);
		int hotaru = table.count("ほたる荘 Asia", 4);
		int clinic = table.known("clinic Asia", 1);
		table.atMostSumOf(region, List.of(hotaru, clinic));
		table.atLeast(region, hotaru);
		table.atLeast(region, clinic);

		// Hiding ほたる荘's 4 alone, as the pages used to: 5 − 1 = 4 at least, 5 at most.
		Interval alone = Audit.of(table, Set.of(hotaru), hotaru);
		assertThat(alone.min()).isEqualTo(4.0);
		assertThat(alone.max()).isEqualTo(5.0);
		assertThat(TEN.protects(alone)).isFalse();

		Suppression suppression = Suppression.of(table, TEN);
		assertThat(suppression.isHidden(hotaru)).isTrue();
		assertThat(suppression.isHidden(region)).isTrue();
		assertEveryHiddenCountKeepsItsInterval(suppression);
	}

	@Test
	void aSmallCellAloneInItsRowTakesASecondWithItAndTheColumnsFollow() {
		Grid grid = new Grid(new long[][] { { 3, 40, 50 }, { 20, 30, 25 }, { 15, 12, 60 } });

		Suppression suppression = Suppression.of(grid.table, TEN);

		assertThat(suppression.isHidden(grid.cells[0][0])).isTrue();
		assertThat(suppression.hidden()).hasSizeGreaterThanOrEqualTo(4);
		assertEveryHiddenCountKeepsItsInterval(suppression);
		// The totals of a table of sums are shown when nothing forces them.
		assertThat(suppression.isHidden(grid.grand)).isFalse();
	}

	@Test
	void aSmallTotalIsHiddenLikeAnyCount() {
		Grid grid = new Grid(new long[][] { { 20, 1 }, { 30, 2 } });

		Suppression suppression = Suppression.of(grid.table, TEN);

		assertThat(suppression.isHidden(grid.columnTotals[1])).isTrue();
		assertEveryHiddenCountKeepsItsInterval(suppression);
	}

	@Test
	void zeroIsNoOneAndIsShown() {
		Grid grid = new Grid(new long[][] { { 0, 17 }, { 16, 18 } });

		assertThat(Suppression.of(grid.table, TEN).hidden()).isEmpty();
	}

	@Test
	void aCountTheReaderKnowsIsNeverHiddenFromIt() {
		CountTable table = new CountTable();
		int own = table.known("own", 2);
		int small = table.count("small", 3);
		int large = table.count("large", 30);
		int total = table.count("total", 35);
		table.total(total, List.of(own, small, large));

		Suppression suppression = Suppression.of(table, TEN);

		assertThat(suppression.isHidden(own)).isFalse();
		assertThat(suppression.isHidden(small)).isTrue();
		// Knowing its own 2, the reader would read the 3 off the total less the 30.
		assertThat(suppression.isHidden(large) || suppression.isHidden(total)).isTrue();
		assertEveryHiddenCountKeepsItsInterval(suppression);
	}

	@Test
	void aCountOnlyTheReadersOwnGuestsMakeUpIsSaidToBeUnprotectable() {
		// The region's guests from Asia are the reader's own by definition: nothing
		// hidden
		// helps.
		CountTable table = new CountTable();
		int region = table.count("region Asia", 1);
		int own = table.known("own Asia", 1);
		table.total(region, List.of(own));

		Suppression suppression = Suppression.of(table, TEN);

		assertThat(suppression.unprotectable()).containsExactly(region);
		assertThat(suppression.exposed()).containsExactly(region);
	}

	@Test
	void countsThatBreakTheirOwnRelationAreRefused() {
		CountTable table = new CountTable();
		int part = table.count("part", 3);
		int total = table.count("total", 4);

		assertThatIllegalArgumentException().isThrownBy(() -> table.total(total, List.of(part)));
		assertThatIllegalArgumentException().isThrownBy(() -> table.count("negative", -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Protection(1));
	}

	static void assertEveryHiddenCountKeepsItsInterval(Suppression suppression) {
		CountTable table = suppression.table();
		assertThat(suppression.exposed()).isEmpty();
		assertThat(suppression.unprotectable()).isEmpty();
		for (int cell : suppression.hidden()) {
			Interval interval = suppression.interval(cell);
			assertThat(interval.contains(table.value(cell))).as("%s in %s", table.name(cell), interval).isTrue();
			assertThat(interval.width()).as("%s in %s", table.name(cell), interval).isGreaterThanOrEqualTo(10.0);
		}
		for (int cell = 0; cell < table.size(); cell++) {
			if (!table.isKnown(cell) && table.value(cell) > 0 && table.value(cell) < 10) {
				assertThat(suppression.isHidden(cell)).as(table.name(cell)).isTrue();
			}
		}
	}

	/**
	 * A table of counts with its row, column and grand totals, all shown unless hidden.
	 */
	static final class Grid {

		final CountTable table = new CountTable();

		final int[][] cells;

		final int[] columnTotals;

		final int grand;

		Grid(long[][] counts) {
			int rows = counts.length;
			int columns = counts[0].length;
			this.cells = new int[rows][columns];
			int[] rowTotals = new int[rows];
			this.columnTotals = new int[columns];
			long all = 0;
			for (int i = 0; i < rows; i++) {
				long sum = 0;
				for (int j = 0; j < columns; j++) {
					this.cells[i][j] = this.table.count("r" + i + "c" + j, counts[i][j]);
					sum += counts[i][j];
				}
				rowTotals[i] = this.table.count("r" + i + " total", sum);
				this.table.total(rowTotals[i], list(this.cells[i]));
				all += sum;
			}
			for (int j = 0; j < columns; j++) {
				long sum = 0;
				int[] column = new int[rows];
				for (int i = 0; i < rows; i++) {
					column[i] = this.cells[i][j];
					sum += counts[i][j];
				}
				this.columnTotals[j] = this.table.count("c" + j + " total", sum);
				this.table.total(this.columnTotals[j], list(column));
			}
			this.grand = this.table.count("total", all);
			this.table.total(this.grand, list(rowTotals));
			this.table.total(this.grand, list(this.columnTotals));
		}

		private static List<Integer> list(int[] cells) {
			return java.util.Arrays.stream(cells).boxed().toList();
		}

	}

}
