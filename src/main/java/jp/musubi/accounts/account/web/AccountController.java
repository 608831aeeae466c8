package jp.musubi.accounts.account.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.Credentials;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.accounts.account.EmailTaken;
import jp.musubi.accounts.account.Erasure;
import jp.musubi.accounts.account.LinkRefused;
import jp.musubi.accounts.account.PasswordPolicy;
import jp.musubi.accounts.account.PersonalData;
import jp.musubi.accounts.account.Profiles;
import jp.musubi.accounts.account.WrongPassword;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.security.Sessions;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's own account: profile, sensitive declarations, address, password, the
 * download of their data and erasure. Every address here acts on the signed-in account
 * only; there is no id in the path to change.
 */
@Controller
class AccountController {

	private final Profiles profiles;

	private final Credentials credentials;

	private final PersonalData personalData;

	private final Erasure erasure;

	private final CurrentUsers currentUsers;

	private final Sessions sessions;

	private final LocaleResolver locales;

	private final JsonMapper json;

	AccountController(Profiles profiles, Credentials credentials, PersonalData personalData, Erasure erasure,
			CurrentUsers currentUsers, Sessions sessions, LocaleResolver locales, JsonMapper json) {
		this.profiles = profiles;
		this.credentials = credentials;
		this.personalData = personalData;
		this.erasure = erasure;
		this.currentUsers = currentUsers;
		this.sessions = sessions;
		this.locales = locales;
		this.json = json;
	}

	@ModelAttribute("prefectures")
	Prefecture[] prefectures() {
		return Prefecture.values();
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping("/account")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("account", this.profiles.account(user.accountId()));
		model.addAttribute("roles", user.roles());
		return "accounts/account/account";
	}

	@GetMapping("/account/profile")
	String profileForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("profileForm", ProfileForm.of(this.profiles.account(user.accountId()).profile()));
		return "accounts/account/profile";
	}

	@PostMapping("/account/profile")
	String updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProfileForm profileForm,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Language language = Language.fromTag(profileForm.getPreferredLanguage()).orElse(null);
		if (language == null && !errors.hasFieldErrors("preferredLanguage")) {
			errors.rejectValue("preferredLanguage", "validation.language");
		}
		if (profileForm.hasUnknownPrefecture()) {
			errors.rejectValue("prefecture", "validation.prefecture");
		}
		if (errors.hasErrors()) {
			return "accounts/account/profile";
		}
		Language before = this.profiles.account(user.accountId()).profile().preferredLanguage();
		this.profiles.update(user.accountId(), profileForm.toProfile(language));
		this.sessions.refresh(this.currentUsers.of(user.accountId()), request, response);
		// The pages follow a language newly chosen here; someone who reads the site in
		// another language than their profile's, and saves the profile for its name or
		// address, stays in the one they are reading.
		if (language != before) {
			this.locales.setLocale(request, response, language.locale());
		}
		redirect.addFlashAttribute("notice", "accounts.profile.saved");
		return "redirect:/account";
	}

	@GetMapping("/account/sensitive")
	String sensitiveForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.hasRole(Role.MEMBER)) {
			return "accounts/account/sensitive-members-only";
		}
		model.addAttribute("sensitiveForm", SensitiveForm.of(this.profiles.account(user.accountId())));
		return "accounts/account/sensitive";
	}

	@PostMapping("/account/sensitive")
	String declare(@AuthenticationPrincipal CurrentUser user, @ModelAttribute SensitiveForm sensitiveForm,
			BindingResult errors, RedirectAttributes redirect) {
		if (!user.hasRole(Role.MEMBER)) {
			return "accounts/account/sensitive-members-only";
		}
		if (sensitiveForm.isWoman() && !sensitiveForm.isWomanConsent()) {
			errors.rejectValue("womanConsent", "validation.consent.required");
		}
		if (sensitiveForm.isAged60OrOver() && !sensitiveForm.isAged60OrOverConsent()) {
			errors.rejectValue("aged60OrOverConsent", "validation.consent.required");
		}
		if (sensitiveForm.isDisability() && !sensitiveForm.isDisabilityConsent()) {
			errors.rejectValue("disabilityConsent", "validation.consent.required");
		}
		if (errors.hasErrors()) {
			return "accounts/account/sensitive";
		}
		this.profiles.declare(user.accountId(), sensitiveForm.consented());
		redirect.addFlashAttribute("notice", "accounts.sensitive.saved");
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "accounts/account/password-change";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String newPasswordConfirmation, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String problem = PasswordPolicy.check(newPassword, user.email()).orElse(null);
		if (problem == null && !newPassword.equals(newPasswordConfirmation)) {
			problem = "validation.password.mismatch";
		}
		if (problem != null) {
			model.addAttribute("newPasswordError", problem);
			return "accounts/account/password-change";
		}
		try {
			this.credentials.changePassword(user.accountId(), currentPassword, newPassword);
		}
		catch (WrongPassword ex) {
			model.addAttribute("currentPasswordError", "validation.password.wrong");
			return "accounts/account/password-change";
		}
		this.sessions.endOthers(user.accountId(), request);
		redirect.addFlashAttribute("notice", "accounts.password.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/email")
	String emailForm(Model model) {
		model.addAttribute("newEmail", "");
		return "accounts/account/email-change";
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String newEmail,
			@RequestParam(defaultValue = "") String currentPassword, Model model, RedirectAttributes redirect) {
		model.addAttribute("newEmail", newEmail);
		String email = newEmail.strip();
		if (email.isEmpty()) {
			model.addAttribute("newEmailError", "validation.email.required");
			return "accounts/account/email-change";
		}
		if (email.length() > 254 || !email.matches(EmailRules.PATTERN)) {
			model.addAttribute("newEmailError", "validation.email.format");
			return "accounts/account/email-change";
		}
		if (Account.normalizeEmail(email).equals(user.email())) {
			model.addAttribute("newEmailError", "validation.email.same");
			return "accounts/account/email-change";
		}
		try {
			this.credentials.requestEmailChange(user.accountId(), currentPassword, email);
		}
		catch (WrongPassword ex) {
			model.addAttribute("currentPasswordError", "validation.password.wrong");
			return "accounts/account/email-change";
		}
		catch (EmailTaken ex) {
			model.addAttribute("newEmailError", "validation.email.taken");
			return "accounts/account/email-change";
		}
		redirect.addFlashAttribute("notice", "accounts.email.sent");
		return "redirect:/account";
	}

	@GetMapping("/account/email/confirm")
	String confirmEmail(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
			HttpServletResponse response, @AuthenticationPrincipal CurrentUser user) {
		try {
			var accountId = this.credentials.confirmEmailChange(token);
			if (user != null && user.accountId().equals(accountId)) {
				this.sessions.refresh(this.currentUsers.of(accountId), request, response);
			}
			return "accounts/account/email-confirmed";
		}
		catch (LinkRefused ex) {
			model.addAttribute("reason", ex.reason().name());
			return "accounts/account/email-refused";
		}
		catch (EmailTaken ex) {
			model.addAttribute("reason", "TAKEN");
			return "accounts/account/email-refused";
		}
	}

	@GetMapping("/account/data")
	String dataPage() {
		return "accounts/account/data";
	}

	@PostMapping("/account/data/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) {
		PersonalData.Export export = this.personalData.export(user.accountId());
		byte[] body = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
		String filename = "musubi-my-data-" + LocalDate.now(Dates.JAPAN) + ".json";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	@GetMapping("/account/erase")
	String erasePage() {
		return "accounts/account/erase";
	}

	@PostMapping("/account/erase")
	String erase(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean understood, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!understood) {
			model.addAttribute("understoodError", "validation.erase.understood");
			return "accounts/account/erase";
		}
		try {
			this.erasure.erase(user.accountId(), password);
		}
		catch (WrongPassword ex) {
			model.addAttribute("passwordError", "validation.password.wrong");
			return "accounts/account/erase";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute("notice", "accounts.erase.done");
		return "redirect:/";
	}

}
