package jp.musubi.tourism.booking;

import java.util.UUID;

/** A guest booked a programme; the confirmation mail goes out on this. */
public record BookingConfirmed(UUID bookingId) {

}
