package jp.musubi.shop.product;

/**
 * How many products of the shop's window one choice of a facet would show, with the
 * buyer's other choices kept and the facet's own let go: the counts of the kinds stay the
 * same when the buyer picks one, so that they can see what switching would give.
 *
 * @param value the choice as the filter names it: the constant's name of a kind, a
 * temperature or a price band, the producer's id, or {@code true} for in season and
 * pre-orders
 */
public record FacetCount(Facet facet, String value, long count) {

	/** What a buyer can narrow the window by, in the order the window shows them. */
	public enum Facet {

		KIND, PRODUCER, TEMPERATURE, PRICE, IN_SEASON, PRE_ORDERS

	}

}
