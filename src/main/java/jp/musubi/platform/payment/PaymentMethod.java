package jp.musubi.platform.payment;

/**
 * How the money came: through a payment provider's checkout (a card, in Japan about 70 %
 * of online payments) or by a bank transfer (振込) matched from the bank's notice.
 */
public enum PaymentMethod {

	CARD, BANK_TRANSFER;

	public String messageKey() {
		return "platform.payment.method." + name();
	}

}
