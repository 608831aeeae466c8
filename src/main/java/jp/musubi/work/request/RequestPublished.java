package jp.musubi.work.request;

import java.util.UUID;

/** The agent published a request. */
public record RequestPublished(UUID requestId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public RequestPublished(UUID requestId) {
		this(requestId, UUID.randomUUID());
	}

}
