package jp.musubi.platform.payment;

import java.time.Instant;

import jp.musubi.platform.money.Yen;

/**
 * A checkout for a reference ended without the money: the payment was declined (an
 * asynchronous method that failed), or the checkout expired or the payer turned back.
 * Published once, as {@link PaymentReceived} is and with the same advice for listeners; a
 * caller typically releases what it held for the payment.
 *
 * @param reference what the payment was for
 * @param amount the amount the checkout asked for
 * @param reason why the money did not come
 * @param at when the provider says it ended
 */
public record PaymentFailed(PaymentReference reference, Yen amount, Reason reason, Instant at) {

	/** Why a checkout ended without the money. */
	public enum Reason {

		/** The provider or the payer's bank refused the payment. */
		DECLINED,

		/** The checkout lapsed unpaid, or the payer left it. */
		EXPIRED

	}

}
