package jp.musubi.accounts.account;

import java.time.Clock;
import java.util.Map;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.account.AccountEvents.ConfirmationRequested;
import jp.musubi.accounts.account.AccountEvents.EmailChangeRequested;
import jp.musubi.accounts.account.AccountEvents.PasswordResetRequested;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.RandomToken;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the mails with one-time links once the request that asked for them is kept: the
 * link's token and the mail are kept together, or not at all, and a listener run again
 * for the same event makes no second link (see {@link MailListener}). The link's secret
 * is made here and goes only into the mail.
 */
@Component
class AccountMails {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final Mailer mailer;

	private final AccountsProperties properties;

	private final Clock clock;

	AccountMails(AccountRepository accounts, AccountTokenRepository tokens, Mailer mailer,
			AccountsProperties properties, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
	}

	@MailListener
	void on(ConfirmationRequested event) {
		Mailer.Once mail = this.mailer.once("account-confirm:" + event.eventId());
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.PENDING && !mail.queued())
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				this.tokens.save(AccountToken.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, secret,
						this.properties.confirmationValidity(), this.clock));
				mail.send(account.email(), account.profile().preferredLanguage().locale(), "confirm-email",
						Map.of("name", account.profile().displayName(), "token", secret.value(), "hours",
								this.properties.confirmationValidity().toHours()));
			});
	}

	@MailListener
	void on(PasswordResetRequested event) {
		Mailer.Once mail = this.mailer.once("account-reset:" + event.eventId());
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.ACTIVE && !mail.queued())
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				this.tokens.save(AccountToken.issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, secret,
						this.properties.passwordResetValidity(), this.clock));
				mail.send(account.email(), account.profile().preferredLanguage().locale(), "reset-password",
						Map.of("name", account.profile().displayName(), "token", secret.value(), "minutes",
								this.properties.passwordResetValidity().toMinutes()));
			});
	}

	// In the request's own transaction, not a MailListener: the event carries the new
	// address, which the publication log would keep; if the mail fails, the request
	// fails and the person asks again.
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EmailChangeRequested event) {
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				this.tokens.save(AccountToken.issueForNewEmail(account.id(), secret, event.newEmail(),
						this.properties.confirmationValidity(), this.clock));
				var locale = account.profile().preferredLanguage().locale();
				var name = account.profile().displayName();
				this.mailer.send(event.newEmail(), locale, "change-email", Map.of("name", name, "token", secret.value(),
						"hours", this.properties.confirmationValidity().toHours()));
				this.mailer.send(account.email(), locale, "change-email-notice",
						Map.of("name", name, "newEmail", event.newEmail()));
			});
	}

}
