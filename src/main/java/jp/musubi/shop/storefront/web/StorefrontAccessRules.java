package jp.musubi.shop.storefront.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The storefronts' public addresses: a producer's storefront and its notice, and the
 * operator's notice, which buyers read before they order, as pages and through the API.
 * Editing any of them needs a signed-in person or the producer's API token, and the
 * controllers decide who acts for whom.
 */
@Component
class StorefrontAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/shop/producers/{producerId}", "/shop/producers/{producerId}/legal",
					"/shop/legal", "/api/v1/shop/storefronts/{producerId}")
			.permitAll();
	}

}
