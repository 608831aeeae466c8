package jp.musubi.work.invoice.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PdfResponse;
import jp.musubi.work.contract.web.Party;
import jp.musubi.work.invoice.Invoice;
import jp.musubi.work.invoice.InvoiceDocument;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.invoice.Payment;
import jp.musubi.work.invoice.Payments;
import jp.musubi.work.request.web.Caller;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices through the API, for the member who issued one, the client organisation it is
 * addressed to (people and token) and the agent's staff: the figures of a qualified
 * invoice, the income tax withheld, and what has been paid, also as the PDF the page
 * gives. The agent's staff follow what is owed and record payments, in person.
 */
@RestController
@WorkApi
@Tag(name = "work")
class InvoicesApi {

	private final Invoices invoices;

	private final Payments payments;

	private final InvoiceDocument document;

	private final MessageSource messages;

	InvoicesApi(Invoices invoices, Payments payments, InvoiceDocument document, MessageSource messages) {
		this.invoices = invoices;
		this.payments = payments;
		this.document = document;
		this.messages = messages;
	}

	@GetMapping("/api/v1/work/invoices/{id}")
	@Operation(summary = "One invoice with its lines, tax per rate, withholding, net payment and what is paid, "
			+ "for its issuer, its client and the agent's staff (403 otherwise)")
	InvoiceView one(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		Invoice invoice = (authentication.getPrincipal() instanceof ApiClient client) ? this.invoices.view(client, id)
				: this.invoices.view(Caller.person(authentication), id);
		return InvoiceView.of(invoice, this.payments.standing(invoice), Wording.of(this.messages, http));
	}

	@GetMapping("/api/v1/work/invoices/{id}.pdf")
	@Operation(summary = "The invoice as the same PDF its page gives, in the caller's language: its issuer, its "
			+ "client (people or token) and the agent's staff (403 otherwise)")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		Invoice invoice = (authentication.getPrincipal() instanceof ApiClient client) ? this.invoices.view(client, id)
				: this.invoices.view(Caller.person(authentication), id);
		return PdfResponse.of(this.document.render(invoice, ApiLanguage.locale(http)));
	}

	@GetMapping("/api/v1/work/payments")
	@Operation(summary = "What is owed, as on the payments page: the open invoices, longest overdue first, or all, "
			+ "newest first, each with what is paid and open; and how many are overdue. The agent's staff in person "
			+ "only")
	PaymentsView payments(@RequestParam(defaultValue = "open") Show show, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		CurrentUser agent = Caller.person(authentication);
		Wording wording = Wording.of(this.messages, http);
		Paged<Owed> owed = Paged.of(this.payments.dashboard(agent, show == Show.open, Paging.of(page, size)),
				(standing) -> Owed.of(standing, wording));
		return new PaymentsView(owed.items(), owed.page(), owed.size(), owed.totalItems(), owed.totalPages(),
				this.payments.overdue(agent));
	}

	@PostMapping("/api/v1/work/invoices/{id}/payments")
	@Operation(summary = "Record a payment received on an invoice, in whole yen: the agent's staff in person only. "
			+ "400 problem+json when it is more than is open, or dated before the invoice or in the future")
	ResponseEntity<PaymentView> record(@PathVariable UUID id, @RequestBody NewPayment body,
			Authentication authentication) {
		Payment payment = this.payments.record(Caller.person(authentication), id, body.paidOn(), body.amount());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new PaymentView(payment.id(), payment.invoiceId(), payment.paidOn(), payment.amount().amount(),
					payment.recordedAt()));
	}

	/** Which invoices the payments list shows. */
	enum Show {

		// Lower case, as the payments page spells them in its address.
		open, all

	}

	/** A payment received on {@code paidOn}, as the agent's staff recorded it. */
	record NewPayment(LocalDate paidOn, Yen amount) {

	}

	record PaymentView(UUID id, UUID invoiceId, LocalDate paidOn, long amount, Instant recordedAt) {

	}

	/** A page of invoices with what is owed on each, and how many are overdue in all. */
	record PaymentsView(List<Owed> items, int page, int size, long totalItems, int totalPages, long overdue) {

	}

	/**
	 * An invoice on the payments list: who owes whom, the net payment due (the total less
	 * withholding), what is paid and still open, and its status.
	 */
	record Owed(UUID invoiceId, String number, Party issuer, Party recipient, LocalDate issuedOn, LocalDate dueDate,
			long netPayment, long paid, long open, String status, String statusText) {

		static Owed of(Payments.Owed standing, Wording wording) {
			Invoice invoice = standing.invoice();
			Standing status = Standing.of(standing);
			return new Owed(invoice.id(), invoice.number(), new Party(invoice.issuerId(), invoice.issuerName()),
					new Party(invoice.recipientOrganisationId(), invoice.recipientName()), invoice.issuedOn(),
					invoice.dueDate(), invoice.netPayment().amount(), standing.paid().amount(),
					standing.open().amount(), status.name(), wording.of(status.messageKey()));
		}

	}

	/** Where an invoice stands: paid in full, open after its due date, or open. */
	enum Standing {

		SETTLED("work.payments.settled"), OVERDUE("work.payments.overdue"), OPEN("work.payments.open");

		private final String messageKey;

		Standing(String messageKey) {
			this.messageKey = messageKey;
		}

		static Standing of(Payments.Owed owed) {
			return owed.settled() ? SETTLED : (owed.overdue() ? OVERDUE : OPEN);
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	/**
	 * An invoice in whole yen. {@code registrationNumber} is absent when the issuer is
	 * not registered, and the invoice is then not a qualified one. {@code netPayment} is
	 * the total less the income tax the client withholds and pays to the tax office;
	 * {@code
	 * status} is {@code OPEN}, {@code OVERDUE} (open after its due date) or
	 * {@code SETTLED}.
	 */
	record InvoiceView(UUID id, String number, boolean qualified, String registrationNumber, LocalDate issuedOn,
			LocalDate dueDate, UUID contractId, UUID milestoneId, Party issuer, Party recipient, List<Line> lines,
			List<RateTotal> byRate, long subtotal, long consumptionTax, long total, boolean withholdingApplies,
			long withholding, long netPayment, long paid, long open, String status, String statusText) {

		static InvoiceView of(Invoice invoice, Payments.Owed standing, Wording wording) {
			Standing status = Standing.of(standing);
			return new InvoiceView(invoice.id(), invoice.number(), invoice.qualified(),
					invoice.registrationNumber().orElse(null), invoice.issuedOn(), invoice.dueDate(),
					invoice.contractId(), invoice.milestoneId(), new Party(invoice.issuerId(), invoice.issuerName()),
					new Party(invoice.recipientOrganisationId(), invoice.recipientName()),
					invoice.lines().stream().map((line) -> Line.of(line, wording)).toList(),
					List.of(RateTotal.of(ConsumptionTaxRate.STANDARD, invoice.subtotalStandard().amount(),
							invoice.taxStandard().amount(), wording),
							RateTotal.of(ConsumptionTaxRate.REDUCED, invoice.subtotalReduced().amount(),
									invoice.taxReduced().amount(), wording)),
					invoice.totalExcludingTax().amount(), invoice.consumptionTax().amount(), invoice.total().amount(),
					invoice.withholdingApplies(), invoice.withholding().amount(), invoice.netPayment().amount(),
					standing.paid().amount(), standing.open().amount(), status.name(), wording.of(status.messageKey()));
		}

	}

	/** A line excluding consumption tax, and the rate the tax on it is charged at. */
	record Line(String description, int quantity, long unitPrice, long amount, String taxRate, String taxRateText) {

		static Line of(Invoice.Line line, Wording wording) {
			return new Line(line.description(), line.quantity(), line.unitPrice().amount(), line.amount().amount(),
					line.taxRate().name(), wording.of(line.taxRate().messageKey()));
		}

	}

	/**
	 * The lines of one consumption tax rate added up and the tax on them, which a
	 * qualified invoice states for each rate.
	 */
	record RateTotal(String rate, String rateText, BigDecimal percent, long subtotal, long tax) {

		static RateTotal of(ConsumptionTaxRate rate, long subtotal, long tax, Wording wording) {
			return new RateTotal(rate.name(), wording.of(rate.messageKey()), rate.percent(), subtotal, tax);
		}

	}

}
