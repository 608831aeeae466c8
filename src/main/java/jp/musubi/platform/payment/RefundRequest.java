package jp.musubi.platform.payment;

import java.util.Objects;

import jp.musubi.platform.money.Yen;

/**
 * Money to give back from a payment a provider took, whole or in part.
 *
 * @param reference what the payment was for
 * @param providerPaymentId the provider's id of the payment, as {@link PaymentReceived}
 * carried it
 * @param amount at least one yen, at most what was paid (the provider refuses more)
 * @param idempotencyKey the caller's name for this one refund: a retried call refunds
 * once
 */
public record RefundRequest(PaymentReference reference, String providerPaymentId, Yen amount, String idempotencyKey) {

	public RefundRequest {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(amount, "amount");
		if (providerPaymentId == null || providerPaymentId.isBlank()) {
			throw new IllegalArgumentException("A refund names the provider's payment");
		}
		if (amount.amount() < 1) {
			throw new IllegalArgumentException("A refund gives back at least one yen, not " + amount);
		}
		CheckoutRequest.requireKey(idempotencyKey);
	}

}
