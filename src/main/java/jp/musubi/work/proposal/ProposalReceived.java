package jp.musubi.work.proposal;

import java.util.UUID;

/** A member proposed for a request. */
public record ProposalReceived(UUID proposalId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public ProposalReceived(UUID proposalId) {
		this(proposalId, UUID.randomUUID());
	}

}
