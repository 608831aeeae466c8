package jp.musubi.platform.payment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A payment provider inside Musubi, for trying the shop and the work exchange's
 * pre-payments where no real provider is reachable (these machines have none): its hosted
 * checkout is Musubi's own page {@code /payments/development/{sessionId}}, where the
 * payer chooses to pay or not, and its webhooks are signed and received as a real
 * provider's are. Off unless {@code musubi.payments.provider=development}; no money ever
 * moves.
 */
final class DevelopmentProvider implements PaymentProvider {

	static final String NAME = "development";

	static final String PAGE = "/payments/development/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WebhookSignature signature;

	DevelopmentProvider(String secret, Duration tolerance, Clock clock) {
		// A secret made at start serves: the provider's webhooks are received on the node
		// that signs them, never sent over the network.
		this.signature = new WebhookSignature((secret == null || secret.isBlank()) ? "whsec_dev_" + random(32) : secret,
				tolerance, clock);
	}

	@Override
	public String name() {
		return NAME;
	}

	/**
	 * A new session; the checkout itself (amount, description, addresses) is kept by
	 * {@link Payments}, which gives back the same session for the same idempotency key.
	 */
	@Override
	public HostedCheckout start(CheckoutRequest request) {
		String sessionId = "cs_dev_" + random(16);
		return new HostedCheckout(sessionId, URI.create(PAGE + sessionId));
	}

	/**
	 * Accepted at once, under an id made from the idempotency key, so the same refund
	 * asked again is the same refund.
	 */
	@Override
	public Refund refund(RefundRequest request) {
		UUID id = UUID.nameUUIDFromBytes(request.idempotencyKey().getBytes(StandardCharsets.UTF_8));
		return new Refund("re_dev_" + id.toString().replace("-", ""), request.amount(), false);
	}

	@Override
	public WebhookSignature webhookSignature() {
		return this.signature;
	}

	private static String random(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
