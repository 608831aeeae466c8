package jp.musubi.accounts.organisation;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

public class OrganisationNotFound extends ResponseStatusException {

	public OrganisationNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, "No organisation " + id);
	}

}
