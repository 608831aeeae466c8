package jp.musubi.tourism.booking;

import java.util.UUID;

/** A booking was cancelled and its capacity given back. */
public record BookingCancelled(UUID bookingId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public BookingCancelled(UUID bookingId) {
		this(bookingId, UUID.randomUUID());
	}

}
