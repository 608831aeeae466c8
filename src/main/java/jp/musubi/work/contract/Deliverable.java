package jp.musubi.work.contract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.work.upload.StoredUpload;

/**
 * A file the member delivered for a milestone, kept in file storage under its own key.
 */
@Entity
@Table(name = "deliverable")
public class Deliverable {

	@Id
	private UUID id;

	@Column(name = "milestone_id", nullable = false)
	private UUID milestoneId;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	private String note;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Deliverable() {
	}

	Deliverable(UUID milestoneId, StoredUpload upload, String note, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.milestoneId = milestoneId;
		this.storageKey = upload.key();
		this.filename = upload.filename();
		this.contentType = upload.contentType();
		this.size = upload.size();
		this.sha256 = upload.sha256();
		this.note = note;
		this.uploadedAt = uploadedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID milestoneId() {
		return this.milestoneId;
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

	public String sha256() {
		return this.sha256;
	}

	public String note() {
		return this.note;
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

}
