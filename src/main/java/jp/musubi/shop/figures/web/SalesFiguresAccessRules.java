package jp.musubi.shop.figures.web;

import jp.musubi.platform.security.RequestAuthorizations;
import jp.musubi.platform.security.Role;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The shop's sales are the agent's to read, as the shop's operator: its staff alone see
 * every producer's takings side by side.
 */
@Component
class SalesFiguresAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/shop/figures", "/api/v1/shop/figures").hasRole(Role.AGENT_STAFF.name());
	}

}
