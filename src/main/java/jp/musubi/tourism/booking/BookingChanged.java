package jp.musubi.tourism.booking;

import java.util.UUID;

/** A guest changed the dates or party of a booking. */
public record BookingChanged(UUID bookingId) {

}
