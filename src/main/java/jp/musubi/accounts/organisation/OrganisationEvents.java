package jp.musubi.accounts.organisation;

import java.util.UUID;

/** Events inside the accounts module about organisations. */
public final class OrganisationEvents {

	private OrganisationEvents() {
	}

	/** An owner invited someone; the listener makes the link and writes the mail. */
	public record InvitationRequested(UUID invitationId, UUID invitedBy, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public InvitationRequested(UUID invitationId, UUID invitedBy) {
			this(invitationId, invitedBy, UUID.randomUUID());
		}

	}

}
