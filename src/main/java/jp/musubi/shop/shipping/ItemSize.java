package jp.musubi.shop.shipping;

/**
 * How big one unit of an item is as packed for shipping: its three sides measured
 * ({@link Dimensions}), or the size class the producer declares for it
 * ({@link DeclaredSize}, 「80サイズ」) when the box is a standard one.
 */
public sealed interface ItemSize permits Dimensions, DeclaredSize {

	/** The sum of the three sides in millimetres, as carriers measure a parcel. */
	int sumOfSides();

	/** The room it takes, in cubic millimetres. */
	long volume();

	/** Its thickness in millimetres, where known; the sum otherwise. */
	int thickness();

}
