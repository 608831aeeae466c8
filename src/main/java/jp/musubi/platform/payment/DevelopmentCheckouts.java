package jp.musubi.platform.payment;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development provider's hosted checkout, as its page shows it: what the payer is
 * asked to pay, and their choice to pay or not, which the provider tells Musubi of by a
 * signed webhook through {@link Payments#receive}, the same way a real provider's comes.
 * Present only when the development provider is configured.
 */
public class DevelopmentCheckouts {

	private final DevelopmentProvider provider;

	private final Payments payments;

	private final JsonMapper json;

	private final Clock clock;

	DevelopmentCheckouts(DevelopmentProvider provider, Payments payments, JsonMapper json, Clock clock) {
		this.provider = provider;
		this.payments = payments;
		this.json = json;
		this.clock = clock;
	}

	/** The checkout of that session, if the development provider opened it. */
	public Optional<Checkout> find(String sessionId) {
		return this.payments.startedCheckout(DevelopmentProvider.NAME, sessionId)
			.map((started) -> new Checkout(started.sessionId(), started.amount(), started.description(),
					started.locale()));
	}

	/**
	 * The payer paid: a signed {@code checkout.session.completed}, paid, is received.
	 * @return where the payer goes next, the caller's return address
	 */
	public Optional<URI> pay(String sessionId) {
		return this.payments.startedCheckout(DevelopmentProvider.NAME, sessionId).map((started) -> {
			send(started, "checkout.session.completed", "paid");
			return started.returnTo();
		});
	}

	/**
	 * The payer turned back: a signed {@code checkout.session.expired}, what a real
	 * provider sends when a checkout the payer left lapses (Stripe's after a day), so the
	 * caller sees what it would see in production, only sooner.
	 * @return where the payer goes next, the caller's cancel address
	 */
	public Optional<URI> turnBack(String sessionId) {
		return this.payments.startedCheckout(DevelopmentProvider.NAME, sessionId).map((started) -> {
			send(started, "checkout.session.expired", "unpaid");
			return started.cancelTo();
		});
	}

	/**
	 * One event id per session, whichever the choice: a second click, or the other button
	 * after the browser's back button, is a replay and changes nothing.
	 */
	private void send(Payments.StartedCheckout started, String type, String paymentStatus) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("id", started.sessionId());
		session.put("object", "checkout.session");
		session.put("amount_total", started.amount().amount());
		session.put("currency", "jpy");
		session.put("client_reference_id", started.reference().text());
		session.put("payment_intent", "pi_dev_" + started.sessionId().substring("cs_dev_".length()));
		session.put("payment_status", paymentStatus);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", "evt_dev_" + started.sessionId().substring("cs_dev_".length()));
		event.put("object", "event");
		event.put("type", type);
		event.put("created", this.clock.instant().getEpochSecond());
		event.put("data", Map.of("object", session));
		String payload = this.json.writeValueAsString(event);
		this.payments.receive(DevelopmentProvider.NAME, payload, this.provider.webhookSignature().sign(payload));
	}

	/** What the development checkout page shows. */
	public record Checkout(String sessionId, Yen amount, String description, Locale locale) {

	}

}
