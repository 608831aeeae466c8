package jp.musubi.shop.shipping;

import jp.musubi.platform.money.Yen;

/**
 * What a shipment costs the buyer, in the parts a page shows: the carriage by size and
 * destination, the cool surcharge, the island surcharge, and whether free shipping
 * applied. Amounts are tax included, as producers' fee tables are.
 */
public record ShippingFee(int parcels, Yen carriage, Yen cool, Yen island, boolean free) {

	public Yen total() {
		return this.carriage.plus(this.cool).plus(this.island);
	}

}
