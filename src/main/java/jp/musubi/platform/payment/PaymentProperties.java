package jp.musubi.platform.payment;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Musubi takes card payments. No provider by default: the shop then offers bank
 * transfer and cash on delivery only.
 *
 * @param provider the provider for checkouts: {@code development} (inside Musubi, for
 * trying the shop; never in production) or {@code stripe-style}; empty for none
 * @param webhookTolerance how far a webhook's signed time may be from the clock
 * @param stripeStyle the adapter for providers with Stripe's API
 * @param development the development provider
 */
@ConfigurationProperties("musubi.payments")
record PaymentProperties(@DefaultValue("") String provider, @DefaultValue("300s") Duration webhookTolerance,
		@DefaultValue StripeStyle stripeStyle, @DefaultValue Development development) {

	/**
	 * @param baseUrl the provider's API, without {@code /v1}
	 * @param secretKey the secret API key, sent as a bearer token
	 * @param webhookSecret the secret the provider signs webhooks with
	 * ({@code whsec_...})
	 * @param timeout how long one call may take, connecting and reading
	 * @param attempts how many times a call is sent when the provider fails or does not
	 * answer, each time with the same idempotency key
	 */
	record StripeStyle(@DefaultValue("https://api.stripe.com") URI baseUrl, @DefaultValue("") String secretKey,
			@DefaultValue("") String webhookSecret, @DefaultValue("10s") Duration timeout,
			@DefaultValue("2") int attempts) {

	}

	/**
	 * @param webhookSecret the secret its webhooks are signed with; empty for one made at
	 * start (its webhooks never leave the node that signs them)
	 */
	record Development(@DefaultValue("") String webhookSecret) {

	}

}
