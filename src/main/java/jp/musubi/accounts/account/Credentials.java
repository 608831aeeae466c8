package jp.musubi.accounts.account;

import java.time.Clock;
import java.util.UUID;

import jp.musubi.accounts.account.AccountEvents.EmailChangeRequested;
import jp.musubi.accounts.account.AccountEvents.PasswordResetRequested;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Sessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords and addresses: changing them knowing the current password, and resetting a
 * forgotten password by a link that expires. A reset ends every session of the account,
 * since whoever knew the old password may be signed in somewhere.
 */
@Service
public class Credentials {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Sessions sessions;

	private final Clock clock;

	Credentials(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditLog audit, Sessions sessions, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Sends a reset link if the address belongs to an account that can sign in. The page
	 * says the same either way, so the form reveals nothing about who has an account.
	 */
	@Transactional
	public void requestReset(String email) {
		this.accounts.findByEmail(Account.normalizeEmail(email))
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.ifPresent((account) -> this.events.publishEvent(new PasswordResetRequested(account.id())));
	}

	/** Checks a reset link before the new password is asked for. */
	@Transactional(readOnly = true)
	public void checkResetLink(String secret) {
		resetToken(secret);
	}

	@Transactional(noRollbackFor = LinkRefused.class)
	public void reset(String secret, String newPassword) {
		AccountToken token = resetToken(secret);
		Account account = this.accounts.findById(token.accountId())
			.orElseThrow(() -> new LinkRefused(AccountToken.Refusal.UNKNOWN));
		token.use(this.clock);
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.record(AuditAction.PASSWORD_RESET, account.id(), account.id(), null);
		this.sessions.endAll(account.id());
	}

	/**
	 * @throws WrongPassword when the current password is not the account's
	 */
	@Transactional
	public void changePassword(UUID accountId, String currentPassword, String newPassword) {
		Account account = active(accountId);
		requirePassword(account, currentPassword);
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.record(AuditAction.PASSWORD_CHANGED, accountId, accountId, null);
	}

	/**
	 * Sends a confirmation link to the new address; the change happens when it is
	 * followed.
	 * @throws WrongPassword when the current password is not the account's
	 * @throws EmailTaken when another account uses the new address
	 */
	@Transactional
	public void requestEmailChange(UUID accountId, String currentPassword, String newEmail) {
		Account account = active(accountId);
		requirePassword(account, currentPassword);
		String normalized = Account.normalizeEmail(newEmail);
		if (this.accounts.existsByEmail(normalized)) {
			throw new EmailTaken();
		}
		this.events.publishEvent(new EmailChangeRequested(accountId, normalized));
	}

	/**
	 * Follows the link sent to the new address.
	 * @return the account whose address changed
	 * @throws EmailTaken when the address was taken meanwhile
	 */
	@Transactional(noRollbackFor = LinkRefused.class)
	public UUID confirmEmailChange(String secret) {
		AccountToken token = this.tokens
			.findByTokenHashAndPurpose(RandomToken.hashOf(secret), AccountToken.Purpose.CHANGE_EMAIL)
			.orElseThrow(() -> new LinkRefused(AccountToken.Refusal.UNKNOWN));
		AccountToken.Refusal refusal = token.refusal(this.clock);
		if (refusal != null) {
			throw new LinkRefused(refusal);
		}
		if (this.accounts.existsByEmail(token.newEmail())) {
			throw new EmailTaken();
		}
		Account account = active(token.accountId());
		String old = account.email();
		token.use(this.clock);
		account.changeEmail(token.newEmail(), this.clock);
		this.audit.record(AuditAction.EMAIL_CHANGED, account.id(), account.id(), AuditLog.maskEmail(old));
		return account.id();
	}

	private AccountToken resetToken(String secret) {
		AccountToken token = this.tokens
			.findByTokenHashAndPurpose(RandomToken.hashOf(secret == null ? "" : secret),
					AccountToken.Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new LinkRefused(AccountToken.Refusal.UNKNOWN));
		AccountToken.Refusal refusal = token.refusal(this.clock);
		if (refusal != null) {
			throw new LinkRefused(refusal);
		}
		return token;
	}

	private Account active(UUID accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	private void requirePassword(Account account, String password) {
		if (password == null || !this.passwords.matches(password, account.passwordHash())) {
			throw new WrongPassword();
		}
	}

}
