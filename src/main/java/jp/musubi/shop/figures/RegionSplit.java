package jp.musubi.shop.figures;

import java.util.List;

/**
 * A period's sales split at the region's border by one address of each order: the
 * buyer's, or the one the parcels went to.
 *
 * @param total the whole; its buyers are every buyer once, so that the buyers of the two
 * sides add up to more than the whole when a buyer is counted on both
 */
public record RegionSplit(RegionSide inside, RegionSide outside, SalesCount total) {

	public static RegionSplit of(SalesCount inside, SalesCount outside, long buyers) {
		SalesCount total = new SalesCount(inside.yen().plus(outside.yen()), inside.orders() + outside.orders(), buyers);
		return new RegionSplit(RegionSide.of(true, inside, total), RegionSide.of(false, outside, total), total);
	}

	/** Inside first, as the seed's 30 / 70 reads. */
	public List<RegionSide> sides() {
		return List.of(this.inside, this.outside);
	}

}
