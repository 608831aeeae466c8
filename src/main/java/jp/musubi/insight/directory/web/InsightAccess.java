package jp.musubi.insight.directory.web;

import jp.musubi.platform.security.RequestAuthorizations;
import jp.musubi.platform.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The directory and the seed's telework figures are for everyone, signed in or not. The
 * region's own teleworkers are for the agent's staff and administrators only: the group
 * counts describe few people; the employed population is entered by the agent's staff,
 * who answer for the figure.
 */
@Component
class InsightAccess implements RequestAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/agents", "/about/telework").permitAll();
		requests.requestMatchers(HttpMethod.POST, "/insight/population").hasRole(Role.AGENT_STAFF.name());
		requests.requestMatchers("/insight/**").hasAnyRole(Role.AGENT_STAFF.name(), Role.ADMIN.name());
	}

}
