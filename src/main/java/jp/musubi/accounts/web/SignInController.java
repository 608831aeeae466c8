package jp.musubi.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.SignInPage;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; when sign-in fails it
 * forwards here with the reason, and the address typed stays in the field.
 */
@Controller
class SignInController {

	@RequestMapping(path = "/signin", method = { RequestMethod.GET, RequestMethod.POST })
	String signIn(@RequestParam(name = "email", required = false) String email,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		if (user != null) {
			return "redirect:/account";
		}
		Object reason = request.getAttribute(SignInPage.FAILURE_REASON);
		model.addAttribute("reason", reason);
		model.addAttribute("email", (email != null && email.length() <= 254) ? email : "");
		return "accounts/signin";
	}

}
