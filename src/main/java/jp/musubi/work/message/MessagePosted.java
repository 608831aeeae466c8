package jp.musubi.work.message;

import java.util.UUID;

/** Someone wrote in a conversation. */
public record MessagePosted(UUID threadId, UUID messageId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public MessagePosted(UUID threadId, UUID messageId) {
		this(threadId, messageId, UUID.randomUUID());
	}

}
