package jp.musubi.shop.shipping;

import java.util.List;

/**
 * One parcel (一個口) of a shipment, as the split made it: one temperature, the units it
 * holds, its weight and the estimated sum of its sides, and so its price step.
 *
 * @param temperature what all its contents travel at
 * @param lines which items, by their place in the shipment, and how many units of each
 * @param grams the weight of its contents
 * @param sumOfSides the estimated sum of three sides in millimetres
 * @param band its price step
 */
public record Parcel(Temperature temperature, List<Line> lines, int grams, int sumOfSides, SizeBand band) {

	public Parcel {
		lines = List.copyOf(lines);
	}

	/** How many units it holds in all. */
	public int units() {
		return this.lines.stream().mapToInt(Line::quantity).sum();
	}

	/**
	 * Units of one item in a parcel.
	 *
	 * @param item the item's place in the shipment's list, from 0
	 * @param quantity how many of its units
	 */
	public record Line(int item, int quantity) {
	}

}
