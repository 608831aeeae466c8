package jp.musubi.shop.product;

import jp.musubi.platform.money.ConsumptionTaxRate;

/**
 * What a product is to the law: it decides the consumption tax rate and what its listing
 * must show.
 */
public enum ProductKind {

	/** Food and non-alcoholic drink: the reduced rate, and the food label. */
	FOOD,
	/**
	 * Sake, beer, wine and the like: the standard rate (alcohol is outside the reduced
	 * rate), the 20-year age notice, a birth date at checkout and the seller's licence.
	 */
	LIQUOR,
	/** Crafts and other goods: the standard rate. */
	GOODS,
	/**
	 * Food packed with other goods and sold for one price (一体資産, such as a gift box with
	 * a tea cup): the reduced rate only when the price before tax is at most ¥10,000 and
	 * the food makes up at least two thirds of its value, the standard rate otherwise.
	 */
	GIFT_SET;

	/** Whether the listing carries the food label (allergens, origin, shelf life). */
	public boolean isFood() {
		return this == FOOD || this == GIFT_SET;
	}

	/** The rate when it does not depend on the price (every kind but a gift set). */
	ConsumptionTaxRate fixedRate() {
		return (this == FOOD) ? ConsumptionTaxRate.REDUCED : ConsumptionTaxRate.STANDARD;
	}

	public String messageKey() {
		return "shop.product.kind." + name();
	}

}
