package jp.musubi.shop.figures;

import java.math.BigDecimal;

/**
 * The sales on one side of the region's border, with each measure's share of the whole
 * (null when nothing was sold) and the share the seed expects on that side.
 */
public record RegionSide(boolean inRegion, SalesCount sales, BigDecimal yenPercent, BigDecimal orderPercent,
		BigDecimal buyerPercent, int seedPercent) {

	static RegionSide of(boolean inRegion, SalesCount sales, SalesCount whole) {
		return new RegionSide(inRegion, sales, SalesCount.percent(sales.yen().amount(), whole.yen().amount()),
				SalesCount.percent(sales.orders(), whole.orders()), SalesCount.percent(sales.buyers(), whole.buyers()),
				inRegion ? SalesFigures.SEED_INSIDE_PERCENT : SalesFigures.SEED_OUTSIDE_PERCENT);
	}

	public String messageKey() {
		return this.inRegion ? "shop.figures.side.inside" : "shop.figures.side.outside";
	}

}
