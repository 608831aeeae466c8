package jp.musubi.accounts.account.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.accounts.account.Credentials;
import jp.musubi.accounts.account.LinkRefused;
import jp.musubi.accounts.account.PasswordPolicy;
import jp.musubi.platform.mail.MailQuota;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resetting a forgotten password by an e-mailed link that expires. Asking for the link
 * says the same whether or not the address has an account.
 */
@Controller
class PasswordResetController {

	private final Credentials credentials;

	private final MailQuota quota;

	PasswordResetController(Credentials credentials, MailQuota quota) {
		this.credentials = credentials;
		this.quota = quota;
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "accounts/account/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		if (email.isBlank() || email.length() > 254 || !email.strip().matches(EmailRules.PATTERN)) {
			model.addAttribute("email", email);
			model.addAttribute("emailError", "validation.email.format");
			return "accounts/account/password-forgot";
		}
		this.quota.require(email, request.getRemoteAddr());
		this.credentials.requestReset(email);
		return "accounts/account/password-forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			this.credentials.checkResetLink(token);
		}
		catch (LinkRefused ex) {
			model.addAttribute("reason", ex.reason().name());
			return "accounts/account/password-reset-refused";
		}
		model.addAttribute("token", token);
		return "accounts/account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordConfirmation, Model model, RedirectAttributes redirect) {
		String problem = PasswordPolicy.check(password, null).orElse(null);
		if (problem == null && !password.equals(passwordConfirmation)) {
			problem = "validation.password.mismatch";
		}
		try {
			if (problem != null) {
				this.credentials.checkResetLink(token);
				model.addAttribute("token", token);
				model.addAttribute("passwordError", problem);
				return "accounts/account/password-reset";
			}
			this.credentials.reset(token, password);
		}
		catch (LinkRefused ex) {
			model.addAttribute("reason", ex.reason().name());
			return "accounts/account/password-reset-refused";
		}
		redirect.addFlashAttribute("notice", "accounts.reset.done");
		return "redirect:/signin";
	}

}
