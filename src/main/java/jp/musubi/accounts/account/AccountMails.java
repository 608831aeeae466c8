package jp.musubi.accounts.account;

import java.time.Clock;
import java.util.Map;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.account.AccountEvents.ConfirmationRequested;
import jp.musubi.accounts.account.AccountEvents.EmailChangeRequested;
import jp.musubi.accounts.account.AccountEvents.PasswordResetRequested;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.RandomToken;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the mails with one-time links, after the request that asked for them has
 * committed. The link's secret is made here and goes only into the mail; if the SMTP
 * server refuses the mail, the transaction rolls back, the event stays in the publication
 * log and housekeeping tries again.
 */
@Component
class AccountMails {

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final Mailer mailer;

	private final AccountsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AccountMails(AccountRepository accounts, AccountTokenRepository tokens, Mailer mailer,
			AccountsProperties properties, Clock clock, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Async
	@TransactionalEventListener
	void on(ConfirmationRequested event) {
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.PENDING)
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				store(AccountToken.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, secret,
						this.properties.confirmationValidity(), this.clock));
				this.mailer.send(account.email(), account.profile().preferredLanguage().locale(), "confirm-email",
						Map.of("name", account.profile().displayName(), "token", secret.value(), "hours",
								this.properties.confirmationValidity().toHours()));
			});
	}

	@Async
	@TransactionalEventListener
	void on(PasswordResetRequested event) {
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				store(AccountToken.issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, secret,
						this.properties.passwordResetValidity(), this.clock));
				this.mailer.send(account.email(), account.profile().preferredLanguage().locale(), "reset-password",
						Map.of("name", account.profile().displayName(), "token", secret.value(), "minutes",
								this.properties.passwordResetValidity().toMinutes()));
			});
	}

	@Async
	@TransactionalEventListener
	void on(EmailChangeRequested event) {
		this.accounts.findById(event.accountId())
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.ifPresent((account) -> {
				RandomToken secret = RandomToken.generate("");
				store(AccountToken.issueForNewEmail(account.id(), secret, event.newEmail(),
						this.properties.confirmationValidity(), this.clock));
				var locale = account.profile().preferredLanguage().locale();
				var name = account.profile().displayName();
				this.mailer.send(event.newEmail(), locale, "change-email", Map.of("name", name, "token", secret.value(),
						"hours", this.properties.confirmationValidity().toHours()));
				this.mailer.send(account.email(), locale, "change-email-notice",
						Map.of("name", name, "newEmail", event.newEmail()));
			});
	}

	private void store(AccountToken token) {
		this.transactions.executeWithoutResult((status) -> this.tokens.save(token));
	}

}
