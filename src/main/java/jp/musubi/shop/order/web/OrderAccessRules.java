package jp.musubi.shop.order.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Guests buy too: the cart, checkout and an order's page (which asks for the order's
 * secret link or its buyer signed in) are open; a member's list of orders needs a
 * sign-in.
 */
@Component
class OrderAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/shop/cart", "/shop/cart/lines", "/shop/cart/lines/{index}", "/shop/checkout",
					"/shop/checkout/confirm", "/shop/checkout/delivery", "/shop/checkout/place", "/shop/orders/{id}",
					"/api/v1/shop/quotes", "/api/v1/shop/orders", "/api/v1/shop/orders/{id}")
			.permitAll();
	}

}
