package jp.musubi.work.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * The invoice for an accepted milestone, from the member to the client. With the member's
 * registration number it is a qualified invoice (適格請求書, 消費税法 第57条の4): issuer and number,
 * date, what was done, amounts and tax per rate, recipient. Without one it is a plain
 * invoice and says so. Its figures are fixed when it is issued; later changes to profiles
 * do not touch it.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String number;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "milestone_id", nullable = false)
	private UUID milestoneId;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "issuer_id", nullable = false)
	private UUID issuerId;

	@Column(name = "issuer_name", nullable = false)
	private String issuerName;

	@Column(name = "registration_number")
	private String registrationNumber;

	@Column(name = "recipient_organisation_id", nullable = false)
	private UUID recipientOrganisationId;

	@Column(name = "recipient_name", nullable = false)
	private String recipientName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkCategory category;

	@Column(name = "withholding_applies", nullable = false)
	private boolean withholdingApplies;

	@Column(name = "subtotal_standard", nullable = false)
	private Yen subtotalStandard;

	@Column(name = "tax_standard", nullable = false)
	private Yen taxStandard;

	@Column(name = "subtotal_reduced", nullable = false)
	private Yen subtotalReduced;

	@Column(name = "tax_reduced", nullable = false)
	private Yen taxReduced;

	@Column(nullable = false)
	private Yen total;

	@Column(nullable = false)
	private Yen withholding;

	@Column(name = "net_payment", nullable = false)
	private Yen netPayment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "settled_on")
	private LocalDate settledOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
	@OrderColumn(name = "position")
	private List<Line> lines = new ArrayList<>();

	protected Invoice() {
	}

	Invoice(String number, Billing billing, List<InvoiceLine> lines, LocalDate issuedOn, LocalDate dueDate,
			Instant createdAt) {
		Issuer issuer = billing.registrationNumber().map(Issuer::registered).orElseGet(Issuer::unregistered);
		if (billing.category().withholdingApplies()) {
			issuer = issuer.subjectToWithholding();
		}
		InvoiceAmounts amounts = InvoiceAmounts.of(lines, issuer);
		this.id = UUID.randomUUID();
		this.number = number;
		this.contractId = billing.contractId();
		this.milestoneId = billing.milestoneId();
		this.issuedOn = issuedOn;
		this.dueDate = dueDate;
		this.issuerId = billing.issuerId();
		this.issuerName = billing.issuerName();
		this.registrationNumber = billing.registrationNumber().map(RegistrationNumber::value).orElse(null);
		this.recipientOrganisationId = billing.recipientOrganisationId();
		this.recipientName = billing.recipientName();
		this.category = billing.category();
		this.withholdingApplies = issuer.withholdingApplies();
		this.subtotalStandard = amounts.forRate(ConsumptionTaxRate.STANDARD)
			.map(RateSubtotal::subtotal)
			.orElse(Yen.ZERO);
		this.taxStandard = amounts.forRate(ConsumptionTaxRate.STANDARD).map(RateSubtotal::tax).orElse(Yen.ZERO);
		this.subtotalReduced = amounts.forRate(ConsumptionTaxRate.REDUCED).map(RateSubtotal::subtotal).orElse(Yen.ZERO);
		this.taxReduced = amounts.forRate(ConsumptionTaxRate.REDUCED).map(RateSubtotal::tax).orElse(Yen.ZERO);
		this.total = amounts.totalIncludingTax();
		this.withholding = amounts.withholding();
		this.netPayment = amounts.payment();
		this.createdAt = createdAt;
		lines.forEach((line) -> this.lines.add(new Line(line)));
	}

	/** Whether it is a qualified invoice, that is whether the issuer is registered. */
	public boolean qualified() {
		return this.registrationNumber != null;
	}

	public UUID id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public UUID contractId() {
		return this.contractId;
	}

	public UUID milestoneId() {
		return this.milestoneId;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public UUID issuerId() {
		return this.issuerId;
	}

	public String issuerName() {
		return this.issuerName;
	}

	public Optional<String> registrationNumber() {
		return Optional.ofNullable(this.registrationNumber);
	}

	public UUID recipientOrganisationId() {
		return this.recipientOrganisationId;
	}

	public String recipientName() {
		return this.recipientName;
	}

	public WorkCategory category() {
		return this.category;
	}

	public boolean withholdingApplies() {
		return this.withholdingApplies;
	}

	public Yen subtotalStandard() {
		return this.subtotalStandard;
	}

	public Yen taxStandard() {
		return this.taxStandard;
	}

	public Yen subtotalReduced() {
		return this.subtotalReduced;
	}

	public Yen taxReduced() {
		return this.taxReduced;
	}

	public Yen totalExcludingTax() {
		return this.subtotalStandard.plus(this.subtotalReduced);
	}

	public Yen consumptionTax() {
		return this.taxStandard.plus(this.taxReduced);
	}

	public Yen total() {
		return this.total;
	}

	public Yen withholding() {
		return this.withholding;
	}

	public Yen netPayment() {
		return this.netPayment;
	}

	/** The day the last payment made it whole; empty while something is open. */
	public Optional<LocalDate> settledOn() {
		return Optional.ofNullable(this.settledOn);
	}

	void settle(LocalDate paidOn) {
		this.settledOn = paidOn;
	}

	public List<Line> lines() {
		return List.copyOf(this.lines);
	}

	/**
	 * Who bills whom for what: everything an invoice needs besides its lines and dates.
	 */
	public record Billing(UUID contractId, UUID milestoneId, UUID issuerId, String issuerName,
			Optional<RegistrationNumber> registrationNumber, UUID recipientOrganisationId, String recipientName,
			WorkCategory category) {

	}

	/** A line of the invoice as issued. */
	@Embeddable
	public static class Line {

		@Column(nullable = false)
		private String description;

		@Column(nullable = false)
		private int quantity;

		@Column(name = "unit_price", nullable = false)
		private Yen unitPrice;

		@Enumerated(EnumType.STRING)
		@Column(name = "tax_rate", nullable = false)
		private ConsumptionTaxRate taxRate;

		protected Line() {
		}

		Line(InvoiceLine line) {
			this.description = line.description();
			this.quantity = Math.toIntExact(line.quantity());
			this.unitPrice = line.unitPrice();
			this.taxRate = line.taxRate();
		}

		public String description() {
			return this.description;
		}

		public int quantity() {
			return this.quantity;
		}

		public Yen unitPrice() {
			return this.unitPrice;
		}

		public ConsumptionTaxRate taxRate() {
			return this.taxRate;
		}

		public Yen amount() {
			return this.unitPrice.times(this.quantity);
		}

	}

}
