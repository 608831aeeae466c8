package jp.musubi.tourism.facility;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Something a facility can be booked for and how many of it there are each day: twelve
 * rooms, eight therapy sessions, four checkup slots.
 */
@Entity
@Table(name = "capacity")
public class Capacity {

	/** More than any partner facility offers of one thing in a day. */
	public static final int MAX_UNITS_PER_DAY = 5000;

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CapacityKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "units_per_day", nullable = false)
	private int unitsPerDay;

	@Column(nullable = false)
	private boolean active;

	@Version
	private long version;

	protected Capacity() {
	}

	Capacity(UUID facilityId, CapacityKind kind, String name, int unitsPerDay) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.active = true;
		change(kind, name, unitsPerDay, true);
	}

	void change(CapacityKind kind, String name, int unitsPerDay, boolean active) {
		if (unitsPerDay < 0 || unitsPerDay > MAX_UNITS_PER_DAY) {
			throw new IllegalArgumentException("Units per day out of range: " + unitsPerDay);
		}
		this.kind = kind;
		this.name = name;
		this.unitsPerDay = unitsPerDay;
		this.active = active;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public CapacityKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public int unitsPerDay() {
		return this.unitsPerDay;
	}

	public boolean isActive() {
		return this.active;
	}

	public long version() {
		return this.version;
	}

}
