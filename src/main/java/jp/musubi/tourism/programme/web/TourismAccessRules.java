package jp.musubi.tourism.programme.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The CRM's public addresses: the programmes and facilities a visitor browses before
 * signing in, as pages and through the API, and the survey a guest answers from the link
 * in their mail (the link's token is the key), and the inquiry form a visitor sends
 * before having an account. Everything else needs a signed-in person or a facility's API
 * token, and the controllers decide by role and ownership. The module's public addresses
 * are kept in one list, beside the programme pages that are its public face, because the
 * order counts: the agent's programme pages come before the public programme pattern.
 */
@Component
class TourismAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		// The agent's own programme pages share the public programme page's pattern.
		requests.requestMatchers(HttpMethod.GET, "/tourism/programmes/manage", "/tourism/programmes/new")
			.authenticated();
		requests
			.requestMatchers(HttpMethod.GET, "/tourism", "/tourism/programmes/{id}", "/tourism/facilities/{id}",
					"/tourism/facilities/{id}/photos/{photoId}")
			.permitAll();
		requests.requestMatchers(HttpMethod.GET, "/api/v1/tourism/programmes", "/api/v1/tourism/programmes/{id}")
			.permitAll();
		requests.requestMatchers("/tourism/surveys/{token}").permitAll();
		// Anyone may ask about the region; the form keeps its CSRF token like every
		// other.
		requests.requestMatchers(HttpMethod.GET, "/tourism/inquiries/new", "/tourism/inquiries/thanks").permitAll();
		requests.requestMatchers(HttpMethod.POST, "/tourism/inquiries").permitAll();
	}

}
