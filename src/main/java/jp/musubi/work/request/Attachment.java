package jp.musubi.work.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file the client attached to a request (a sample, a specification, a photo). */
@Entity
@Table(name = "work_request_attachment")
public class Attachment {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private long size;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(UUID requestId, String storageKey, String filename, String contentType, long size, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.storageKey = storageKey;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.uploadedAt = uploadedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public String storageKey() {
		return this.storageKey;
	}

	public String filename() {
		return this.filename;
	}

	public String contentType() {
		return this.contentType;
	}

	public long size() {
		return this.size;
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

}
