package jp.musubi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every endpoint the application registered and calls it without signing in. Only
 * the ones on the public list below may answer; every other must send the visitor to sign
 * in (pages) or answer 401/403 (API, actuator). A new endpoint is therefore never public
 * by accident: it fails here until someone decides, in this list, that it should be.
 */
@MusubiTest
class AccessGuardTests {

	/** What anyone may call, method and path pattern as registered. */
	private static final Set<String> PUBLIC = Set.of("GET /", "POST /preferences/text-size", "GET /signin",
			"GET /signup", "POST /signup", "GET /signup/sent", "GET /signup/confirm", "GET /signup/resend",
			"POST /signup/resend", "GET /password/forgot", "POST /password/forgot", "GET /password/reset",
			"POST /password/reset", "GET /account/email/confirm", "GET /privacy", "GET /agents", "GET /about/telework",
			"GET /error", "POST /error", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
			"GET /swagger-ui.html", "GET /work", "GET /work/requests/{id}", "GET /api/v1/work/requests",
			"GET /api/v1/work/requests/{id}", "GET /tourism/surveys/{token}", "POST /tourism/surveys/{token}",
			"GET /tourism/inquiries/new", "POST /tourism/inquiries", "GET /tourism/inquiries/thanks",
			"GET /tourism/facilities/{id}", "GET /tourism/facilities/{id}/photos/{photoId}",
			"GET /api/v1/tourism/programmes", "GET /api/v1/tourism/programmes/{id}", "GET /tourism",
			"GET /tourism/programmes/{id}", "GET /broadcast", "GET /broadcast/channels/{channelId}",
			"GET /broadcast/media/{mediaId}", "GET /broadcast/media/{mediaId}/live.m3u8",
			"GET /broadcast/hls/{folder}/{*file}", "POST /broadcast/views/{mediaId}/{viewing}/{area}",
			"GET /shop/producers/{producerId}", "GET /shop/producers/{producerId}/legal", "GET /shop/legal",
			"GET /api/v1/shop/storefronts/{producerId}", "GET /shop", "GET /shop/products/{id}",
			"GET /api/v1/shop/products", "GET /api/v1/shop/products/{id}", "GET /shop/cart", "POST /shop/cart/lines",
			"POST /shop/cart/lines/{index}", "GET /shop/checkout", "POST /shop/checkout", "GET /shop/checkout/confirm",
			"POST /shop/checkout/delivery", "POST /shop/checkout/place", "GET /shop/orders/{id}",
			"POST /api/v1/shop/quotes", "POST /api/v1/shop/orders", "GET /api/v1/shop/orders/{id}",
			"POST /api/v1/payments/webhooks/{provider}", "GET /payments/development/{sessionId}",
			"POST /payments/development/{sessionId}/pay", "POST /payments/development/{sessionId}/turn-back",
			"GET /shop/orders/{id}/invoice", "GET /shop/season-watches/{token}",
			"POST /shop/season-watches/{token}/stop");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void onlyTheEndpointsOnThePublicListAnswerAnAnonymousVisitor() throws Exception {
		List<String> open = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (HttpMethod method : methods(mapping.getKey())) {
					String endpoint = method.name() + " " + pattern;
					seen.add(endpoint);
					MvcResult result = this.mvc.perform(request(method, concrete(pattern)).with(csrf())).andReturn();
					int status = result.getResponse().getStatus();
					String redirect = result.getResponse().getRedirectedUrl();
					boolean refused = status == 401 || status == 403
							|| (status == 302 && redirect != null && redirect.endsWith("/signin"));
					if (!refused && !PUBLIC.contains(endpoint)) {
						open.add(endpoint + " answered " + status);
					}
				}
			}
		}
		assertThat(open).as("endpoints reachable without signing in that are not on the public list").isEmpty();
		assertThat(seen).as("the walk found the application's endpoints")
			.contains("GET /account", "POST /account/erase", "GET /api/v1/me", "GET /admin/users",
					"POST /organisations/{id}/tokens");
	}

	@Test
	void everyEndpointOnThePublicListStillExists() {
		Set<String> registered = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.forEach(
						(pattern) -> methods(info).forEach((method) -> registered.add(method.name() + " " + pattern))));
		assertThat(registered).containsAll(PUBLIC);
	}

	private static List<HttpMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
		if (declared.isEmpty()) {
			return List.of(HttpMethod.GET, HttpMethod.POST);
		}
		return declared.stream().map((method) -> HttpMethod.valueOf(method.name())).toList();
	}

	/**
	 * A path the pattern matches: a random id for every variable, so no real record is
	 * touched.
	 */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000").replace("/**", "/x");
	}

}
