package jp.musubi.tourism.facility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.accounts.FacilityKind;

/**
 * A partner facility as guests and partners see it: one per facility organisation, kept
 * by that organisation's staff.
 */
@Entity
@Table(name = "facility")
public class Facility {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FacilityKind kind;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "postal_code")
	private String postalCode;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Column(name = "opening_hours")
	private String openingHours;

	private String phone;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Facility() {
	}

	Facility(UUID organisationId, FacilityKind kind, String name, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.kind = kind;
		this.name = name;
		this.updatedAt = now;
	}

	void describe(FacilityDescription description, Instant now) {
		this.name = description.name();
		this.description = description.description();
		this.postalCode = description.postalCode();
		this.address = description.address();
		this.latitude = description.latitude();
		this.longitude = description.longitude();
		this.openingHours = description.openingHours();
		this.phone = description.phone();
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public FacilityKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public FacilityDescription description() {
		return new FacilityDescription(this.name, this.description, this.postalCode, this.address, this.latitude,
				this.longitude, this.openingHours, this.phone);
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

}
