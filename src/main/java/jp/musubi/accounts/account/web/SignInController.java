package jp.musubi.accounts.account.web;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.SignInPage;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; when sign-in fails it comes
 * back here with the reason, and the address typed is in the model as a flash attribute.
 */
@Controller
class SignInController {

	@GetMapping("/signin")
	String signIn(@RequestParam(name = "error", required = false) String error,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null) {
			return "redirect:/account";
		}
		if (error != null) {
			model.addAttribute("reason",
					"accounts.signin.error." + (SignInPage.FAILURE_REASONS.contains(error) ? error : "credentials"));
		}
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return "accounts/account/signin";
	}

}
