package jp.musubi.shop.order;

/**
 * How a buyer pays. Older buyers expect bank transfer and cash on delivery; cards go
 * through a payment provider's hosted page.
 */
public enum PaymentMethod {

	/** 銀行振込: paid before shipping, the order kept for a number of banking days. */
	BANK_TRANSFER,
	/** 代金引換: the carrier collects the shipment's amount and a fee at the door. */
	CASH_ON_DELIVERY,
	/** A card on the payment provider's page. */
	CARD;

	public String messageKey() {
		return "shop.order.payment." + name();
	}

}
