package jp.musubi.accounts.account.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The accounts module's public addresses: signing up, confirming, resetting a password
 * and the privacy notice. Everything else it serves needs a signed-in user
 * (administration: an admin).
 */
@Component
class AccountsAccess implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/signup", "/signup/sent", "/signup/confirm", "/signup/resend",
					"/password/forgot", "/password/reset", "/account/email/confirm", "/privacy")
			.permitAll();
		requests.requestMatchers(HttpMethod.POST, "/signup", "/signup/resend", "/password/forgot", "/password/reset")
			.permitAll();
	}

}
