package jp.musubi.tourism.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.TargetArea;

/**
 * A booked guest's arrival at a facility on one day. The guest's target area and country
 * are copied as they are on the day, so the region's figures stay what they were when the
 * guest later moves or is forgotten.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Column(name = "booking_id")
	private UUID bookingId;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(name = "checked_in_at", nullable = false)
	private Instant checkedInAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CheckInMethod method;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_area", nullable = false)
	private TargetArea targetArea;

	@Column(name = "origin_country", nullable = false)
	private String originCountry;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	protected CheckIn() {
	}

	CheckIn(UUID facilityId, UUID bookingId, Guest guest, LocalDate day, Instant now, CheckInMethod method,
			UUID recordedBy) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.bookingId = bookingId;
		this.guestId = guest.id();
		this.day = day;
		this.checkedInAt = now;
		this.method = method;
		this.targetArea = guest.targetArea();
		this.originCountry = guest.origin().country();
		this.recordedBy = recordedBy;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public UUID bookingId() {
		return this.bookingId;
	}

	public UUID guestId() {
		return this.guestId;
	}

	public LocalDate day() {
		return this.day;
	}

	public Instant checkedInAt() {
		return this.checkedInAt;
	}

	public CheckInMethod method() {
		return this.method;
	}

	public TargetArea targetArea() {
		return this.targetArea;
	}

	public String originCountry() {
		return this.originCountry;
	}

	/** The staff member who checked the guest in; none when a facility's system did. */
	public UUID recordedBy() {
		return this.recordedBy;
	}

}
