package jp.musubi.accounts.account;

/** A link from an e-mail that cannot be used: unknown, expired or used already. */
public class LinkRefused extends RuntimeException {

	private final AccountToken.Refusal reason;

	public LinkRefused(AccountToken.Refusal reason) {
		super("Link refused: " + reason);
		this.reason = reason;
	}

	public AccountToken.Refusal reason() {
		return this.reason;
	}

}
