package jp.musubi.shop.shipping;

/**
 * A line of a shipment as the carrier sees it: how big and heavy one unit is as packed,
 * how many units, and the temperature it must travel at.
 *
 * @param size one unit as packed
 * @param grams one unit's weight as packed
 * @param quantity how many units
 * @param temperature the temperature the goods need
 */
public record ShipmentItem(ItemSize size, int grams, int quantity, Temperature temperature) {

	public ShipmentItem {
		if (size == null || temperature == null || grams <= 0 || quantity <= 0) {
			throw new IllegalArgumentException("Not a shipment item: " + size + ", " + grams + " g × " + quantity);
		}
	}

}
