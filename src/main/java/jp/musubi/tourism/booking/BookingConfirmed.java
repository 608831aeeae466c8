package jp.musubi.tourism.booking;

import java.util.UUID;

/** A guest booked a programme; the confirmation mail goes out on this. */
public record BookingConfirmed(UUID bookingId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public BookingConfirmed(UUID bookingId) {
		this(bookingId, UUID.randomUUID());
	}

}
