package jp.musubi.tourism.booking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.confirmation.CheckInCode;
import jp.musubi.tourism.confirmation.Itineraries.Itinerary;
import jp.musubi.tourism.confirmation.Itineraries;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.programme.Programme;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guest's bookings through the API, signed in as on the site (session and CSRF token):
 * the same booking, change and cancellation as the pages, with the same refusals, each
 * with its message in the caller's language. Only the guest's own bookings.
 */
@RestController
@Tag(name = "tourism-guest")
class GuestBookingsApi {

	private static final int PAGE_SIZE = 20;

	private final Bookings bookings;

	private final OwnBookings own;

	private final Itineraries itineraries;

	private final CheckInCode checkInCode;

	private final MessageSource messages;

	GuestBookingsApi(Bookings bookings, OwnBookings own, Itineraries itineraries, CheckInCode checkInCode,
			MessageSource messages) {
		this.bookings = bookings;
		this.own = own;
		this.itineraries = itineraries;
		this.checkInCode = checkInCode;
		this.messages = messages;
	}

	@Operation(summary = "The signed-in guest's bookings, latest arrival first, 20 a page (pages count from 1)")
	@GetMapping("/api/v1/tourism/bookings")
	BookingPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request) {
		Language language = ApiLanguage.of(request);
		Page<Booking> found = this.own.guest(user)
			.map((guest) -> this.bookings.ofGuest(guest.id(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)))
			.orElse(Page.empty());
		return new BookingPage(found.getContent().stream().map((booking) -> json(booking, language)).toList(),
				found.getNumber() + 1, found.getTotalElements(), found.getTotalPages());
	}

	@Operation(summary = "One of the guest's own bookings, with what it holds at which facility on which day; "
			+ "another guest's booking is refused (403)")
	@GetMapping("/api/v1/tourism/bookings/{id}")
	BookingJson show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		return json(this.own.booking(user, id), ApiLanguage.of(request));
	}

	@Operation(summary = "Book a published programme once for all its facilities (201). Needs the guest profile "
			+ "(PUT /api/v1/tourism/me) first. Refusals: 400 for a day in the past or out of season or a party size "
			+ "the programme does not take, 409 when a component is sold out, 404 for a programme not offered; the "
			+ "message is in the Accept-Language")
	@PostMapping("/api/v1/tourism/bookings")
	ResponseEntity<BookingJson> book(@AuthenticationPrincipal CurrentUser user, @RequestBody NewBooking body,
			HttpServletRequest request) {
		Guest guest = this.own.guest(user).orElseThrow(GuestNeeded::new);
		Input.require(body.programmeId() != null, "programmeId", "tourism.booking.refused.NOT_OFFERED");
		Input.require(body.arrival() != null, "arrival", "tourism.booking.error.arrival.missing");
		Input.require(body.partySize() != null, "partySize", "tourism.booking.error.party.missing");
		UnusableCharacter.firstIn(body.redemptionCode())
			.ifPresent((unusable) -> Input.require(false, "redemptionCode", unusable.messageKey()));
		Language language = ApiLanguage.of(request);
		Booking booking = this.bookings.book(guest, body.programmeId(), body.arrival(), body.partySize(), language,
				body.redemptionCode());
		return ResponseEntity.status(HttpStatus.CREATED).body(json(booking, language));
	}

	@Operation(summary = "Move the stay or change the party of one's own booking while changes are free; "
			+ "refusals as for booking, 409 once changes are no longer free")
	@PutMapping("/api/v1/tourism/bookings/{id}")
	BookingJson change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, @RequestBody StayChange body,
			HttpServletRequest request) {
		this.own.booking(user, id);
		Input.require(body.arrival() != null, "arrival", "tourism.booking.error.arrival.missing");
		Input.require(body.partySize() != null, "partySize", "tourism.booking.error.party.missing");
		return json(this.bookings.change(id, body.arrival(), body.partySize()), ApiLanguage.of(request));
	}

	@Operation(summary = "Cancel one's own booking; after the free period the programme's fee is due and shown "
			+ "as cancellationFee")
	@PostMapping("/api/v1/tourism/bookings/{id}/cancel")
	BookingJson cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		this.own.booking(user, id);
		return json(this.bookings.cancel(id), ApiLanguage.of(request));
	}

	private BookingJson json(Booking booking, Language language) {
		Itinerary itinerary = this.itineraries.of(booking, language);
		Programme programme = itinerary.programme();
		return new BookingJson(booking.id(), booking.number(), booking.programmeId(), itinerary.programmeName(),
				booking.arrival(), booking.departure(), booking.partySize(), booking.price().amount(),
				booking.status().name(),
				this.messages.getMessage(booking.status().messageKey(), null, language.locale()),
				booking.language().tag(), programme.freeCancellationUntil(booking.arrival()),
				booking.cancellationFee().map((fee) -> fee.amount()).orElse(null), this.checkInCode.url(booking),
				itinerary.stops()
					.stream()
					.map((stop) -> new LineJson(stop.day(), stop.facilityId(), stop.facility(), stop.capacity(),
							(stop.kind() != null) ? stop.kind().name() : null, stop.units()))
					.toList());
	}

	/** A booking to make. */
	record NewBooking(UUID programmeId, LocalDate arrival, Integer partySize, String redemptionCode) {

	}

	/** The new arrival and party of a booking. */
	record StayChange(LocalDate arrival, Integer partySize) {

	}

	/** A booking as the guest sees it; amounts in yen. */
	record BookingJson(UUID id, String number, UUID programmeId, String programmeName, LocalDate arrival,
			LocalDate departure, int partySize, long price, String status, String statusText, String language,
			LocalDate freeCancellationUntil, Long cancellationFee, String checkInUrl, List<LineJson> lines) {

	}

	/** Units of one capacity held at a facility on a day. */
	record LineJson(LocalDate day, UUID facilityId, String facility, String capacity, String kind, int units) {

	}

	/** A page of bookings. */
	record BookingPage(List<BookingJson> items, int page, long totalItems, int totalPages) {

	}

	/** The person has no guest profile yet. */
	static class GuestNeeded extends RuntimeException {

		GuestNeeded() {
			super("No guest profile yet");
		}

	}

	/** A required value missing from the body, with the message that says so. */
	static final class Input extends RuntimeException {

		private final String field;

		private final String messageKey;

		private Input(String field, String messageKey) {
			super("Missing " + field);
			this.field = field;
			this.messageKey = messageKey;
		}

		static void require(boolean present, String field, String messageKey) {
			if (!present) {
				throw new Input(field, messageKey);
			}
		}

		String field() {
			return this.field;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
