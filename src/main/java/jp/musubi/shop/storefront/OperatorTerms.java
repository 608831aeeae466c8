package jp.musubi.shop.storefront;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The agent's own notice as the shop's operator: the same items a seller shows, every one
 * of them required, and the registration under which it issues qualified invoices for the
 * producers (媒介者交付特例).
 *
 * @param invoice {@code null} when the agent is not registered
 */
public record OperatorTerms(SellerNotice notice, InvoiceRegistration invoice) {

	public OperatorTerms {
		notice = (notice != null) ? notice : SellerNotice.EMPTY;
		invoice = (invoice != null && invoice.number() != null) ? invoice : null;
	}

	/** What is wrong, field by field; every item of the notice is required. */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>(this.notice.refusalsWhole("notice."));
		if (this.invoice != null) {
			this.invoice.judge("invoice.number", refusals);
		}
		return refusals;
	}

}
