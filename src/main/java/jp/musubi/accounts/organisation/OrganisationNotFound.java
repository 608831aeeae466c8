package jp.musubi.accounts.organisation;

import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;

/** No organisation with that id. */
public class OrganisationNotFound extends NotFound {

	public OrganisationNotFound(UUID id) {
		super("organisation", id);
	}

}
