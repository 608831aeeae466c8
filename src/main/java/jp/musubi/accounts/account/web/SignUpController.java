package jp.musubi.accounts.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.accounts.account.EmailTaken;
import jp.musubi.accounts.account.LinkRefused;
import jp.musubi.accounts.account.PasswordPolicy;
import jp.musubi.accounts.account.Registration;
import jp.musubi.accounts.account.SignUp;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.mail.MailQuota;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing up as a member (someone who works from home in the region) or as a guest (a
 * visitor from outside), and confirming the address by the link in the mail.
 */
@Controller
class SignUpController {

	private final SignUp signUp;

	private final MailQuota quota;

	SignUpController(SignUp signUp, MailQuota quota) {
		this.signUp = signUp;
		this.quota = quota;
	}

	@ModelAttribute("prefectures")
	Prefecture[] prefectures() {
		return Prefecture.values();
	}

	@GetMapping("/signup")
	String form(@RequestParam(name = "type", required = false) String type, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		if (user != null) {
			return "redirect:/account";
		}
		SignUpForm form = new SignUpForm();
		form.setKind("guest".equals(type) ? "guest" : "member");
		model.addAttribute("signUpForm", form);
		return "accounts/account/signup";
	}

	@PostMapping("/signup")
	String register(@Valid @ModelAttribute("signUpForm") SignUpForm form, BindingResult errors, Locale locale,
			HttpServletRequest request, RedirectAttributes redirect) {
		Role kind = switch (form.getKind() == null ? "" : form.getKind()) {
			case "member" -> Role.MEMBER;
			case "guest" -> Role.GUEST;
			default -> null;
		};
		if (kind == null) {
			errors.rejectValue("kind", "validation.kind");
		}
		PasswordPolicy.check(form.getPassword(), form.getEmail())
			.ifPresent((rule) -> errors.rejectValue("password", rule));
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "validation.password.mismatch");
		}
		if (form.hasUnknownPrefecture()) {
			errors.rejectValue("prefecture", "validation.prefecture");
		}
		if (errors.hasErrors()) {
			return "accounts/account/signup";
		}
		this.quota.require(form.getEmail(), request.getRemoteAddr());
		try {
			this.signUp.register(new Registration(form.getEmail(), form.getPassword(),
					form.toProfile(Language.ofOrDefault(locale)), kind));
		}
		catch (EmailTaken ex) {
			// Another sign-up with the address won a moment ago: its mail is on its way,
			// and this one is answered as every other.
		}
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String sent() {
		return "accounts/account/signup-sent";
	}

	@GetMapping("/signup/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			this.signUp.confirm(token);
			return "accounts/account/signup-confirmed";
		}
		catch (LinkRefused ex) {
			model.addAttribute("reason", ex.reason().name());
			return "accounts/account/signup-refused";
		}
	}

	@GetMapping("/signup/resend")
	String resendForm() {
		return "accounts/account/signup-resend";
	}

	@PostMapping("/signup/resend")
	String resend(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!email.isBlank() && email.length() <= 254) {
			this.quota.require(email, request.getRemoteAddr());
			this.signUp.resendConfirmation(email);
		}
		redirect.addFlashAttribute("notice", "accounts.resend.sent");
		return "redirect:/signin";
	}

}
