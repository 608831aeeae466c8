package jp.musubi.platform.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.musubi.platform.money.Yen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider's webhooks as the provider sends them: no session, no form token, a signed
 * body. Each event is applied once; forgeries, stale signatures and garbage change
 * nothing.
 */

@RecordApplicationEvents
class PaymentWebhookTests extends DevelopmentProviderNode {

	private static final String WEBHOOK = "/api/v1/payments/webhooks/development";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Payments payments;

	@Test
	void aPaidCheckoutIsReceivedOnceHoweverOftenTheProviderSendsIt() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 12_800, "paid");

		send(event, sign(event)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("applied"));
		send(event, sign(event)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("already_seen"));

		assertThat(this.events.stream(PaymentReceived.class)).singleElement().satisfies((received) -> {
			assertThat(received.reference()).isEqualTo(order);
			assertThat(received.amount()).isEqualTo(Yen.of(12_800));
			assertThat(received.method()).isEqualTo(PaymentMethod.CARD);
			assertThat(received.providerPaymentId()).startsWith("pi_");
		});
	}

	@Test
	void twoCopiesOfAWebhookArrivingAtOnceAreAppliedOnce() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 7_700, "paid");
		String signature = sign(event);
		ExecutorService senders = Executors.newFixedThreadPool(4);
		try {
			List<Future<WebhookOutcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				outcomes.add(senders.submit(() -> this.payments.receive("development", event, signature)));
			}
			List<WebhookOutcome> answered = new ArrayList<>();
			for (Future<WebhookOutcome> outcome : outcomes) {
				answered.add(outcome.get());
			}

			assertThat(answered).containsOnlyOnce(WebhookOutcome.APPLIED)
				.containsOnly(WebhookOutcome.APPLIED, WebhookOutcome.ALREADY_SEEN);
		}
		finally {
			senders.shutdown();
		}
	}

	@Test
	void anExpiredCheckoutIsAFailedPayment() throws Exception {
		PaymentReference milestone = PaymentReference.of("work-milestone", UUID.randomUUID());
		String event = Events.session(Events.newId(), "checkout.session.expired", milestone, 50_000, "unpaid");

		send(event, sign(event)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("applied"));

		assertThat(this.events.stream(PaymentFailed.class)).singleElement().satisfies((failed) -> {
			assertThat(failed.reference()).isEqualTo(milestone);
			assertThat(failed.amount()).isEqualTo(Yen.of(50_000));
			assertThat(failed.reason()).isEqualTo(PaymentFailed.Reason.EXPIRED);
		});
		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	@Test
	void aDelayedMethodFailingIsADeclinedPayment() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.session(Events.newId(), "checkout.session.async_payment_failed", order, 3_000, "unpaid");

		send(event, sign(event)).andExpect(status().isOk());

		assertThat(this.events.stream(PaymentFailed.class)).singleElement()
			.satisfies((failed) -> assertThat(failed.reason()).isEqualTo(PaymentFailed.Reason.DECLINED));
	}

	@Test
	void aCheckoutCompletedButNotYetPaidPublishesNothing() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 3_000, "unpaid");

		send(event, sign(event)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("ignored"));

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
		assertThat(this.events.stream(PaymentFailed.class)).isEmpty();
	}

	@Test
	void aForgedWebhookIsRefusedAndChangesNothing() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 12_800, "paid");
		String forged = new WebhookSignature("whsec_guessed", this.clock).sign(event);

		refused(send(event, forged), "platform.payment.error.signatureForged");
		refused(send(event.replace("12800", "1"), sign(event)), "platform.payment.error.signatureForged");

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
		send(event, sign(event)).andExpect(jsonPath("$.outcome").value("applied"));
	}

	@Test
	void aWebhookSignedLongAgoOrAheadIsRefused() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 12_800, "paid");
		WebhookSignature provider = new WebhookSignature(SECRET, this.clock);

		refused(send(event, provider.sign(event, this.clock.instant().minus(Duration.ofMinutes(6)))),
				"platform.payment.error.signatureExpired");
		refused(send(event, provider.sign(event, this.clock.instant().plus(Duration.ofMinutes(6)))),
				"platform.payment.error.signatureFuture");

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	@Test
	void aWebhookWithoutASignatureOrWithGarbageIsRefused() throws Exception {
		String event = Events.completed(Events.newId(), PaymentReference.of("shop-order", UUID.randomUUID()), 100,
				"paid");

		refused(this.mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON).content(event)),
				"platform.payment.error.signatureMalformed");
		refused(send(event, "sha256=abcdef"), "platform.payment.error.signatureMalformed");
		refused(send("not json", sign("not json")), "platform.payment.error.payload");
		String dollars = event.replace("\"jpy\"", "\"usd\"");
		refused(send(dollars, sign(dollars)), "platform.payment.error.payload");

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	@Test
	void aProviderThatIsNotConfiguredHasNoWebhook() throws Exception {
		String event = Events.completed(Events.newId(), PaymentReference.of("shop-order", UUID.randomUUID()), 100,
				"paid");

		this.mvc
			.perform(post("/api/v1/payments/webhooks/stripe-style").contentType(MediaType.APPLICATION_JSON)
				.header("Stripe-Signature", sign(event))
				.content(event))
			.andExpect(status().isNotFound());
	}

	private String sign(String payload) {
		return new WebhookSignature(SECRET, this.clock).sign(payload);
	}

	private ResultActions send(String payload, String signature) throws Exception {
		return this.mvc.perform(post(WEBHOOK).contentType(MediaType.APPLICATION_JSON)
			.header("Stripe-Signature", signature)
			.content(payload));
	}

	private static void refused(ResultActions answer, String messageKey) throws Exception {
		answer.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].messageKey").value(messageKey));
	}

}
