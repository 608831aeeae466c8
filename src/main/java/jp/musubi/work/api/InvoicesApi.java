package jp.musubi.work.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.work.invoice.Invoice;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.invoice.Payments;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices through the API, for the member who issued one, the client organisation it is
 * addressed to (people and token) and the agent's staff: the figures of a qualified
 * invoice, the income tax withheld, and what has been paid.
 */
@RestController
@Tag(name = "work")
class InvoicesApi {

	private final Invoices invoices;

	private final Payments payments;

	private final MessageSource messages;

	InvoicesApi(Invoices invoices, Payments payments, MessageSource messages) {
		this.invoices = invoices;
		this.payments = payments;
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

	/**
	 * An invoice in whole yen. {@code registrationNumber} is absent when the issuer is
	 * not registered, and the invoice is then not a qualified one. {@code netPayment} is
	 * the total less the income tax the client withholds and pays to the tax office;
	 * {@code
	 * status} is {@code OPEN}, {@code OVERDUE} (open after its due date) or
	 * {@code SETTLED}.
	 */
	record InvoiceView(UUID id, String number, boolean qualified, String registrationNumber, LocalDate issuedOn,
			LocalDate dueDate, UUID contractId, UUID milestoneId, ContractsApi.Party issuer,
			ContractsApi.Party recipient, List<Line> lines, List<RateTotal> byRate, long subtotal, long consumptionTax,
			long total, boolean withholdingApplies, long withholding, long netPayment, long paid, long open,
			String status, String statusText) {

		static InvoiceView of(Invoice invoice, Payments.Owed standing, Wording wording) {
			String status = standing.settled() ? "SETTLED" : (standing.overdue() ? "OVERDUE" : "OPEN");
			String statusKey = standing.settled() ? "work.payments.settled"
					: (standing.overdue() ? "work.payments.overdue" : "work.payments.open");
			return new InvoiceView(invoice.id(), invoice.number(), invoice.qualified(),
					invoice.registrationNumber().orElse(null), invoice.issuedOn(), invoice.dueDate(),
					invoice.contractId(), invoice.milestoneId(),
					new ContractsApi.Party(invoice.issuerId(), invoice.issuerName()),
					new ContractsApi.Party(invoice.recipientOrganisationId(), invoice.recipientName()),
					invoice.lines().stream().map((line) -> Line.of(line, wording)).toList(),
					List.of(RateTotal.of(ConsumptionTaxRate.STANDARD, invoice.subtotalStandard().amount(),
							invoice.taxStandard().amount(), wording),
							RateTotal.of(ConsumptionTaxRate.REDUCED, invoice.subtotalReduced().amount(),
									invoice.taxReduced().amount(), wording)),
					invoice.totalExcludingTax().amount(), invoice.consumptionTax().amount(), invoice.total().amount(),
					invoice.withholdingApplies(), invoice.withholding().amount(), invoice.netPayment().amount(),
					standing.paid().amount(), standing.open().amount(), status, wording.of(statusKey));
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
