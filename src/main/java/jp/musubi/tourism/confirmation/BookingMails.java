package jp.musubi.tourism.confirmation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.mail.Mailer.Attachment;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingCancelled;
import jp.musubi.tourism.booking.BookingChanged;
import jp.musubi.tourism.booking.BookingConfirmed;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.confirmation.Itineraries.Itinerary;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.programme.Programme;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails a guest gets about a booking, in the language they booked in: one
 * confirmation for the whole stay, whatever number of facilities it involves, with the
 * stay as a calendar file and the check-in QR code; a short note when it changes or is
 * cancelled. Each is written in the booking's own transaction: it goes exactly when the
 * booking is kept, once, and before the guest is answered (see {@link MailListener}).
 */
@Component
class BookingMails {

	private final Bookings bookings;

	private final Guests guests;

	private final Accounts accounts;

	private final Itineraries itineraries;

	private final CheckInCode checkInCode;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Dates dates;

	BookingMails(Bookings bookings, Guests guests, Accounts accounts, Itineraries itineraries, CheckInCode checkInCode,
			Mailer mailer, MessageSource messages, Dates dates) {
		this.bookings = bookings;
		this.guests = guests;
		this.accounts = accounts;
		this.itineraries = itineraries;
		this.checkInCode = checkInCode;
		this.mailer = mailer;
		this.messages = messages;
		this.dates = dates;
	}

	@MailListener
	void on(BookingConfirmed confirmed) {
		send(confirmed.bookingId(), confirmed.eventId(), "tourism-booking-confirmed", true);
	}

	@MailListener
	void on(BookingChanged changed) {
		send(changed.bookingId(), changed.eventId(), "tourism-booking-changed", true);
	}

	@MailListener
	void on(BookingCancelled cancelled) {
		send(cancelled.bookingId(), cancelled.eventId(), "tourism-booking-cancelled", false);
	}

	private void send(UUID bookingId, UUID eventId, String template, boolean withFiles) {
		Booking booking = this.bookings.find(bookingId).orElse(null);
		if (booking == null) {
			return;
		}
		Optional<PersonSummary> person = this.guests.find(booking.guestId())
			.flatMap((guest) -> guest.accountId())
			.flatMap(this.accounts::person);
		if (person.isEmpty()) {
			// The guest erased their account meanwhile: there is no one to write to.
			return;
		}
		Locale locale = booking.language().locale();
		Itinerary itinerary = this.itineraries.of(booking, booking.language());
		Programme programme = itinerary.programme();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", person.get().displayName());
		model.put("programme", itinerary.programmeName());
		model.put("number", booking.number());
		model.put("arrival", this.dates.day(booking.arrival(), locale));
		model.put("departure", this.dates.day(booking.departure(), locale));
		model.put("party", booking.partySize());
		model.put("price", booking.price().format(locale));
		model.put("fee", booking.cancellationFee().map((fee) -> fee.format(locale)).orElse(""));
		model.put("stops", itinerary.stops()
			.stream()
			.map((stop) -> this.messages.getMessage("tourism.itinerary.stop",
					new Object[] { this.dates.day(stop.day(), locale), stop.facility(), stop.capacity(), stop.units() },
					locale))
			.toList());
		model.put("policy",
				this.messages.getMessage("tourism.policy.free",
						new Object[] { this.dates.day(programme.freeCancellationUntil(booking.arrival()), locale),
								programme.cancellationFeePercent() },
						locale));
		model.put("path", "/tourism/bookings/" + booking.id());
		List<Attachment> files = withFiles ? List.of(
				new Attachment("stay-" + booking.number() + ".ics", StayCalendar.CONTENT_TYPE,
						StayCalendar.of(booking.id(), booking.arrival(), booking.departure(), itinerary.programmeName(),
								itinerary.firstPlace(), booking.number())),
				new Attachment("check-in-" + booking.number() + ".png", "image/png", this.checkInCode.png(booking)))
				: List.of();
		this.mailer.once(template + ":" + eventId)
			.send(person.get().email(), locale, template, new Object[] { itinerary.programmeName(), booking.number() },
					model, files);
	}

}
