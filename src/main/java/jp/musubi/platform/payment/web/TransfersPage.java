package jp.musubi.platform.payment.web;

import java.io.IOException;
import java.util.UUID;

import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.payment.PaymentReference;
import jp.musubi.platform.payment.TransferImport;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's staff's page of bank transfers: import the bank's 振込入金通知, see what it
 * matched, and assign by hand what it could not.
 */
@Controller
class TransfersPage {

	private final BankTransfers transfers;

	TransfersPage(BankTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping("/payments/transfers")
	String show(Model model) {
		model.addAttribute("credits", this.transfers.awaitingStaff());
		model.addAttribute("awaited", this.transfers.awaited());
		return "platform/payment/transfers";
	}

	@PostMapping("/payments/transfers/imports")
	String importNotice(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			TransferImport summary = this.transfers.importNotice((file != null) ? file.getBytes() : new byte[0]);
			redirect.addFlashAttribute("summary", summary);
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("importError", refused.messageKey());
			redirect.addFlashAttribute("importErrorArguments", refused.arguments());
		}
		return "redirect:/payments/transfers";
	}

	@PostMapping("/payments/transfers/credits/{creditId}/assign")
	String assign(@PathVariable UUID creditId, @RequestParam(defaultValue = "") String reference,
			@AuthenticationPrincipal CurrentUser staff, RedirectAttributes redirect) {
		try {
			PaymentReference chosen = PaymentReference.parse(reference)
				.orElseThrow(() -> new InputRefused("reference", "platform.payment.transfer.error.notAwaited"));
			this.transfers.assign(creditId, chosen, staff.accountId());
			redirect.addFlashAttribute("notice", "platform.payment.transfer.assigned");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("assignError", refused.messageKey());
			redirect.addFlashAttribute("assignCredit", creditId);
		}
		return "redirect:/payments/transfers";
	}

}
