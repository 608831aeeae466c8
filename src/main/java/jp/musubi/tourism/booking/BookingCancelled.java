package jp.musubi.tourism.booking;

import java.util.UUID;

/** A booking was cancelled and its capacity given back. */
public record BookingCancelled(UUID bookingId) {

}
