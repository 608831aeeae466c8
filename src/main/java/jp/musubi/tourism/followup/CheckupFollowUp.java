package jp.musubi.tourism.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a clinic found at a guest's checkup, its advice and when the next checkup is due.
 * Health data (要配慮個人情報 under APPI): kept only while the guest consents, seen by that
 * clinic and the guest alone.
 */
@Entity
@Table(name = "checkup_follow_up")
public class CheckupFollowUp {

	public static final int TEXT_LIMIT = 4000;

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(name = "booking_id")
	private UUID bookingId;

	@Column(name = "examined_on", nullable = false)
	private LocalDate examinedOn;

	@Column(nullable = false)
	private String findings;

	private String advice;

	@Column(name = "next_checkup_on")
	private LocalDate nextCheckupOn;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "recorded_by", nullable = false)
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected CheckupFollowUp() {
	}

	CheckupFollowUp(UUID facilityId, UUID guestId, UUID bookingId, CheckupNote note, UUID recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.guestId = guestId;
		this.bookingId = bookingId;
		this.examinedOn = note.examinedOn();
		this.findings = note.findings();
		this.advice = note.advice();
		this.nextCheckupOn = note.nextCheckupOn();
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void reminded(Instant now) {
		this.reminderSentAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public UUID guestId() {
		return this.guestId;
	}

	public UUID bookingId() {
		return this.bookingId;
	}

	public LocalDate examinedOn() {
		return this.examinedOn;
	}

	public String findings() {
		return this.findings;
	}

	public String advice() {
		return this.advice;
	}

	public Optional<LocalDate> nextCheckupOn() {
		return Optional.ofNullable(this.nextCheckupOn);
	}

	public Optional<Instant> reminderSentAt() {
		return Optional.ofNullable(this.reminderSentAt);
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
