package jp.musubi.platform.payment;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import jp.musubi.support.Page;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development provider as a payer meets it: a checkout page inside Musubi with the
 * amount and what it is for, where paying or not becomes the signed webhook a real
 * provider would send.
 */

@RecordApplicationEvents
class DevelopmentProviderTests extends DevelopmentProviderNode {

	private static final URI PAID = URI.create("http://localhost/shop/orders/1/paid");

	private static final URI CANCELLED = URI.create("http://localhost/shop/orders/1/confirm");

	@Autowired
	Payments payments;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	HeardPayments listener;

	@Autowired
	EventSerializer serializer;

	@Test
	void aGuestSeesWhatTheyPayForAndTwoChoices() throws Exception {
		HostedCheckout checkout = this.payments.checkout(request(PaymentReference.of("shop-order", UUID.randomUUID()),
				Yen.of(12_800), "key-" + UUID.randomUUID()));

		assertThat(checkout.redirectTo().toString()).isEqualTo("/payments/development/" + checkout.sessionId());
		Document page = Page.of(this.mvc.perform(get(checkout.redirectTo())).andExpect(status().isOk())).document();
		assertThat(page.select("[data-test=description]").text()).isEqualTo("コシヒカリ 5kg ほか2点");
		assertThat(page.select("[data-test=amount]").text()).isEqualTo("12,800円");
		assertThat(page.select("main form button").eachText()).containsExactly("支払う", "支払わない");
		assertThat(this.payments.takesCards()).isTrue();
	}

	@Test
	void payingSendsThePayerBackAndTheMoneyIsReceivedOnce() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		HostedCheckout checkout = this.payments.checkout(request(order, Yen.of(3_000), "key-" + UUID.randomUUID()));

		this.mvc.perform(post(checkout.redirectTo() + "/pay").with(csrf())).andExpect(redirectedUrl(PAID.toString()));
		this.mvc.perform(post(checkout.redirectTo() + "/pay").with(csrf())).andExpect(redirectedUrl(PAID.toString()));
		this.mvc.perform(post(checkout.redirectTo() + "/turn-back").with(csrf()))
			.andExpect(redirectedUrl(CANCELLED.toString()));

		assertThat(this.events.stream(PaymentReceived.class)).singleElement().satisfies((received) -> {
			assertThat(received.reference()).isEqualTo(order);
			assertThat(received.amount()).isEqualTo(Yen.of(3_000));
			assertThat(received.method()).isEqualTo(PaymentMethod.CARD);
		});
		assertThat(this.events.stream(PaymentFailed.class)).isEmpty();
	}

	@Test
	void aCallersModuleListenerHearsOfThePaymentAfterItIsKept() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		HostedCheckout paid = this.payments.checkout(request(order, Yen.of(4_200), "key-" + UUID.randomUUID()));
		PaymentReference other = PaymentReference.of("shop-order", UUID.randomUUID());
		HostedCheckout left = this.payments.checkout(request(other, Yen.of(900), "key-" + UUID.randomUUID()));

		this.mvc.perform(post(paid.redirectTo() + "/pay").with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(left.redirectTo() + "/turn-back").with(csrf())).andExpect(status().is3xxRedirection());

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.listener.heard())
				.anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(PaymentReceived.class, (received) -> {
					assertThat(received.reference()).isEqualTo(order);
					assertThat(received.amount()).isEqualTo(Yen.of(4_200));
				}))
				.anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(PaymentFailed.class,
						(failed) -> assertThat(failed.reference()).isEqualTo(other))));
	}

	@Test
	void theEventsReadBackAsTheyWereStoredForARestart() {
		PaymentReceived received = new PaymentReceived(PaymentReference.of("shop-order", UUID.randomUUID()),
				Yen.of(4_200), PaymentMethod.BANK_TRANSFER, "zengin:1", Instant.parse("2026-12-06T15:00:00Z"));
		PaymentFailed failed = new PaymentFailed(PaymentReference.of("work-milestone", UUID.randomUUID()), Yen.of(900),
				PaymentFailed.Reason.EXPIRED, Instant.parse("2026-12-06T15:00:00Z"));

		assertThat(this.serializer.deserialize(this.serializer.serialize(received), PaymentReceived.class))
			.isEqualTo(received);
		assertThat(this.serializer.deserialize(this.serializer.serialize(failed), PaymentFailed.class))
			.isEqualTo(failed);
	}

	@Test
	void notPayingSendsThePayerToTheCancelAddressAndTheCheckoutExpires() throws Exception {
		PaymentReference milestone = PaymentReference.of("work-milestone", UUID.randomUUID());
		HostedCheckout checkout = this.payments
			.checkout(request(milestone, Yen.of(50_000), "key-" + UUID.randomUUID()));

		this.mvc.perform(post(checkout.redirectTo() + "/turn-back").with(csrf()))
			.andExpect(redirectedUrl(CANCELLED.toString()));

		assertThat(this.events.stream(PaymentFailed.class)).singleElement().satisfies((failed) -> {
			assertThat(failed.reference()).isEqualTo(milestone);
			assertThat(failed.reason()).isEqualTo(PaymentFailed.Reason.EXPIRED);
		});
		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	@Test
	void aRetriedCheckoutWithTheSameKeyIsTheSameCheckout() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String key = "key-" + UUID.randomUUID();

		HostedCheckout first = this.payments.checkout(request(order, Yen.of(3_000), key));
		HostedCheckout again = this.payments.checkout(request(order, Yen.of(3_000), key));

		assertThat(again).isEqualTo(first);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.payments.checkout(request(order, Yen.of(2_000), key)));
	}

	@Test
	void aPageForNoCheckoutIsNotFoundAndAFormWithoutItsTokenIsRefused() throws Exception {
		HostedCheckout checkout = this.payments.checkout(request(PaymentReference.of("shop-order", UUID.randomUUID()),
				Yen.of(3_000), "key-" + UUID.randomUUID()));

		this.mvc.perform(get("/payments/development/cs_dev_unknown")).andExpect(status().isNotFound());
		this.mvc.perform(post("/payments/development/cs_dev_unknown/pay").with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(checkout.redirectTo() + "/pay")).andExpect(status().isForbidden());

		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	@Test
	void aRefundIsAcceptedOnceUnderOneIdPerKey() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		RefundRequest refund = new RefundRequest(order, "pi_dev_1", Yen.of(1_000), "refund-" + order.id());

		Refund first = this.payments.refund(refund);

		assertThat(this.payments.refund(refund)).isEqualTo(first);
		assertThat(first.amount()).isEqualTo(Yen.of(1_000));
	}

	private static CheckoutRequest request(PaymentReference reference, Yen amount, String key) {
		return new CheckoutRequest(reference, amount, "コシヒカリ 5kg ほか2点", PAID, CANCELLED, key, Locale.JAPANESE);
	}

}
