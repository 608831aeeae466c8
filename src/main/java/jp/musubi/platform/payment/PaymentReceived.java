package jp.musubi.platform.payment;

import java.time.Instant;

import jp.musubi.platform.money.Yen;

/**
 * Money for a reference has come: a provider's webhook said a checkout was paid, or a
 * bank's notice showed a transfer matched to it (or the agent assigned one by hand).
 * Published once per payment, in the transaction that records the webhook's event id or
 * the bank's credit, so a replayed webhook or a file imported twice publishes nothing.
 * <p>
 * Listen with {@code @ApplicationModuleListener}: the event's publication is stored in
 * that same transaction (Spring Modulith's event publication registry), so after a crash
 * it is either there and handed to the listener again on restart, or gone together with
 * the record of the webhook, which the provider then sends again. A listener in the
 * receiving transaction instead would turn a failure of the caller's own (an order that
 * moved on) into a refused webhook, retried by the provider for days. A publication may
 * reach a listener more than once (a crash after the listener's commit, before the
 * publication is marked done), so the listener is idempotent: it keys on
 * {@code providerPaymentId}, unique per payment.
 *
 * @param reference what the money is for
 * @param amount the amount received; the caller compares it with what it asked for
 * @param method how the money came
 * @param providerPaymentId the provider's id of the payment (for a refund), or for a bank
 * transfer a key of the bank's credit ({@code zengin:...})
 * @param at when the provider or the bank says the money came
 */
public record PaymentReceived(PaymentReference reference, Yen amount, PaymentMethod method, String providerPaymentId,
		Instant at) {

}
