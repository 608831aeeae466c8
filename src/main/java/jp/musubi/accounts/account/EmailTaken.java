package jp.musubi.accounts.account;

/** Another account already uses the address. */
public class EmailTaken extends RuntimeException {

	public EmailTaken() {
		super("The e-mail address is in use");
	}

}
