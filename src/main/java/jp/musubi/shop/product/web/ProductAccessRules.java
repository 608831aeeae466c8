package jp.musubi.shop.product.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may look in the shop's window; keeping a range needs a sign-in. */
@Component
class ProductAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/shop", "/shop/products/{id}", "/api/v1/shop/products",
					"/api/v1/shop/products/{id}")
			.permitAll();
	}

}
