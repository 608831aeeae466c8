package jp.musubi.shop.invoice.web;

import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.shop.invoice.InvoiceDocument;
import jp.musubi.shop.invoice.Invoices;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An order's invoice for its buyer to read and print, by the same link as the order's
 * page.
 */
@Controller
class InvoicePages {

	private final Invoices invoices;

	InvoicePages(Invoices invoices) {
		this.invoices = invoices;
	}

	@GetMapping("/shop/orders/{id}/invoice")
	String invoice(@PathVariable UUID id, @RequestParam(name = "t", required = false) String token,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Optional<InvoiceDocument> document = this.invoices.forBuyer(id, (user != null) ? user.accountId() : null,
				token);
		model.addAttribute("orderId", id);
		model.addAttribute("token", token);
		model.addAttribute("document", document.orElse(null));
		return "shop/invoice/invoice";
	}

}
