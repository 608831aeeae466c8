package jp.musubi.accounts.account;

/** Where an account is in its life. */
public enum AccountStatus {

	/** Signed up; the e-mail address is not confirmed yet, so it cannot sign in. */
	PENDING,
	/** Confirmed and in use. */
	ACTIVE,
	/** Stopped by an administrator; it cannot sign in. */
	DISABLED,
	/** Erased at its owner's request: only the id remains, for records the law keeps. */
	ERASED

}
