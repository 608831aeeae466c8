package jp.musubi.work.notify;

import java.util.UUID;

/**
 * What happens in the work exchange that someone should hear about by e-mail. Each
 * carries ids only; the mail is written from the state after the change committed.
 */
public final class WorkEvents {

	private WorkEvents() {
	}

	/** A client posted or changed a request; the agent's staff review it. */
	public record RequestSubmitted(UUID requestId) {

	}

	/** The agent sent a request back to its client. */
	public record RequestReturned(UUID requestId) {

	}

	/** The agent published a request. */
	public record RequestPublished(UUID requestId) {

	}

	/** A member proposed for a request. */
	public record ProposalReceived(UUID proposalId) {

	}

	/** A proposal was accepted and a contract made. */
	public record ContractMade(UUID contractId) {

	}

	/** The member delivered a milestone. */
	public record MilestoneDelivered(UUID contractId, UUID milestoneId) {

	}

	/** The client accepted a milestone or asked for rework. */
	public record MilestoneInspected(UUID contractId, UUID milestoneId) {

	}

	/** Someone wrote in a conversation. */
	public record MessagePosted(UUID threadId, UUID messageId) {

	}

}
