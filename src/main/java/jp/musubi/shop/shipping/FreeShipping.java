package jp.musubi.shop.shipping;

import java.util.Objects;

import jp.musubi.platform.money.Yen;

/**
 * A producer's offer of free shipping for an order whose subtotal, tax included, reaches
 * the threshold. Many shops leave the cool surcharge out of the offer (「クール代金は送料
 * 無料の対象外」), so the producer says whether it is covered; an island surcharge is always
 * charged.
 */
public record FreeShipping(Yen threshold, boolean coversCool) {

	public FreeShipping {
		Objects.requireNonNull(threshold, "threshold");
		if (threshold.isNegative()) {
			throw new IllegalArgumentException("A threshold cannot be negative");
		}
	}

	boolean reachedBy(Yen subtotalTaxIncluded) {
		return subtotalTaxIncluded.compareTo(this.threshold) >= 0;
	}

}
