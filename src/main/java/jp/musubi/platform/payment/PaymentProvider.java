package jp.musubi.platform.payment;

/**
 * A company that takes payments for Musubi through a hosted checkout (the payer types
 * card numbers on the provider's page, never on Musubi's), tells of the outcome by signed
 * webhooks and gives money back. Every call carries the caller's idempotency key, so a
 * call retried after a timeout acts once. Musubi ships a development provider that runs
 * inside it and an adapter for providers with Stripe's API.
 */
public interface PaymentProvider {

	/** The name in the webhook's address and in {@code musubi.payments.provider}. */
	String name();

	/**
	 * Opens a hosted checkout.
	 * @throws PaymentRefused when the provider refuses the request (its 4xx): trying
	 * again will not help
	 * @throws PaymentProviderUnavailable when the provider did not answer in time or
	 * failed (its 5xx): the same request may be tried again later
	 */
	HostedCheckout start(CheckoutRequest request);

	/**
	 * Gives money back.
	 * @throws PaymentRefused when the provider refuses (more than was paid, say)
	 * @throws PaymentProviderUnavailable when it may be tried again later
	 */
	Refund refund(RefundRequest request);

	/** How this provider's webhooks are signed. */
	WebhookSignature webhookSignature();

}
