package jp.musubi.work.contract;

import java.util.UUID;

/** The client accepted a milestone or asked for rework. */
public record MilestoneInspected(UUID contractId, UUID milestoneId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public MilestoneInspected(UUID contractId, UUID milestoneId) {
		this(contractId, milestoneId, UUID.randomUUID());
	}

}
