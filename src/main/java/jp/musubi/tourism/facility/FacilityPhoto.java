package jp.musubi.tourism.facility;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo on a facility's public page, with the caption that is also its alternative text
 * for people who cannot see it.
 */
@Entity
@Table(name = "facility_photo")
public class FacilityPhoto {

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	private String caption;

	@Column(nullable = false)
	private int position;

	protected FacilityPhoto() {
	}

	FacilityPhoto(UUID facilityId, String storageKey, String contentType, String caption, int position) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.storageKey = storageKey;
		this.contentType = contentType;
		this.caption = caption;
		this.position = position;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	String storageKey() {
		return this.storageKey;
	}

	public String contentType() {
		return this.contentType;
	}

	public String caption() {
		return this.caption;
	}

	public int position() {
		return this.position;
	}

}
