package jp.musubi.work.request;

import java.util.UUID;

/** A client posted or changed a request; the agent's staff review it. */
public record RequestSubmitted(UUID requestId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public RequestSubmitted(UUID requestId) {
		this(requestId, UUID.randomUUID());
	}

}
