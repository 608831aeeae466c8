package jp.musubi.shop.invoice.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A guest reads their invoice by the secret link of their order, as they read the order;
 * the service shows it to nobody else.
 */
@Component
class InvoiceAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/shop/orders/{id}/invoice").permitAll();
	}

}
