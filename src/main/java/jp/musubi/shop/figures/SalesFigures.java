package jp.musubi.shop.figures;

import java.util.List;

import jp.musubi.platform.text.Prefecture;

/**
 * The shop's sales in a period as the agent reads them against the seed: how much went to
 * buyers in the region and outside it, told apart by the buyer's address and by the
 * address the parcels went to (a gift sent home from Tokyo is sold outside the region by
 * the first and inside it by the second), by prefecture, how many buyers came back, and
 * what sold best. Only sold orders count: paid, or sent to be paid at the door, and not
 * cancelled, refunded or expired.
 *
 * @param byBuyerPrefecture the prefectures of buyers' addresses, in JIS order, those with
 * sales only; a buyer is counted where their latest order of the period placed them
 * @param byDeliveryPrefecture the prefectures parcels went to, likewise; a buyer who sent
 * to several prefectures is counted in each
 */
public record SalesFigures(SalesPeriod period, Prefecture region, RegionSplit byBuyer, RegionSplit byDelivery,
		List<PrefectureSales> byBuyerPrefecture, List<PrefectureSales> byDeliveryPrefecture, RepeatBuyers repeatBuyers,
		List<ProductSales> topProducts) {

	/**
	 * The seed's expectation (SEED-EN.md section 7, from the 4th Broadband User Survey,
	 * 2004): 30 % of the buyers of regional products in the region, 70 % outside it.
	 */
	public static final int SEED_INSIDE_PERCENT = 30;

	public static final int SEED_OUTSIDE_PERCENT = 70;

	/** The most products the best-selling list names. */
	public static final int TOP_PRODUCTS = 10;

	public SalesCount total() {
		return this.byBuyer.total();
	}

	public boolean hasSales() {
		return total().orders() > 0;
	}

}
