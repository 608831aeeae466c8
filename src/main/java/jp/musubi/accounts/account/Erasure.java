package jp.musubi.accounts.account;

import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.accounts.organisation.InvitationRepository;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Sessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing an account at its owner's request (APPI article 35). The person confirms with
 * their password. Name, address, profile, consents, memberships, pending links and
 * invitations go; the account's id stays, with the audit log that records the erasure
 * itself, because the law asks the operator to account for what it did. Other modules
 * hear of it through {@link AccountErased}.
 */
@Service
public class Erasure {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final OrganisationRepository organisations;

	private final InvitationRepository invitations;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	Erasure(AccountRepository accounts, AccountTokenRepository tokens, OrganisationRepository organisations,
			InvitationRepository invitations, PasswordEncoder passwords, AuditLog audit, Sessions sessions,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.organisations = organisations;
		this.invitations = invitations;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * @throws WrongPassword when the password is not the account's; nothing is erased
	 * then
	 */
	@Transactional
	public void erase(UUID accountId, String password) {
		Account account = this.accounts.findById(accountId)
			.filter((found) -> found.status() != AccountStatus.ERASED)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (password == null || !this.passwords.matches(password, account.passwordHash())) {
			throw new WrongPassword();
		}
		this.organisations.findByMember(accountId).forEach((organisation) -> organisation.forget(accountId));
		this.invitations.deleteAddressedTo(account.email());
		this.tokens.deleteAllOf(accountId);
		account.erase(this.passwords.encode(RandomToken.generate("").value()));
		this.audit.record(AuditAction.ACCOUNT_ERASED, accountId, accountId, null);
		this.events.publishEvent(new AccountErased(accountId));
		this.sessions.endAll(accountId);
	}

}
