package jp.musubi.tourism.booking;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.tourism.facility.Hold;

/** Units of one facility's capacity on one day that a booking holds. */
@Entity
@Table(name = "booking_line")
public class BookingLine {

	@Id
	private UUID id;

	@Column(name = "booking_id", nullable = false)
	private UUID bookingId;

	@Column(name = "capacity_id", nullable = false)
	private UUID capacityId;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(nullable = false)
	private int units;

	protected BookingLine() {
	}

	BookingLine(UUID bookingId, UUID facilityId, Hold hold) {
		this.id = UUID.randomUUID();
		this.bookingId = bookingId;
		this.facilityId = facilityId;
		this.capacityId = hold.capacityId();
		this.day = hold.day();
		this.units = hold.units();
	}

	public UUID capacityId() {
		return this.capacityId;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public LocalDate day() {
		return this.day;
	}

	public int units() {
		return this.units;
	}

	Hold hold() {
		return new Hold(this.capacityId, this.day, this.units);
	}

}
