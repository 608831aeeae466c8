package jp.musubi.accounts.account;

import java.util.Map;

import jp.musubi.accounts.account.AccountEvents.SignUpAttempted;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;

import org.springframework.stereotype.Component;

/**
 * Tells an account's owner that someone tried to sign up with their address: the sign-up
 * form answers as for a new address, so this mail is where the owner learns what happened
 * and the way to sign in or reset the password.
 */
@Component
class SignUpAttemptMails {

	private final AccountRepository accounts;

	private final Mailer mailer;

	SignUpAttemptMails(AccountRepository accounts, Mailer mailer) {
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@MailListener
	void on(SignUpAttempted event) {
		this.accounts.findById(event.accountId())
			.ifPresent((account) -> this.mailer.once("account-signup-attempt:" + event.eventId())
				.send(account.email(), account.profile().preferredLanguage().locale(), "signup-attempted",
						Map.of("name", account.profile().displayName())));
	}

}
