package jp.musubi.work.contract;

import java.util.UUID;

/** The member delivered a milestone. */
public record MilestoneDelivered(UUID contractId, UUID milestoneId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public MilestoneDelivered(UUID contractId, UUID milestoneId) {
		this(contractId, milestoneId, UUID.randomUUID());
	}

}
