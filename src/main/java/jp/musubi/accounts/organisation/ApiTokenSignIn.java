package jp.musubi.accounts.organisation;

import java.time.Clock;

import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.ApiTokenAuthentication;
import jp.musubi.platform.security.RandomToken;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recognises an organisation's API token on a request, by the hash of the secret. */
@Component
class ApiTokenSignIn implements AuthenticationProvider {

	private final ApiTokenRepository tokens;

	private final OrganisationRepository organisations;

	private final Clock clock;

	ApiTokenSignIn(ApiTokenRepository tokens, OrganisationRepository organisations, Clock clock) {
		this.tokens = tokens;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Authentication authenticate(Authentication authentication) {
		String secret = ((ApiTokenAuthentication) authentication).token();
		ApiToken token = this.tokens.findByTokenHash(RandomToken.hashOf(secret))
			.filter(ApiToken::isActive)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		Organisation organisation = this.organisations.findById(token.organisationId())
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		token.used(this.clock);
		return ApiTokenAuthentication.authenticated(new ApiClient(organisation.id(), token.id(), organisation.name()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
