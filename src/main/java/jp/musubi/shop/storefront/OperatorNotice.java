package jp.musubi.shop.storefront;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.refusal.FieldsRefused;

/**
 * The agent's notice as the operator of the shop (「特定商取引法に基づく表記」 of the shop itself): who
 * runs the place where producers sell, and under which registration it issues their
 * qualified invoices. There is one; the agent's staff keep it.
 */
@Entity
@Table(name = "shop_operator_notice")
public class OperatorNotice {

	/** The one row there is. */
	static final short ID = 1;

	@Id
	private short id;

	@Embedded
	private SellerNotice notice;

	@Column(name = "invoice_number")
	private String invoiceNumber;

	@Column(name = "invoice_corporate", nullable = false)
	private boolean invoiceCorporate;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** A wrapper, so that a new one with its id already given is saved as new. */
	@Version
	private Long version;

	protected OperatorNotice() {
	}

	OperatorNotice(OperatorTerms terms, Instant now) {
		this.id = ID;
		change(terms, now);
	}

	/**
	 * Takes the terms whole, or nothing of them.
	 * @throws FieldsRefused with every rule the terms break
	 */
	final void change(OperatorTerms terms, Instant now) {
		FieldsRefused.throwIfAny(terms.refusals());
		this.notice = terms.notice();
		this.invoiceNumber = (terms.invoice() != null) ? terms.invoice().number() : null;
		this.invoiceCorporate = terms.invoice() != null && terms.invoice().corporate();
		this.updatedAt = now;
	}

	public SellerNotice notice() {
		return (this.notice != null) ? this.notice : SellerNotice.EMPTY;
	}

	public Optional<InvoiceRegistration> invoice() {
		return InvoiceRegistration.of(this.invoiceNumber, this.invoiceCorporate);
	}

	public OperatorTerms terms() {
		return new OperatorTerms(notice(), invoice().orElse(null));
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

}
