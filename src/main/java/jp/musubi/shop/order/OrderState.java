package jp.musubi.shop.order;

/**
 * Where an order stands. An order paid on delivery goes to preparing at once; one paid in
 * advance waits for its payment and expires, giving its units back, when none comes in
 * time.
 */
public enum OrderState {

	AWAITING_PAYMENT, PAID, PREPARING, SHIPPED, DELIVERED, COMPLETED, CANCELLED, REFUNDED, EXPIRED;

	/** Whether the order still holds units that have not been paid for. */
	public boolean awaitsPayment() {
		return this == AWAITING_PAYMENT;
	}

	/**
	 * Whether the order counts as sold: paid, or going to the buyer to be paid at the
	 * door, and not undone since. What the shop's figures count.
	 */
	public boolean isSold() {
		return switch (this) {
			case PAID, PREPARING, SHIPPED, DELIVERED, COMPLETED -> true;
			case AWAITING_PAYMENT, CANCELLED, REFUNDED, EXPIRED -> false;
		};
	}

	public String messageKey() {
		return "shop.order.state." + name();
	}

}
