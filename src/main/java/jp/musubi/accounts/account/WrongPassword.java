package jp.musubi.accounts.account;

/** The current password given to confirm a change was not the account's. */
public class WrongPassword extends RuntimeException {

	public WrongPassword() {
		super("The current password does not match");
	}

}
