package jp.musubi.accounts.account;

import java.time.Clock;
import java.util.UUID;

import jp.musubi.accounts.account.AccountEvents.ConfirmationRequested;
import jp.musubi.accounts.account.AccountEvents.SignUpAttempted;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.RandomToken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up and confirming the address. A new account cannot sign in until the link in
 * the confirmation mail is followed, which proves the address belongs to the person.
 */
@Service
public class SignUp {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	SignUp(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates the account and asks for the confirmation mail. When an account has the
	 * address already, its owner is mailed that someone tried to sign up with it, and
	 * nothing else happens: the one signing up is answered the same either way, so the
	 * form tells no one who is registered (sign-in and password reset say nothing
	 * either). The password is hashed either way, so the answer takes as long.
	 * @throws EmailTaken when two sign-ups with a new address race and the other won
	 */
	@Transactional
	public void register(Registration registration) {
		String email = Account.normalizeEmail(registration.email());
		String hash = this.passwords.encode(registration.password());
		Account existing = this.accounts.findByEmail(email).orElse(null);
		if (existing != null) {
			this.events.publishEvent(new SignUpAttempted(existing.id()));
			return;
		}
		Account account = Account.signUp(email, hash, registration.profile(), registration.kind(), this.clock);
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTaken();
		}
		this.audit.record(AuditAction.ACCOUNT_CREATED, account.id(), account.id(), registration.kind().name());
		this.events.publishEvent(new ConfirmationRequested(account.id()));
	}

	/** Follows the link from the confirmation mail. */
	@Transactional(noRollbackFor = LinkRefused.class)
	public void confirm(String secret) {
		AccountToken token = this.tokens
			.findByTokenHashAndPurpose(RandomToken.hashOf(secret), AccountToken.Purpose.CONFIRM_EMAIL)
			.orElseThrow(() -> new LinkRefused(AccountToken.Refusal.UNKNOWN));
		Account account = this.accounts.findById(token.accountId())
			.orElseThrow(() -> new LinkRefused(AccountToken.Refusal.UNKNOWN));
		if (account.status() != AccountStatus.PENDING) {
			// Following the link twice is harmless: the address is confirmed already.
			return;
		}
		AccountToken.Refusal refusal = token.refusal(this.clock);
		if (refusal != null) {
			throw new LinkRefused(refusal);
		}
		token.use(this.clock);
		account.confirmEmail(this.clock);
		this.audit.record(AuditAction.EMAIL_CONFIRMED, account.id(), account.id(), null);
	}

	/**
	 * Sends the confirmation mail again if the address belongs to an unconfirmed account.
	 * The caller says the same thing either way, so the form reveals nothing.
	 */
	@Transactional
	public void resendConfirmation(String email) {
		this.accounts.findByEmail(Account.normalizeEmail(email))
			.filter((account) -> account.status() == AccountStatus.PENDING)
			.ifPresent((account) -> this.events.publishEvent(new ConfirmationRequested(account.id())));
	}

}
