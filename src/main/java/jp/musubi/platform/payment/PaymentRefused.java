package jp.musubi.platform.payment;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The provider refused a request for a reason that will not pass by trying again (an
 * amount below its minimum, a refund of more than was paid, a declined card): the caller
 * shows the reason, and the provider's own words are kept as the message's argument for
 * whoever looks into it.
 */
public class PaymentRefused extends InputRefused {

	private final String providerCode;

	public PaymentRefused(String providerCode, String providerMessage) {
		super("payment", "platform.payment.error.refused", (providerMessage != null) ? providerMessage : "");
		this.providerCode = (providerCode != null) ? providerCode : "";
	}

	/** The provider's code for the refusal ({@code amount_too_small}), empty if none. */
	public String providerCode() {
		return this.providerCode;
	}

}
