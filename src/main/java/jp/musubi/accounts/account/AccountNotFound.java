package jp.musubi.accounts.account;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No account with that id, or one that is erased. */
public class AccountNotFound extends ResponseStatusException {

	public AccountNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, "No account " + id);
	}

}
