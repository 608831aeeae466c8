package jp.musubi.platform.payment;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import jp.musubi.platform.money.Yen;

/**
 * What a caller asks a provider's hosted checkout to take: an amount for a reference, the
 * line the payer sees, where to send the payer back after paying or turning back, and the
 * payer's language.
 *
 * @param reference what the payment is for
 * @param amount at least one yen (the yen has no smaller unit, so providers take it as it
 * is)
 * @param description what the payer sees they pay for, in their language
 * @param returnTo where the payer goes after paying: an absolute address of Musubi
 * @param cancelTo where the payer goes when they turn back without paying
 * @param idempotencyKey the caller's name for this one attempt to take the money, sent
 * with every call about it: a retried call (a timeout, a double click) makes one checkout
 * at the provider, never two; at most 255 characters, as Stripe takes
 * @param locale the payer's language for the provider's pages
 */
public record CheckoutRequest(PaymentReference reference, Yen amount, String description, URI returnTo, URI cancelTo,
		String idempotencyKey, Locale locale) {

	static final int LONGEST_KEY = 255;

	static final int LONGEST_DESCRIPTION = 500;

	public CheckoutRequest {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(locale, "locale");
		if (amount.amount() < 1) {
			throw new IllegalArgumentException("A checkout takes at least one yen, not " + amount);
		}
		if (description == null || description.isBlank() || description.length() > LONGEST_DESCRIPTION) {
			throw new IllegalArgumentException("A checkout needs a description of up to 500 characters");
		}
		requireAbsolute(returnTo, "returnTo");
		requireAbsolute(cancelTo, "cancelTo");
		requireKey(idempotencyKey);
	}

	static void requireAbsolute(URI address, String name) {
		if (address == null || !address.isAbsolute()
				|| !("https".equals(address.getScheme()) || "http".equals(address.getScheme()))) {
			throw new IllegalArgumentException(name + " must be an absolute http(s) address, not " + address);
		}
	}

	static void requireKey(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > LONGEST_KEY) {
			throw new IllegalArgumentException("An idempotency key of 1 to 255 characters is needed");
		}
	}

}
