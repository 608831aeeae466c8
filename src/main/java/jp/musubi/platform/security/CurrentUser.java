package jp.musubi.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person signed in, as every module sees them: the account's id, how to greet them,
 * their language and roles. The principal name is the account id, not the e-mail address,
 * so that the sessions of an account can be found even after the address changes. It is
 * kept in the session table, hence serializable and small.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String email;

	private String passwordHash;

	private final String displayName;

	private final Language language;

	private final EnumSet<Role> roles;

	private final boolean confirmed;

	private final boolean disabled;

	public CurrentUser(UUID accountId, String email, String passwordHash, String displayName, Language language,
			Set<Role> roles, boolean confirmed, boolean disabled) {
		this.accountId = accountId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.language = language;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.confirmed = confirmed;
		this.disabled = disabled;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Language language() {
		return this.language;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether the e-mail address has been confirmed; until then the account cannot sign
	 * in.
	 */
	public boolean isConfirmed() {
		return this.confirmed;
	}

	/** Whether an administrator has disabled the account. */
	public boolean isDisabled() {
		return this.disabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(Role::authority).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.accountId.toString();
	}

	@Override
	public boolean isEnabled() {
		return this.confirmed;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.disabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.accountId.equals(this.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.accountId + "]";
	}

}
