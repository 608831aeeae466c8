package jp.musubi.platform.payment.web;

import jp.musubi.platform.payment.DevelopmentCheckouts;
import jp.musubi.platform.refusal.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The development provider's hosted checkout: what a payer would see at a real provider,
 * reduced to the amount, the description and the choice to pay or not. Registered always,
 * so the access rules and their test see it; it answers 404 unless the development
 * provider is configured, as for an address that names nothing.
 */
@Controller
class DevelopmentCheckoutPage {

	private final ObjectProvider<DevelopmentCheckouts> checkouts;

	DevelopmentCheckoutPage(ObjectProvider<DevelopmentCheckouts> checkouts) {
		this.checkouts = checkouts;
	}

	@GetMapping("/payments/development/{sessionId}")
	String show(@PathVariable String sessionId, Model model) {
		model.addAttribute("checkout",
				checkouts().find(sessionId).orElseThrow(() -> new NotFound("checkout", sessionId)));
		return "platform/payment/development";
	}

	@PostMapping("/payments/development/{sessionId}/pay")
	String pay(@PathVariable String sessionId) {
		return "redirect:" + checkouts().pay(sessionId).orElseThrow(() -> new NotFound("checkout", sessionId));
	}

	@PostMapping("/payments/development/{sessionId}/turn-back")
	String turnBack(@PathVariable String sessionId) {
		return "redirect:" + checkouts().turnBack(sessionId).orElseThrow(() -> new NotFound("checkout", sessionId));
	}

	private DevelopmentCheckouts checkouts() {
		DevelopmentCheckouts found = this.checkouts.getIfAvailable();
		if (found == null) {
			throw new NotFound("payment provider", "development");
		}
		return found;
	}

}
