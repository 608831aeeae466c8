package jp.musubi.work.message;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How far a participant has read a conversation; what is newer counts as unread. */
@Entity
@Table(name = "thread_reader")
@IdClass(ThreadReader.Key.class)
public class ThreadReader {

	@Id
	@Column(name = "thread_id")
	private UUID threadId;

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "last_read_at", nullable = false)
	private Instant lastReadAt;

	protected ThreadReader() {
	}

	ThreadReader(UUID threadId, UUID accountId, Instant lastReadAt) {
		this.threadId = threadId;
		this.accountId = accountId;
		this.lastReadAt = lastReadAt;
	}

	void readUntil(Instant instant) {
		if (instant.isAfter(this.lastReadAt)) {
			this.lastReadAt = instant;
		}
	}

	public UUID threadId() {
		return this.threadId;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public Instant lastReadAt() {
		return this.lastReadAt;
	}

	/** The reader's composite key. */
	public record Key(UUID threadId, UUID accountId) implements Serializable {

		public Key() {
			this(null, null);
		}

	}

}
