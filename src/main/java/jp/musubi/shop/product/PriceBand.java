package jp.musubi.shop.product;

import jp.musubi.platform.money.Yen;

/**
 * The price bands the shop's window narrows to, by a product's lowest price with tax
 * (what its card shows): everyday goods, the common range of a gift (お中元, お歳暮), and the
 * dear ones.
 */
public enum PriceBand {

	UNDER_2000(0, 2_000), FROM_2000(2_000, 5_000), FROM_5000(5_000, 10_000), FROM_10000(10_000, Long.MAX_VALUE);

	private final long from;

	private final long below;

	PriceBand(long from, long below) {
		this.from = from;
		this.below = below;
	}

	/** The lowest price in the band. */
	public Yen from() {
		return Yen.of(this.from);
	}

	/** Whether it has no highest price: the last band. */
	public boolean isOpenEnded() {
		return this.below == Long.MAX_VALUE;
	}

	/** The price the next band starts at; not for the last band. */
	public Yen below() {
		if (isOpenEnded()) {
			throw new IllegalStateException(name() + " has no upper bound");
		}
		return Yen.of(this.below);
	}

	public boolean contains(Yen price) {
		return price.amount() >= this.from && price.amount() < this.below;
	}

	public String messageKey() {
		return "shop.product.priceBand." + name();
	}

}
