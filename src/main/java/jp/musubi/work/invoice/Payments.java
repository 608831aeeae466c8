package jp.musubi.work.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's record of what was paid, and the dashboard of what is owed: the open
 * invoices with what is still open on each, those longest unpaid first.
 */
@Service
public class Payments {

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final WorkAccess access;

	private final Clock clock;

	Payments(InvoiceRepository invoices, PaymentRepository payments, WorkAccess access, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records a payment.
	 * @throws InputRefused when the amount is not positive or more than is open, or the
	 * date is in the future or before the invoice
	 */
	@Transactional
	public Payment record(CurrentUser agent, UUID invoiceId, LocalDate paidOn, Yen amount) {
		this.access.requireAgentStaff(agent);
		// Locked, so that two people recording at once cannot pay more than is open.
		Invoice invoice = this.invoices.findLocked(invoiceId).orElseThrow(() -> new NotFound("invoice", invoiceId));
		Yen open = open(invoice, paid(invoiceId));
		if (amount == null || !amount.isGreaterThan(Yen.ZERO)) {
			throw new InputRefused("amount", "work.payment.error.amount");
		}
		if (amount.isGreaterThan(open)) {
			throw new InputRefused("amount", "work.payment.error.tooMuch");
		}
		if (paidOn == null || paidOn.isAfter(today()) || paidOn.isBefore(invoice.issuedOn())) {
			throw new InputRefused("paidOn", "work.payment.error.date");
		}
		Payment payment = this.payments
			.save(new Payment(invoiceId, paidOn, amount, agent.accountId(), this.clock.instant()));
		if (amount.equals(open)) {
			invoice.settle(paidOn);
		}
		return payment;
	}

	/**
	 * A page of invoices with what is paid and open: the open ones, longest overdue
	 * first, or all of them, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Owed> dashboard(CurrentUser agent, boolean openOnly, Pageable pageable) {
		this.access.requireAgentStaff(agent);
		Page<Invoice> page = openOnly ? this.invoices.findBySettledOnIsNullOrderByDueDateAscNumberAsc(pageable)
				: this.invoices.findAllByOrderByIssuedOnDescNumberDesc(pageable);
		Map<UUID, Yen> paid = this.payments.findByInvoiceIdIn(page.map(Invoice::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Payment::invoiceId,
					Collectors.reducing(Yen.ZERO, Payment::amount, Yen::plus)));
		LocalDate today = today();
		return page.map((invoice) -> {
			Yen settled = paid.getOrDefault(invoice.id(), Yen.ZERO);
			Yen open = open(invoice, settled);
			return new Owed(invoice, settled, open, !open.isZero() && invoice.dueDate().isBefore(today));
		});
	}

	/** How many invoices are open past their due date. */
	@Transactional(readOnly = true)
	public long overdue(CurrentUser agent) {
		this.access.requireAgentStaff(agent);
		return this.invoices.countBySettledOnIsNullAndDueDateBefore(today());
	}

	/** Where one invoice stands: paid so far, still open, overdue or not. */
	@Transactional(readOnly = true)
	public Owed standing(Invoice invoice) {
		Yen settled = paid(invoice.id());
		Yen open = open(invoice, settled);
		return new Owed(invoice, settled, open, !open.isZero() && invoice.dueDate().isBefore(today()));
	}

	/** What has been paid on the invoice so far. */
	@Transactional(readOnly = true)
	public Yen paid(UUID invoiceId) {
		return this.payments.findByInvoiceIdOrderByPaidOn(invoiceId)
			.stream()
			.map(Payment::amount)
			.reduce(Yen.ZERO, Yen::plus);
	}

	private static Yen open(Invoice invoice, Yen paid) {
		Yen open = invoice.netPayment().minus(paid);
		return open.isNegative() ? Yen.ZERO : open;
	}

	private LocalDate today() {
		return Dates.today(this.clock);
	}

	/**
	 * An invoice on the dashboard: paid so far, still open, and whether it is overdue.
	 */
	public record Owed(Invoice invoice, Yen paid, Yen open, boolean overdue) {

		public boolean settled() {
			return this.open.isZero();
		}

	}

}
