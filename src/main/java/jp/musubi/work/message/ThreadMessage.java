package jp.musubi.work.message;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in a conversation, with its author's name as it was when written. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage {

	public static final int BODY_LIMIT = 4000;

	@Id
	private UUID id;

	@Column(name = "thread_id", nullable = false)
	private UUID threadId;

	@Column(name = "author_id", nullable = false)
	private UUID authorId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	@Column(nullable = false)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ThreadMessage() {
	}

	ThreadMessage(UUID threadId, UUID authorId, String authorName, String body, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.threadId = threadId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID threadId() {
		return this.threadId;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public String authorName() {
		return this.authorName;
	}

	public String body() {
		return this.body;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
