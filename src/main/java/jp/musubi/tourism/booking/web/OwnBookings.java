package jp.musubi.tourism.booking.web;

import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;

import org.springframework.stereotype.Component;

/**
 * A signed-in person's own guest record and bookings. A booking that is not theirs is
 * refused (403) whether they guessed its id or followed an old link; one that does not
 * exist is not found (404).
 */
@Component
class OwnBookings {

	private final Guests guests;

	private final Bookings bookings;

	OwnBookings(Guests guests, Bookings bookings) {
		this.guests = guests;
		this.bookings = bookings;
	}

	Optional<Guest> guest(CurrentUser user) {
		return this.guests.ofAccount(user.accountId());
	}

	Booking booking(CurrentUser user, UUID bookingId) {
		Booking booking = this.bookings.find(bookingId).orElseThrow(() -> new NotFound("booking", bookingId));
		boolean own = guest(user).map((guest) -> guest.id().equals(booking.guestId())).orElse(false);
		if (!own) {
			throw new TourismAccess.Refused("Booking " + bookingId + " is another guest's");
		}
		return booking;
	}

}
