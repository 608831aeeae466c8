package jp.musubi.shop.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a producer is shown of where its buyers live: a prefecture of few buyers is hidden
 * with its sales, and so is another count beside it, so that the rest cannot give it
 * away; its own goods, orders and deliveries it sees whole.
 */
class ProducerFiguresTests {

	private static final UUID FARM = UUID.randomUUID();

	@Test
	void aPrefectureOfFewBuyersIsHiddenAndSoIsAPartnerThatWouldGiveItAway() {
		SalesFigures sales = sales(row(Prefecture.FUKUSHIMA, 15), row(Prefecture.TOKYO, 30),
				row(Prefecture.KANAGAWA, 3), row(Prefecture.OSAKA, 12));

		ProducerFigures figures = ProducerFigures.of(FARM, sales);

		assertThat(figures.byBuyerPrefecture()).extracting((row) -> row.prefecture() + " " + row.sales().buyers())
			.as("Kanagawa's 3 hidden for itself, and Osaka, the smallest count of at least 10 beside it, so that the "
					+ "outside less Tokyo does not give Kanagawa away; neither named")
			.containsExactly("FUKUSHIMA 15", "TOKYO 30");
		assertThat(figures.othersHidden()).isTrue();
		assertThat(figures.inside().sales().buyers()).isEqualTo(15);
		assertThat(figures.outside().sales().buyers()).isEqualTo(45);
		assertThat(figures.total()).as("its own, whole").isEqualTo(new SalesCount(Yen.of(60 * 1_000), 60, 60));
		assertThat(figures.repeatBuyers()).isNotNull();
	}

	@Test
	void aProducerWithFewBuyersSeesItsTakingsButNotWhereItsBuyersLive() {
		SalesFigures sales = sales(row(Prefecture.TOKYO, 1), row(Prefecture.OSAKA, 2));

		ProducerFigures figures = ProducerFigures.of(FARM, sales);

		assertThat(figures.byBuyerPrefecture()).as("not even which prefectures").isEmpty();
		assertThat(figures.othersHidden()).isTrue();
		assertThat(figures.outside().isHidden()).isTrue();
		assertThat(figures.inside().sales()).as("no one in the region: nothing to hide").isEqualTo(SalesCount.NONE);
		assertThat(figures.repeatBuyers()).as("one of three came back: too few to say").isNull();
		assertThat(figures.total().orders()).isEqualTo(3);
		assertThat(figures.byDelivery().outside().sales().orders()).isEqualTo(3);
		assertThat(figures.byDelivery().outside().sales().buyers()).as("not counted for a producer").isZero();
	}

	/**
	 * A month's sales: each buyer one order of 1,000 yen, sent to themselves; half came
	 * back.
	 */
	private static SalesFigures sales(PrefectureSales... rows) {
		long inside = 0;
		long outside = 0;
		for (PrefectureSales row : rows) {
			if (row.inRegion()) {
				inside += row.sales().buyers();
			}
			else {
				outside += row.sales().buyers();
			}
		}
		RegionSplit split = RegionSplit.of(count(inside), count(outside), inside + outside);
		return new SalesFigures(SalesPeriod.of(YearMonth.of(2026, 11)), Prefecture.FUKUSHIMA, split, split,
				List.of(rows), List.of(rows), new RepeatBuyers(inside + outside, (inside + outside) / 2), List.of());
	}

	private static PrefectureSales row(Prefecture prefecture, long buyers) {
		return new PrefectureSales(prefecture, prefecture == Prefecture.FUKUSHIMA, count(buyers), null);
	}

	private static SalesCount count(long buyers) {
		return new SalesCount(Yen.of(buyers * 1_000), buyers, buyers);
	}

}
