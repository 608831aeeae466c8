package jp.musubi.accounts.account;

import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;

/** No account with that id, or one that is erased. */
public class AccountNotFound extends NotFound {

	public AccountNotFound(UUID id) {
		super("account", id);
	}

}
