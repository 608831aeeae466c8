package jp.musubi.accounts.organisation;

import java.util.UUID;

/** Events inside the accounts module about organisations. */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	/** An owner invited someone; the listener makes the link and writes the mail. */
	public record InvitationRequested(UUID invitationId, UUID invitedBy) {

	}

}
