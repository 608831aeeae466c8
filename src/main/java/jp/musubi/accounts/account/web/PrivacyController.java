package jp.musubi.accounts.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice: what is kept, why, for how long, and the person's rights under
 * APPI.
 */
@Controller
class PrivacyController {

	@GetMapping("/privacy")
	String privacy() {
		return "accounts/account/privacy";
	}

}
