package jp.musubi.work.invoice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.PdfResponse;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.invoice.Invoice;
import jp.musubi.work.invoice.InvoiceDocument;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.invoice.Payments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Invoices for the people of their contract, and the agent's payments dashboard. */
@Controller
class InvoiceController {

	private static final int PAGE_SIZE = 30;

	private final Invoices invoices;

	private final Payments payments;

	private final WorkAccess access;

	private final InvoiceDocument document;

	private final Clock clock;

	InvoiceController(Invoices invoices, Payments payments, WorkAccess access, InvoiceDocument document, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.access = access;
		this.document = document;
		this.clock = clock;
	}

	@GetMapping("/work/invoices/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Invoice invoice = this.invoices.view(user, id);
		model.addAttribute("invoice", invoice);
		model.addAttribute("payments", this.invoices.payments(id));
		model.addAttribute("standing", this.payments.standing(invoice));
		model.addAttribute("today", Dates.today(this.clock));
		model.addAttribute("agent", this.access.isAgentStaff(user));
		return "work/invoice/invoice";
	}

	/** The invoice as a PDF for the issuer, the client and the agent. */
	@GetMapping("/work/invoices/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return PdfResponse.of(this.document.render(this.invoices.view(user, id), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/work/payments")
	String dashboard(@AuthenticationPrincipal CurrentUser agent, @RequestParam(defaultValue = "open") String show,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		boolean openOnly = !"all".equals(show);
		Page<Payments.Owed> owed = this.payments.dashboard(agent, openOnly,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("owed", owed);
		model.addAttribute("pages", PageLinks.of(owed, http));
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("overdue", this.payments.overdue(agent));
		return "work/invoice/payments";
	}

	@PostMapping("/work/invoices/{id}/payments")
	String record(@PathVariable UUID id, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String amount, @AuthenticationPrincipal CurrentUser agent,
			RedirectAttributes redirect) {
		try {
			this.payments.record(agent, id, date(paidOn), yen(amount));
			redirect.addFlashAttribute("notice", "work.payment.recorded");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("paymentError", refused.messageKey());
			redirect.addFlashAttribute("paymentField", refused.field());
		}
		return "redirect:/work/invoices/" + id + "#payments";
	}

	private static LocalDate date(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (RuntimeException ex) {
			throw new InputRefused("paidOn", "work.payment.error.date");
		}
	}

	private static Yen yen(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Yen.parse(text).orElseThrow(() -> new InputRefused("amount", "work.payment.error.amount"));
	}

}
