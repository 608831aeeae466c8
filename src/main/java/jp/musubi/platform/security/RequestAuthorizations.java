package jp.musubi.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for its addresses, added to the one security filter chain
 * before the final rule that everything else needs a signed-in user. Keep them narrow:
 * whatever a module makes public here must also be on the public list of the access guard
 * test.
 */
public interface RequestAuthorizations {

	void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

}
