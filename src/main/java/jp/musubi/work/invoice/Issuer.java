package jp.musubi.work.invoice;

import java.util.Objects;
import java.util.Optional;

/**
 * Who invoices, as far as the amounts care: whether they are a registered qualified
 * invoice issuer, which lets the client deduct the consumption tax in full, and whether
 * the client must withhold income tax from the payment, which is so for individuals doing
 * the kinds of work {@link WorkCategory#withholdingApplies()} names.
 */
public record Issuer(Optional<RegistrationNumber> registrationNumber, boolean withholdingApplies) {

	public Issuer {
		Objects.requireNonNull(registrationNumber, "registrationNumber");
	}

	public static Issuer registered(RegistrationNumber registrationNumber) {
		return new Issuer(Optional.of(registrationNumber), false);
	}

	/**
	 * An issuer without a registration number, usually a sole proprietor exempt from
	 * consumption tax. Their invoice is not a qualified invoice.
	 */
	public static Issuer unregistered() {
		return new Issuer(Optional.empty(), false);
	}

	/** The same issuer, paid for work from which income tax is withheld. */
	public Issuer subjectToWithholding() {
		return new Issuer(this.registrationNumber, true);
	}

	/** Whether the invoice is a qualified invoice (適格請求書). */
	public boolean qualified() {
		return this.registrationNumber.isPresent();
	}

}
