package jp.musubi.shop.figures.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.shop.figures.PrefectureSales;
import jp.musubi.shop.figures.ProductSales;
import jp.musubi.shop.figures.RegionSide;
import jp.musubi.shop.figures.RegionSplit;
import jp.musubi.shop.figures.RepeatBuyers;
import jp.musubi.shop.figures.SalesCount;
import jp.musubi.shop.figures.SalesFigures;
import jp.musubi.shop.figures.ShopFigures;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's sales figures as JSON for the agent's staff, the same the page shows: yen
 * are the goods, tax included, without carriage or fees; percentages have one decimal
 * place and are null when there is nothing to take a share of.
 */
@RestController
@Tag(name = "shop")
class SalesFiguresApi {

	private final ShopFigures figures;

	SalesFiguresApi(ShopFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/shop/figures")
	@Operation(summary = "The shop's sales in a month (month=YYYY-MM, this month in Japan when nothing is given) or "
			+ "between two days (from=YYYY-MM-DD&to=YYYY-MM-DD, both included): inside and outside the region by "
			+ "buyer and by delivery address against the seed's 30/70, by prefecture, repeat buyers, the top 10 "
			+ "products. Sold orders only (paid, or sent to be paid at the door). The agent's staff signed in; "
			+ "400 names the parameter refused")
	FiguresView figures(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
			@Parameter(example = "2026-11-01") @RequestParam(required = false) String from,
			@Parameter(example = "2026-11-30") @RequestParam(required = false) String to) {
		return FiguresView.of(this.figures.sales(this.figures.period(month, from, to)));
	}

	record FiguresView(LocalDate from, LocalDate to,
			@Schema(description = "Set when the period is a calendar month", example = "2026-11") String month,
			@Schema(description = "The region's prefecture, JIS X 0401 code", example = "07") String region,
			SeedView seed, CountView total, SplitView byBuyerAddress, SplitView byDeliveryAddress,
			List<PrefectureView> byBuyerPrefecture, List<PrefectureView> byDeliveryPrefecture, RepeatView repeatBuyers,
			List<ProductView> topProducts) {

		static FiguresView of(SalesFigures figures) {
			return new FiguresView(figures.period().from(), figures.period().to(),
					figures.period().month().map(Object::toString).orElse(null), figures.region().code(),
					new SeedView(SalesFigures.SEED_INSIDE_PERCENT, SalesFigures.SEED_OUTSIDE_PERCENT),
					CountView.of(figures.total()), SplitView.of(figures.byBuyer()), SplitView.of(figures.byDelivery()),
					figures.byBuyerPrefecture().stream().map(PrefectureView::of).toList(),
					figures.byDeliveryPrefecture().stream().map(PrefectureView::of).toList(),
					RepeatView.of(figures.repeatBuyers()),
					figures.topProducts().stream().map(ProductView::of).toList());
		}

	}

	/**
	 * The seed's expectation of the buyers of regional products: in the region and
	 * outside.
	 */
	record SeedView(int insidePercent, int outsidePercent) {
	}

	record CountView(long yen, long orders, long buyers) {

		static CountView of(SalesCount count) {
			return new CountView(count.yen().amount(), count.orders(), count.buyers());
		}

	}

	/**
	 * The sales on each side of the region's border. By buyer address, a buyer is placed
	 * by their latest order of the period and the two sides add up to every buyer; by
	 * delivery address, a buyer who sent both inside and outside is counted on both.
	 */
	record SplitView(SideView inside, SideView outside) {

		static SplitView of(RegionSplit split) {
			return new SplitView(SideView.of(split.inside()), SideView.of(split.outside()));
		}

	}

	record SideView(long yen, long orders, long buyers, BigDecimal yenPercent, BigDecimal orderPercent,
			BigDecimal buyerPercent, int seedPercent) {

		static SideView of(RegionSide side) {
			return new SideView(side.sales().yen().amount(), side.sales().orders(), side.sales().buyers(),
					side.yenPercent(), side.orderPercent(), side.buyerPercent(), side.seedPercent());
		}

	}

	record PrefectureView(@Schema(description = "ISO 3166-1 alpha-2", example = "JP") String country,
			@Schema(description = "JIS X 0401 code", example = "13") String prefecture, boolean inRegion, long yen,
			long orders, long buyers, BigDecimal yenPercent) {

		static PrefectureView of(PrefectureSales sales) {
			return new PrefectureView(sales.country(), sales.prefecture().code(), sales.inRegion(),
					sales.sales().yen().amount(), sales.sales().orders(), sales.sales().buyers(), sales.yenPercent());
		}

	}

	record RepeatView(long buyers, long repeaters, BigDecimal percent) {

		static RepeatView of(RepeatBuyers repeat) {
			return new RepeatView(repeat.buyers(), repeat.repeaters(), repeat.percent());
		}

	}

	record ProductView(UUID productId, String name, UUID producerId, String producer, long units, long yen) {

		static ProductView of(ProductSales product) {
			return new ProductView(product.productId(), product.name(), product.producerId(), product.producer(),
					product.units(), product.yen().amount());
		}

	}

}
