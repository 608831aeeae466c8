package jp.musubi.tourism.checkin;

import java.util.UUID;

/**
 * A booked guest checked in at a facility; {@code first} when it is the booking's first
 * check-in anywhere, the moment the stay is known to have happened. Published inside the
 * check-in's transaction.
 */
public record GuestCheckedIn(UUID checkInId, UUID bookingId, UUID facilityId, boolean first) {

}
