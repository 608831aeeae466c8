package jp.musubi.work.request.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading a published request is open to everyone, as a page and through the API. The
 * request page and its API twin themselves refuse unpublished requests to anyone but
 * their client and the agent. The list of one's own requests shares the request's address
 * pattern, so it is claimed for signed-in callers first.
 */
@Component
class RequestAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/work/requests/new", "/work/requests/mine").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/work/requests/{id}").permitAll();
		requests.requestMatchers(HttpMethod.GET, "/api/v1/work/requests/mine").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/api/v1/work/requests/{id}").permitAll();
	}

}
