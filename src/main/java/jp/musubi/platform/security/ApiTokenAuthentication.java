package jp.musubi.platform.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request carrying {@code Authorization: Bearer <token>}: first the raw token, then,
 * once the token is found valid, the {@link ApiClient} it belongs to.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The authority every API client has, whatever its organisation. */
	public static final String AUTHORITY = "ROLE_API_CLIENT";

	private final transient String token;

	private final ApiClient client;

	private ApiTokenAuthentication(String token, ApiClient client) {
		super(client == null ? List.of() : List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.token = token;
		this.client = client;
		setAuthenticated(client != null);
	}

	public static ApiTokenAuthentication unauthenticated(String token) {
		return new ApiTokenAuthentication(token, null);
	}

	public static ApiTokenAuthentication authenticated(ApiClient client) {
		return new ApiTokenAuthentication(null, client);
	}

	public String token() {
		return this.token;
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return this.client;
	}

	@Override
	public String getName() {
		return (this.client != null) ? "api:" + this.client.tokenId() : "api:unauthenticated";
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
