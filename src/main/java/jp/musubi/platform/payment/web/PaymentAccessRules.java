package jp.musubi.platform.payment.web;

import java.util.List;

import jp.musubi.platform.security.KeyedPaths;
import jp.musubi.platform.security.RequestAuthorizations;
import jp.musubi.platform.security.Role;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A provider's webhooks carry their key in their signature, which {@code Payments} checks
 * before anything else: they run without a session, a sign-in or a form token (a provider
 * has none of them). The development provider's checkout page is for anyone with its
 * session's address, as a hosted checkout is (a guest buys without an account); its
 * session id is 128 random bits.
 */
@Component
class PaymentAccessRules implements RequestAuthorizations, KeyedPaths {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/payments/development/{sessionId}", "/payments/development/{sessionId}/*")
			.permitAll();
		// Matching money to what it pays for is the agent's own accounting, as the shop's
		// operator and the holder of pre-payments: its staff alone see the payers and
		// amounts.
		requests.requestMatchers("/payments/transfers", "/payments/transfers/**", "/api/v1/payments/transfers/**")
			.hasRole(Role.AGENT_STAFF.name());
	}

	@Override
	public List<String> patterns() {
		return List.of("/api/v1/payments/webhooks/*");
	}

}
