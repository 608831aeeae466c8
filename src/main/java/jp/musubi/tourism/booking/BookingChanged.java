package jp.musubi.tourism.booking;

import java.util.UUID;

/** A guest changed the dates or party of a booking. */
public record BookingChanged(UUID bookingId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public BookingChanged(UUID bookingId) {
		this(bookingId, UUID.randomUUID());
	}

}
