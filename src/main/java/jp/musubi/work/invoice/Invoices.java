package jp.musubi.work.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Milestone;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices, issued when the client accepts a milestone: the member bills the client for
 * it, at the standard consumption tax rate, with income tax withheld where the law says
 * so. The member, the client's people and the agent may read an invoice; nobody else.
 */
@Service
public class Invoices {

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final WorkAccess access;

	private final Clock clock;

	Invoices(InvoiceRepository invoices, PaymentRepository payments, WorkAccess access, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.access = access;
		this.clock = clock;
	}

	/** Issues the invoice for an accepted milestone, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Invoice issue(Contract contract, Milestone milestone, Optional<RegistrationNumber> registrationNumber,
			LocalDate dueDate) {
		LocalDate today = Dates.today(this.clock);
		String number = "MSB-" + Year.from(today) + "-" + String.format("%06d", this.invoices.nextNumber());
		Invoice invoice = new Invoice(number,
				new Invoice.Billing(contract.id(), milestone.id(), contract.memberId(), contract.memberName(),
						registrationNumber, contract.clientOrganisationId(), contract.clientName(),
						contract.category()),
				List.of(new InvoiceLine(milestone.title(), 1, milestone.amount(), ConsumptionTaxRate.STANDARD)), today,
				dueDate, this.clock.instant());
		return this.invoices.save(invoice);
	}

	/** The invoice for its issuer, the client's people and the agent. */
	@Transactional(readOnly = true)
	public Invoice view(CurrentUser user, UUID invoiceId) {
		Invoice invoice = find(invoiceId);
		if (!invoice.issuerId().equals(user.accountId())) {
			this.access.requireClientOrAgent(user, invoice.recipientOrganisationId());
		}
		return invoice;
	}

	/** The invoice for the token of the organisation it is addressed to. */
	@Transactional(readOnly = true)
	public Invoice view(ApiClient client, UUID invoiceId) {
		Invoice invoice = find(invoiceId);
		this.access.requireOwnOrganisation(client, invoice.recipientOrganisationId());
		return invoice;
	}

	private Invoice find(UUID invoiceId) {
		return this.invoices.findById(invoiceId).orElseThrow(() -> new NotFound("invoice", invoiceId));
	}

	@Transactional(readOnly = true)
	public List<Invoice> ofContract(UUID contractId) {
		return this.invoices.findByContractIdOrderByIssuedOn(contractId);
	}

	@Transactional(readOnly = true)
	public List<Payment> payments(UUID invoiceId) {
		return this.payments.findByInvoiceIdOrderByPaidOn(invoiceId);
	}

}
