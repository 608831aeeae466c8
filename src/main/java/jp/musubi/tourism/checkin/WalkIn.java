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

import jp.musubi.tourism.guest.TargetArea;

/**
 * People who came to a facility without a booking, counted only: how many and from which
 * target area, never who they are, so no consent is needed to record them.
 */
@Entity
@Table(name = "walk_in")
public class WalkIn {

	/** A coach party is the most a desk counts at once; more is a typing slip. */
	public static final int MAX_PEOPLE = 500;

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(nullable = false)
	private int people;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_area", nullable = false)
	private TargetArea targetArea;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	protected WalkIn() {
	}

	WalkIn(UUID facilityId, LocalDate day, int people, TargetArea targetArea, Instant now, UUID recordedBy) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.day = day;
		this.people = people;
		this.targetArea = targetArea;
		this.recordedAt = now;
		this.recordedBy = recordedBy;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public LocalDate day() {
		return this.day;
	}

	public int people() {
		return this.people;
	}

	public TargetArea targetArea() {
		return this.targetArea;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
