package jp.musubi.shop.figures;

import java.math.BigDecimal;

/**
 * Of the buyers of a period, those who had bought twice or more by its end, counting
 * every sold order before it too: the buyers who came back.
 */
public record RepeatBuyers(long buyers, long repeaters) {

	/** Null when the period had no buyers. */
	public BigDecimal percent() {
		return SalesCount.percent(this.repeaters, this.buyers);
	}

}
