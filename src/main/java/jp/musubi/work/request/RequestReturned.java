package jp.musubi.work.request;

import java.util.UUID;

/** The agent sent a request back to its client. */
public record RequestReturned(UUID requestId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public RequestReturned(UUID requestId) {
		this(requestId, UUID.randomUUID());
	}

}
