package jp.musubi.accounts.account;

import java.util.UUID;

/**
 * Events inside the accounts module that lead to an e-mail. They carry ids, never
 * secrets: the listener makes the one-time link when it writes the mail, so no usable
 * link is ever stored.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** A person signed up, or asked for the confirmation mail again. */
	public record ConfirmationRequested(UUID accountId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public ConfirmationRequested(UUID accountId) {
			this(accountId, UUID.randomUUID());
		}

	}

	/** Someone asked to reset the account's password. */
	public record PasswordResetRequested(UUID accountId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public PasswordResetRequested(UUID accountId) {
			this(accountId, UUID.randomUUID());
		}

	}

	/**
	 * Someone tried to sign up with the address of this account: its owner hears of it,
	 * and the one who tried is answered as for a new address.
	 */
	public record SignUpAttempted(UUID accountId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public SignUpAttempted(UUID accountId) {
			this(accountId, UUID.randomUUID());
		}

	}

	/** The account's owner asked to use a new address. */
	public record EmailChangeRequested(UUID accountId, String newEmail, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public EmailChangeRequested(UUID accountId, String newEmail) {
			this(accountId, newEmail, UUID.randomUUID());
		}

	}

}
