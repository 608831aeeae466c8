package jp.musubi.work.web;

import jp.musubi.platform.security.RequestAuthorizations;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The work exchange's public addresses: searching work and reading a published request.
 * The request page itself refuses unpublished requests to anyone but their client and the
 * agent.
 */
@Component
class WorkAccessRules implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/work/requests/new", "/work/requests/mine").authenticated();
		requests.requestMatchers(HttpMethod.GET, "/work", "/work/requests/{id}").permitAll();
	}

}
