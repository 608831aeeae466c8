package jp.musubi.platform.payment;

import java.time.Instant;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook events in Stripe's shape ({@code {"id": "evt_...", "type": ..., "created": ...,
 * "data": {"object": {...}}}}), as the development provider sends them too. Musubi acts
 * on the four events of a hosted checkout's outcome:
 * <ul>
 * <li>{@code checkout.session.completed} with {@code payment_status} {@code paid}: the
 * money came (a card). Completed but {@code unpaid} is a delayed method (konbini, a bank
 * transfer at the provider) still to be paid: nothing yet;</li>
 * <li>{@code checkout.session.async_payment_succeeded}: a delayed method was paid;</li>
 * <li>{@code checkout.session.async_payment_failed}: it was not (declined);</li>
 * <li>{@code checkout.session.expired}: the checkout lapsed unpaid.</li>
 * </ul>
 * Anything else, and a checkout that carries no reference of Musubi's (another system on
 * the same account), is recorded and otherwise ignored.
 */
final class StripeStyleEvents {

	static final String FIELD = "payload";

	private static final int LONGEST_ID = 255;

	private StripeStyleEvents() {
	}

	/**
	 * The event in the payload; its time is the provider's {@code created}, or the given
	 * time when it has none.
	 * @throws InputRefused ({@code platform.payment.error.payload}) for a payload that is
	 * not such an event, or a checkout of Musubi's without an amount in yen
	 */
	static ProviderEvent read(JsonMapper json, String payload, Instant receivedAt) {
		JsonNode event;
		try {
			event = json.readTree((payload != null) ? payload : "");
		}
		catch (JacksonException ex) {
			throw unreadable();
		}
		if (event == null || !event.isObject()) {
			throw unreadable();
		}
		String id = text(event, "id").filter((value) -> value.length() <= LONGEST_ID).orElseThrow(() -> unreadable());
		String type = text(event, "type").filter((value) -> value.length() <= 100).orElseThrow(() -> unreadable());
		Instant at = event.path("created").canConvertToLong() && event.path("created").isIntegralNumber()
				? Instant.ofEpochSecond(event.path("created").asLong()) : receivedAt;
		JsonNode session = event.path("data").path("object");
		ProviderEvent.Effect effect = switch (type) {
			case "checkout.session.completed" -> "paid".equals(session.path("payment_status").asString(""))
					? ProviderEvent.Effect.RECEIVED : ProviderEvent.Effect.NONE;
			case "checkout.session.async_payment_succeeded" -> ProviderEvent.Effect.RECEIVED;
			case "checkout.session.async_payment_failed", "checkout.session.expired" -> ProviderEvent.Effect.FAILED;
			default -> ProviderEvent.Effect.NONE;
		};
		if (effect == ProviderEvent.Effect.NONE) {
			return ProviderEvent.none(id, type, at);
		}
		Optional<PaymentReference> reference = text(session, "client_reference_id").flatMap(PaymentReference::parse)
			.or(() -> text(session.path("metadata"), "reference").flatMap(PaymentReference::parse));
		if (reference.isEmpty()) {
			return ProviderEvent.none(id, type, at);
		}
		if (!"jpy".equalsIgnoreCase(session.path("currency").asString(""))) {
			throw unreadable();
		}
		JsonNode total = session.path("amount_total");
		if (!total.isIntegralNumber() || !total.canConvertToLong() || total.asLong() < 0) {
			throw unreadable();
		}
		String sessionId = text(session, "id").orElseThrow(() -> unreadable());
		String paymentId = text(session, "payment_intent").orElse(sessionId);
		PaymentFailed.Reason reason = switch (type) {
			case "checkout.session.async_payment_failed" -> PaymentFailed.Reason.DECLINED;
			case "checkout.session.expired" -> PaymentFailed.Reason.EXPIRED;
			default -> null;
		};
		// Stripe takes the yen as a zero-decimal currency: amounts are whole yen.
		return new ProviderEvent(id, type, effect, reference.get(), Yen.of(total.asLong()), paymentId, reason, at);
	}

	private static Optional<String> text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		if (!value.isString() || value.asString().isBlank()) {
			return Optional.empty();
		}
		return Optional.of(value.asString());
	}

	private static InputRefused unreadable() {
		return new InputRefused(FIELD, "platform.payment.error.payload");
	}

}
