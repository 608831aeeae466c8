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
	public record RequestSubmitted(UUID requestId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public RequestSubmitted(UUID requestId) {
			this(requestId, UUID.randomUUID());
		}

	}

	/** The agent sent a request back to its client. */
	public record RequestReturned(UUID requestId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public RequestReturned(UUID requestId) {
			this(requestId, UUID.randomUUID());
		}

	}

	/** The agent published a request. */
	public record RequestPublished(UUID requestId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public RequestPublished(UUID requestId) {
			this(requestId, UUID.randomUUID());
		}

	}

	/** A member proposed for a request. */
	public record ProposalReceived(UUID proposalId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public ProposalReceived(UUID proposalId) {
			this(proposalId, UUID.randomUUID());
		}

	}

	/** A proposal was accepted and a contract made. */
	public record ContractMade(UUID contractId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public ContractMade(UUID contractId) {
			this(contractId, UUID.randomUUID());
		}

	}

	/** The member delivered a milestone. */
	public record MilestoneDelivered(UUID contractId, UUID milestoneId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public MilestoneDelivered(UUID contractId, UUID milestoneId) {
			this(contractId, milestoneId, UUID.randomUUID());
		}

	}

	/** The client accepted a milestone or asked for rework. */
	public record MilestoneInspected(UUID contractId, UUID milestoneId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public MilestoneInspected(UUID contractId, UUID milestoneId) {
			this(contractId, milestoneId, UUID.randomUUID());
		}

	}

	/** Someone wrote in a conversation. */
	public record MessagePosted(UUID threadId, UUID messageId, UUID eventId) {

		/** A new event, with an id of its own by which its mails go once. */
		public MessagePosted(UUID threadId, UUID messageId) {
			this(threadId, messageId, UUID.randomUUID());
		}

	}

}
