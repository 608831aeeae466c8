package jp.musubi.shop.season.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The mail's link stops it without signing in: its token is the secret. Asking needs a
 * member, whose address the mail goes to.
 */
@Component
class SeasonAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/shop/season-watches/{token}", "/shop/season-watches/{token}/stop").permitAll();
	}

}
