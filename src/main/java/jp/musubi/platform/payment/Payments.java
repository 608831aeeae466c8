package jp.musubi.platform.payment;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Card payments through the configured provider: a caller opens a hosted checkout for a
 * reference and sends the payer there; the provider's webhooks come back through
 * {@link #receive} and become {@link PaymentReceived} or {@link PaymentFailed}, each
 * exactly once. Checkouts and webhook events are kept in {@code payment_checkout} and
 * {@code payment_event}, so every node knows them and a replay is recognised. The bean's
 * name keeps it apart from the work exchange's own {@code Payments} (of invoices).
 */
@Service("platformPayments")
public class Payments {

	private final List<PaymentProvider> providers;

	private final PaymentProperties properties;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	Payments(List<PaymentProvider> providers, PaymentProperties properties, JdbcTemplate jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.providers = List.copyOf(providers);
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
	}

	/** Whether a provider is configured, so that callers may offer to pay by card. */
	public boolean takesCards() {
		return configured().isPresent();
	}

	/**
	 * Opens a hosted checkout at the configured provider, or gives back the one already
	 * opened with the same idempotency key (a double click, a retried request), so a
	 * payer can never be charged twice for one attempt.
	 * @throws PaymentProviderUnavailable when no provider is configured, or it did not
	 * answer (the caller may try again with the same key)
	 * @throws PaymentRefused when the provider refuses the request
	 * @throws IllegalArgumentException when the key was used before for another reference
	 * or amount
	 */
	public HostedCheckout checkout(CheckoutRequest request) {
		PaymentProvider provider = configured()
			.orElseThrow(() -> new PaymentProviderUnavailable("No payment provider is configured"));
		Optional<HostedCheckout> started = started(provider.name(), request);
		if (started.isPresent()) {
			return started.get();
		}
		HostedCheckout checkout = provider.start(request);
		this.jdbc.update("""
				INSERT INTO payment_checkout (provider, session_id, idempotency_key, reference, amount, description,
					return_to, cancel_to, language, redirect_to, started_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", provider.name(), checkout.sessionId(), request.idempotencyKey(),
				request.reference().text(), request.amount().amount(), request.description(),
				request.returnTo().toString(), request.cancelTo().toString(), request.locale().toLanguageTag(),
				checkout.redirectTo().toString(), Timestamp.from(this.clock.instant()));
		// Another node may have opened one for the same key meanwhile: the payer goes to
		// the one kept.
		return started(provider.name(), request).orElse(checkout);
	}

	/**
	 * Gives money back through the configured provider.
	 * @throws PaymentProviderUnavailable when no provider is configured, or it did not
	 * answer (the caller may try again with the same key)
	 * @throws PaymentRefused when the provider refuses
	 */
	public Refund refund(RefundRequest request) {
		return configured().orElseThrow(() -> new PaymentProviderUnavailable("No payment provider is configured"))
			.refund(request);
	}

	/**
	 * Applies a provider's webhook: checks its signature, records its event id and
	 * publishes what it tells of, all or nothing in one transaction. An event seen before
	 * changes nothing and is answered {@link WebhookOutcome#ALREADY_SEEN}; two copies
	 * arriving at once are told apart by the table's primary key, the second waiting for
	 * the first.
	 * @throws NotFound when no provider of that name is configured
	 * @throws InputRefused when the signature is forged, expired or malformed, or the
	 * payload is not an event ({@link WebhookSignature}); nothing is recorded
	 */
	public WebhookOutcome receive(String providerName, String payload, String signatureHeader) {
		PaymentProvider provider = this.providers.stream()
			.filter((candidate) -> candidate.name().equals(providerName))
			.findFirst()
			.orElseThrow(() -> new NotFound("payment provider", providerName));
		provider.webhookSignature().verify(payload, signatureHeader);
		ProviderEvent event = StripeStyleEvents.read(this.json, payload, this.clock.instant());
		return this.transactions.execute((status) -> apply(provider.name(), event));
	}

	private WebhookOutcome apply(String provider, ProviderEvent event) {
		int recorded = this.jdbc.update("""
				INSERT INTO payment_event (provider, event_id, type, reference, amount, received_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", provider, event.id(), event.type(),
				(event.reference() != null) ? event.reference().text() : null,
				(event.amount() != null) ? event.amount().amount() : null, Timestamp.from(this.clock.instant()));
		if (recorded == 0) {
			return WebhookOutcome.ALREADY_SEEN;
		}
		switch (event.effect()) {
			case RECEIVED -> this.events.publishEvent(new PaymentReceived(event.reference(), event.amount(),
					PaymentMethod.CARD, event.providerPaymentId(), event.at()));
			case FAILED -> this.events
				.publishEvent(new PaymentFailed(event.reference(), event.amount(), event.reason(), event.at()));
			case NONE -> {
				return WebhookOutcome.IGNORED;
			}
		}
		return WebhookOutcome.APPLIED;
	}

	/** A checkout this node or another opened, by the provider's session id. */
	Optional<StartedCheckout> startedCheckout(String provider, String sessionId) {
		return this.jdbc
			.query("""
					SELECT session_id, reference, amount, description, return_to, cancel_to, language
					FROM payment_checkout WHERE provider = ? AND session_id = ?""",
					(row, number) -> new StartedCheckout(row.getString("session_id"),
							PaymentReference.parse(row.getString("reference")).orElseThrow(),
							Yen.of(row.getLong("amount")), row.getString("description"),
							URI.create(row.getString("return_to")), URI.create(row.getString("cancel_to")),
							Locale.forLanguageTag(row.getString("language"))),
					provider, sessionId)
			.stream()
			.findFirst();
	}

	private Optional<HostedCheckout> started(String provider, CheckoutRequest request) {
		return this.jdbc.query("""
				SELECT session_id, redirect_to, reference, amount FROM payment_checkout
				WHERE provider = ? AND idempotency_key = ?""", (row, number) -> {
			if (!row.getString("reference").equals(request.reference().text())
					|| row.getLong("amount") != request.amount().amount()) {
				throw new IllegalArgumentException("The idempotency key " + request.idempotencyKey()
						+ " was used for another checkout: a new attempt needs a new key");
			}
			return new HostedCheckout(row.getString("session_id"), URI.create(row.getString("redirect_to")));
		}, provider, request.idempotencyKey()).stream().findFirst();
	}

	private Optional<PaymentProvider> configured() {
		String name = this.properties.provider();
		return this.providers.stream().filter((provider) -> provider.name().equals(name)).findFirst();
	}

	/** A checkout as it was opened. */
	record StartedCheckout(String sessionId, PaymentReference reference, Yen amount, String description, URI returnTo,
			URI cancelTo, Locale locale) {

	}

}
