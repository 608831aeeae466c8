package jp.musubi.platform.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a payment is for, as the caller names it: its purpose (a kind of thing the caller
 * owns, such as {@code shop-order} or {@code work-milestone}) and the thing's id.
 * Payments know nothing more of it; a provider carries its {@link #text() short form}
 * through the checkout and back in its webhooks, so the outcome finds its way to the
 * caller.
 *
 * @param purpose lower-case letters, digits and hyphens, starting with a letter, at most
 * 40 characters
 * @param id the id of the thing paid for
 */
public record PaymentReference(String purpose, UUID id) {

	private static final String PURPOSE = "[a-z][a-z0-9-]{0,39}";

	private static final Pattern PURPOSE_ONLY = Pattern.compile(PURPOSE);

	private static final Pattern TEXT = Pattern.compile("(" + PURPOSE + "):([0-9a-fA-F-]{36})");

	public PaymentReference {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(id, "id");
		if (!PURPOSE_ONLY.matcher(purpose).matches()) {
			throw new IllegalArgumentException("A payment's purpose is a short lower-case name, not " + purpose);
		}
	}

	public static PaymentReference of(String purpose, UUID id) {
		return new PaymentReference(purpose, id);
	}

	/**
	 * The reference read back from its {@link #text() short form}; empty for anything
	 * else, as a provider's event may carry what another system put there.
	 */
	public static Optional<PaymentReference> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			UUID id = UUID.fromString(matcher.group(2));
			if (!id.toString().equalsIgnoreCase(matcher.group(2))) {
				return Optional.empty();
			}
			return Optional.of(new PaymentReference(matcher.group(1), id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The short form a provider keeps with a checkout (Stripe's
	 * {@code client_reference_id} takes up to 200 characters; this is at most 77):
	 * {@code shop-order:6f1c...}.
	 */
	public String text() {
		return this.purpose + ":" + this.id;
	}

	@Override
	public String toString() {
		return text();
	}

}
