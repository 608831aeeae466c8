package jp.musubi.accounts.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the signed-in user from an account: its own roles plus the roles its
 * organisations give (agent staff for the agent's people, facility staff for a
 * facility's, and so on).
 */
@Service
public class CurrentUsers implements UserDetailsService {

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	CurrentUsers(AccountRepository accounts, OrganisationRepository organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/** Sign-in by e-mail address; erased accounts do not exist for it. */
	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalizeEmail(email))
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.map(this::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	@Transactional(readOnly = true)
	public CurrentUser of(UUID accountId) {
		return of(this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId)));
	}

	CurrentUser of(Account account) {
		return new CurrentUser(account.id(), account.email(), account.passwordHash(), account.profile().displayName(),
				account.profile().preferredLanguage(), effectiveRoles(account),
				account.status() != AccountStatus.PENDING, account.status() == AccountStatus.DISABLED);
	}

	private Set<Role> effectiveRoles(Account account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(account.roles());
		this.organisations.findByMember(account.id())
			.forEach((organisation) -> organisation.type().memberRole().ifPresent(roles::add));
		return roles;
	}

}
