package jp.musubi.work.message;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The conversation about one request or one contract. */
@Entity
@Table(name = "message_thread")
public class MessageThread {

	/** What a conversation is about. */
	public enum Subject {

		REQUEST, CONTRACT

	}

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_type", nullable = false)
	private Subject subjectType;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected MessageThread() {
	}

	MessageThread(Subject subjectType, UUID subjectId, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public Subject subjectType() {
		return this.subjectType;
	}

	public UUID subjectId() {
		return this.subjectId;
	}

}
