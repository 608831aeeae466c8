package jp.musubi.platform.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jp.musubi.platform.money.Yen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * A payment provider with Stripe's API: a hosted checkout is a Checkout Session
 * ({@code POST /v1/checkout/sessions}, form-encoded, the secret key as a bearer token), a
 * refund is {@code POST /v1/refunds}, and every call carries the caller's key in the
 * {@code Idempotency-Key} header, so the provider acts once however often it is sent.
 * <p>
 * What the provider answers decides what the caller hears: a 4xx (the request is wrong,
 * an amount below the minimum, a refund of more than was paid) is a
 * {@link PaymentRefused} with the provider's code and words, as trying again cannot help;
 * a 5xx, a 409 (the same key still being worked on) or 429 (too many requests), or no
 * answer in time, is sent again with the same key, up to the configured number of
 * attempts, and then becomes {@link PaymentProviderUnavailable} for the caller to try
 * later.
 */
final class StripeStyleProvider implements PaymentProvider {

	static final String NAME = "stripe-style";

	private static final Logger log = LoggerFactory.getLogger(StripeStyleProvider.class);

	private final RestClient client;

	private final int attempts;

	private final JsonMapper json;

	private final WebhookSignature signature;

	StripeStyleProvider(PaymentProperties.StripeStyle settings, Duration tolerance, Clock clock, JsonMapper json) {
		if (settings.secretKey().isBlank() || settings.webhookSecret().isBlank()) {
			throw new IllegalStateException("musubi.payments.stripe-style needs a secret-key and a webhook-secret "
					+ "(MUSUBI_PAYMENTS_SECRET_KEY, MUSUBI_PAYMENTS_WEBHOOK_SECRET)");
		}
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
		requests.setReadTimeout(settings.timeout());
		this.client = RestClient.builder()
			.baseUrl(settings.baseUrl().toString())
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.secretKey())
			.build();
		this.attempts = Math.max(1, settings.attempts());
		this.json = json;
		this.signature = new WebhookSignature(settings.webhookSecret(), tolerance, clock);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public HostedCheckout start(CheckoutRequest request) {
		String reference = request.reference().text();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("mode", "payment");
		form.add("client_reference_id", reference);
		form.add("metadata[reference]", reference);
		form.add("payment_intent_data[metadata][reference]", reference);
		form.add("line_items[0][quantity]", "1");
		// The yen is a zero-decimal currency at Stripe: the amount is whole yen.
		form.add("line_items[0][price_data][currency]", "jpy");
		form.add("line_items[0][price_data][unit_amount]", Long.toString(request.amount().amount()));
		form.add("line_items[0][price_data][product_data][name]", request.description());
		form.add("success_url", request.returnTo().toString());
		form.add("cancel_url", request.cancelTo().toString());
		form.add("locale", locale(request.locale()));
		JsonNode session = post("/v1/checkout/sessions", form, request.idempotencyKey());
		String id = session.path("id").asString("");
		String url = session.path("url").asString("");
		if (id.isEmpty() || url.isEmpty()) {
			throw new PaymentProviderUnavailable("The provider answered a checkout without its id or address");
		}
		return new HostedCheckout(id, URI.create(url));
	}

	@Override
	public Refund refund(RefundRequest request) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("payment_intent", request.providerPaymentId());
		form.add("amount", Long.toString(request.amount().amount()));
		form.add("metadata[reference]", request.reference().text());
		JsonNode refund = post("/v1/refunds", form, request.idempotencyKey());
		String id = refund.path("id").asString("");
		if (id.isEmpty()) {
			throw new PaymentProviderUnavailable("The provider answered a refund without its id");
		}
		String status = refund.path("status").asString("");
		long amount = refund.path("amount").canConvertToLong() ? refund.path("amount").asLong()
				: request.amount().amount();
		return new Refund(id, Yen.of(amount), !"succeeded".equals(status));
	}

	@Override
	public WebhookSignature webhookSignature() {
		return this.signature;
	}

	/** The checkout page's language: Stripe's {@code zh} is simplified Chinese. */
	static String locale(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ja", "en", "ko", "zh" -> locale.getLanguage();
			default -> "auto";
		};
	}

	private JsonNode post(String path, MultiValueMap<String, String> form, String idempotencyKey) {
		Answer last = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				last = this.client.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.accept(MediaType.APPLICATION_JSON)
					.header("Idempotency-Key", idempotencyKey)
					.body(form)
					.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
							StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
			}
			catch (ResourceAccessException ex) {
				log.warn("Payment provider: no answer to {} (attempt {} of {})", path, attempt, this.attempts, ex);
				last = null;
				continue;
			}
			if (last.status() >= 200 && last.status() < 300) {
				return read(last.body());
			}
			if (!last.retryable()) {
				JsonNode error = readOrEmpty(last.body()).path("error");
				throw new PaymentRefused(error.path("code").asString(error.path("type").asString("")),
						error.path("message").asString("HTTP " + last.status()));
			}
			log.warn("Payment provider: {} answered {} (attempt {} of {})", path, last.status(), attempt,
					this.attempts);
		}
		throw new PaymentProviderUnavailable("The payment provider did not take " + path + " after " + this.attempts
				+ " attempts" + ((last != null) ? " (HTTP " + last.status() + ")" : " (no answer)"));
	}

	private JsonNode read(String body) {
		JsonNode node = readOrEmpty(body);
		if (!node.isObject()) {
			throw new PaymentProviderUnavailable("The payment provider answered what is not JSON");
		}
		return node;
	}

	private JsonNode readOrEmpty(String body) {
		try {
			JsonNode node = this.json.readTree(body);
			return (node != null) ? node : this.json.createObjectNode();
		}
		catch (JacksonException ex) {
			return this.json.createObjectNode();
		}
	}

	/** An answer read whole, so the connection is given back before it is judged. */
	private record Answer(int status, String body) {

		boolean retryable() {
			return this.status >= 500 || this.status == 409 || this.status == 429;
		}

	}

}
