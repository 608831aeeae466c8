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

/**
 * Writes the mails with one-time links in the transaction of the request that asked for
 * them: the link's token and the mail are kept together with the change, or not at all,
 * the mail is out before the request is answered, and a listener run again for the same
 * event makes no second link (see {@link MailListener}). The link's secret is made here
 * and goes only into the mail.
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

	@MailListener
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
