package jp.musubi.platform.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jp.musubi.platform.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The adapter against a provider played by WireMock as Stripe's API answers: what is sent
 * (form fields, the key, the idempotency key), and what each kind of answer becomes for
 * the caller.
 */
class StripeStyleProviderTests {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final PaymentReference ORDER = PaymentReference.of("shop-order",
			UUID.fromString("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b"));

	private static final String SESSIONS = "/v1/checkout/sessions";

	private static final String SESSION = """
			{"id":"cs_test_a1","object":"checkout.session","url":"https://checkout.example/c/pay/cs_test_a1"}""";

	@Test
	void aCheckoutIsAFormEncodedSessionWithTheSecretKeyAndTheIdempotencyKey() {
		provider.stubFor(post(SESSIONS).willReturn(okJson(SESSION)));

		HostedCheckout checkout = adapter(2).start(checkout("order-1-attempt-1"));

		assertThat(checkout)
			.isEqualTo(new HostedCheckout("cs_test_a1", URI.create("https://checkout.example/c/pay/cs_test_a1")));
		provider.verify(1,
				postRequestedFor(urlPathEqualTo(SESSIONS)).withHeader("Authorization", equalTo("Bearer sk_test_musubi"))
					.withHeader("Idempotency-Key", equalTo("order-1-attempt-1"))
					.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
					.withFormParam("mode", equalTo("payment"))
					.withFormParam("client_reference_id", equalTo("shop-order:6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b"))
					.withFormParam("metadata[reference]", equalTo("shop-order:6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b"))
					.withFormParam("line_items[0][price_data][currency]", equalTo("jpy"))
					.withFormParam("line_items[0][price_data][unit_amount]", equalTo("12800"))
					.withFormParam("line_items[0][price_data][product_data][name]", equalTo("コシヒカリ 5kg ほか2点"))
					.withFormParam("line_items[0][quantity]", equalTo("1"))
					.withFormParam("success_url", equalTo("https://musubi.example.jp/shop/orders/1/paid"))
					.withFormParam("cancel_url", equalTo("https://musubi.example.jp/shop/orders/1/confirm"))
					.withFormParam("locale", equalTo("ja")));
	}

	@Test
	void aRefusalOfTheProviderIsAClearRefusalAndIsNotSentAgain() {
		provider.stubFor(post(SESSIONS)
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"type":"invalid_request_error","code":"amount_too_small",\
					"message":"Amount must be at least ¥50 jpy"}}""")));

		assertThatExceptionOfType(PaymentRefused.class).isThrownBy(() -> adapter(3).start(checkout("order-2")))
			.satisfies((refused) -> {
				assertThat(refused.providerCode()).isEqualTo("amount_too_small");
				assertThat(refused.messageKey()).isEqualTo("platform.payment.error.refused");
				assertThat(refused.arguments()).containsExactly("Amount must be at least ¥50 jpy");
			});
		provider.verify(1, postRequestedFor(urlPathEqualTo(SESSIONS)));
	}

	@Test
	void aFailureOfTheProviderIsSentAgainWithTheSameIdempotencyKey() {
		provider.stubFor(post(SESSIONS).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"type\":\"api_error\"}}"))
			.willSetStateTo("recovered"));
		provider
			.stubFor(post(SESSIONS).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(SESSION)));

		HostedCheckout checkout = adapter(2).start(checkout("order-3-attempt-1"));

		assertThat(checkout.sessionId()).isEqualTo("cs_test_a1");
		provider.verify(2,
				postRequestedFor(urlPathEqualTo(SESSIONS)).withHeader("Idempotency-Key", equalTo("order-3-attempt-1")));
		assertThat(provider.findAll(postRequestedFor(urlPathEqualTo(SESSIONS))))
			.extracting((request) -> request.getBodyAsString())
			.containsOnly(provider.findAll(postRequestedFor(urlPathEqualTo(SESSIONS))).get(0).getBodyAsString());
	}

	@Test
	void aProviderThatKeepsFailingIsARetryableFailure() {
		provider.stubFor(post(SESSIONS).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(PaymentProviderUnavailable.class)
			.isThrownBy(() -> adapter(2).start(checkout("order-4")));
		provider.verify(2,
				postRequestedFor(urlPathEqualTo(SESSIONS)).withHeader("Idempotency-Key", equalTo("order-4")));
	}

	@Test
	void tooManyRequestsIsARetryableFailureNotARefusal() {
		provider.stubFor(post(SESSIONS).willReturn(aResponse().withStatus(429)
			.withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\"}}")));

		assertThatExceptionOfType(PaymentProviderUnavailable.class)
			.isThrownBy(() -> adapter(1).start(checkout("order-5")));
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsARetryableFailure() {
		provider.stubFor(post(SESSIONS).willReturn(okJson(SESSION).withFixedDelay(2_000)));

		assertThatExceptionOfType(PaymentProviderUnavailable.class)
			.isThrownBy(() -> adapter(2, Duration.ofMillis(200)).start(checkout("order-6")));
		provider.verify(2,
				postRequestedFor(urlPathEqualTo(SESSIONS)).withHeader("Idempotency-Key", equalTo("order-6")));
	}

	@Test
	void aRefundNamesThePaymentAndItsAmountWithItsOwnKey() {
		provider.stubFor(post("/v1/refunds").willReturn(okJson("""
				{"id":"re_1","object":"refund","amount":1000,"currency":"jpy","status":"pending"}""")));

		Refund refund = adapter(2).refund(new RefundRequest(ORDER, "pi_3abc", Yen.of(1_000), "refund-order-1"));

		assertThat(refund).isEqualTo(new Refund("re_1", Yen.of(1_000), true));
		provider.verify(1,
				postRequestedFor(urlPathEqualTo("/v1/refunds"))
					.withHeader("Authorization", equalTo("Bearer sk_test_musubi"))
					.withHeader("Idempotency-Key", equalTo("refund-order-1"))
					.withFormParam("payment_intent", equalTo("pi_3abc"))
					.withFormParam("amount", equalTo("1000")));
	}

	@Test
	void aRefundOfMoreThanWasPaidIsRefused() {
		provider.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(400).withBody("""
				{"error":{"type":"invalid_request_error","code":"charge_exceeds_source_limit",\
				"message":"Refund amount is greater than unrefunded amount on charge"}}""")));

		assertThatExceptionOfType(PaymentRefused.class)
			.isThrownBy(() -> adapter(2).refund(new RefundRequest(ORDER, "pi_3abc", Yen.of(99_999), "refund-2")))
			.satisfies((refused) -> assertThat(refused.providerCode()).isEqualTo("charge_exceeds_source_limit"));
	}

	@Test
	void webhooksAreCheckedWithTheConfiguredSecretAndTheAdapterNeedsBothSecrets() {
		StripeStyleProvider adapter = adapter(1);
		String payload = "{\"id\":\"evt_1\"}";

		adapter.webhookSignature()
			.verify(payload, new WebhookSignature("whsec_musubi", Clock.systemUTC()).sign(payload));
		assertThatIllegalStateException().isThrownBy(
				() -> new StripeStyleProvider(
						new PaymentProperties.StripeStyle(URI.create(provider.baseUrl()), "", "whsec_musubi",
								Duration.ofSeconds(1), 1),
						Duration.ofMinutes(5), Clock.systemUTC(), JsonMapper.shared()));
	}

	@Test
	void theCheckoutSpeaksThePayersLanguageWhereTheProviderDoes() {
		assertThat(StripeStyleProvider.locale(Locale.JAPANESE)).isEqualTo("ja");
		assertThat(StripeStyleProvider.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh");
		assertThat(StripeStyleProvider.locale(Locale.KOREAN)).isEqualTo("ko");
		assertThat(StripeStyleProvider.locale(Locale.forLanguageTag("th"))).isEqualTo("auto");
	}

	private static StripeStyleProvider adapter(int attempts) {
		return adapter(attempts, Duration.ofSeconds(5));
	}

	private static StripeStyleProvider adapter(int attempts, Duration timeout) {
		return new StripeStyleProvider(new PaymentProperties.StripeStyle(URI.create(provider.baseUrl()),
				"sk_test_musubi", "whsec_musubi", timeout, attempts), Duration.ofMinutes(5), Clock.systemUTC(),
				JsonMapper.shared());
	}

	private static CheckoutRequest checkout(String key) {
		return new CheckoutRequest(ORDER, Yen.of(12_800), "コシヒカリ 5kg ほか2点",
				URI.create("https://musubi.example.jp/shop/orders/1/paid"),
				URI.create("https://musubi.example.jp/shop/orders/1/confirm"), key, Locale.JAPANESE);
	}

}
