package jp.musubi.tourism.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.BookingRefused.Reason;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityLedger;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Hold;
import jp.musubi.tourism.facility.SoldOut;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-stop booking: a guest books a programme once, and every component's capacity at
 * every facility is taken in the same transaction, or nothing is. Each facility a booking
 * involves gets the guest's details, and that provision is recorded as APPI asks.
 */
@Service
public class Bookings {

	/** No programme takes more people at once; a larger group talks to the agent. */
	public static final int MAX_PARTY = 50;

	private final BookingRepository bookings;

	private final DataProvisionRepository provisions;

	private final Programmes programmes;

	private final Facilities facilities;

	private final CapacityLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Bookings(BookingRepository bookings, DataProvisionRepository provisions, Programmes programmes,
			Facilities facilities, CapacityLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.bookings = bookings;
		this.provisions = provisions;
		this.programmes = programmes;
		this.facilities = facilities;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Books a published programme for the guest.
	 * @throws BookingRefused with nothing taken, when the programme is not offered, the
	 * arrival is not after today or out of season, the party size is not allowed, or a
	 * component has not enough left on some day
	 */
	@Transactional
	public Booking book(Guest guest, UUID programmeId, LocalDate arrival, int partySize, Language language,
			String redemptionCode) {
		Programme programme = this.programmes.findPublished(programmeId)
			.orElseThrow(() -> new BookingRefused(Reason.NOT_OFFERED));
		check(programme, arrival, partySize);
		String number = unusedNumber();
		Booking booking = new Booking(number, guest.id(), programme.id(), language, normaliseCode(redemptionCode),
				this.clock.instant());
		List<Hold> holds = take(programme, arrival, partySize);
		booking.stay(arrival, programme.departure(arrival), partySize, programme.price(partySize), holds,
				facilityOfCapacity(holds));
		this.bookings.save(booking);
		recordProvisions(booking, DataProvision.Purpose.BOOKING);
		this.events.publishEvent(new BookingConfirmed(booking.id()));
		return booking;
	}

	/**
	 * Moves the stay or changes the party, while the programme's free cancellation period
	 * lasts: the old holds are given back and the new ones taken, or nothing changes.
	 */
	@Transactional
	public Booking change(UUID bookingId, LocalDate arrival, int partySize) {
		Booking booking = this.bookings.findLocked(bookingId).orElseThrow();
		Programme programme = this.programmes.find(booking.programmeId()).orElseThrow();
		booking.requireChangeable(programme.cancellationPolicy(), this.clock);
		check(programme, arrival, partySize);
		this.ledger.release(booking.holds());
		List<Hold> holds = take(programme, arrival, partySize);
		booking.change(arrival, programme.departure(arrival), partySize, programme.price(partySize), holds,
				facilityOfCapacity(holds), programme.cancellationPolicy(), this.clock);
		recordProvisions(booking, DataProvision.Purpose.BOOKING_CHANGE);
		this.events.publishEvent(new BookingChanged(booking.id()));
		return booking;
	}

	/**
	 * Cancels the booking and gives its capacity back; after the free period the
	 * programme's fee is due.
	 */
	@Transactional
	public Booking cancel(UUID bookingId) {
		Booking booking = this.bookings.findLocked(bookingId).orElseThrow();
		Programme programme = this.programmes.find(booking.programmeId()).orElseThrow();
		booking.cancel(programme.cancellationPolicy(), this.clock);
		this.ledger.release(booking.holds());
		this.events.publishEvent(new BookingCancelled(booking.id()));
		return booking;
	}

	@Transactional(readOnly = true)
	public Optional<Booking> find(UUID bookingId) {
		return this.bookings.findById(bookingId);
	}

	/** The booking with this number, however staff typed it. */
	@Transactional(readOnly = true)
	public Optional<Booking> findByNumber(String typed) {
		return this.bookings.findByNumber(BookingNumber.normalise(typed));
	}

	@Transactional(readOnly = true)
	public Optional<Booking> findByCheckInToken(String token) {
		return this.bookings.findByCheckInToken(token);
	}

	@Transactional(readOnly = true)
	public Page<Booking> ofGuest(UUID guestId, Pageable pageable) {
		return this.bookings.findByGuestIdOrderByArrivalDesc(guestId, pageable);
	}

	/**
	 * Bookings that hold something at the facility on a day from {@code first} to
	 * {@code last}.
	 */
	@Transactional(readOnly = true)
	public Page<Booking> atFacility(UUID facilityId, LocalDate first, LocalDate last, Pageable pageable) {
		return this.bookings.findAtFacility(facilityId, first, last, pageable);
	}

	/**
	 * Confirmed bookings whose stay ended on a day from {@code first} to {@code last}.
	 */
	@Transactional(readOnly = true)
	public List<Booking> endedBetween(LocalDate first, LocalDate last) {
		return this.bookings.findByStatusAndDepartureBetweenOrderByDeparture(BookingStatus.CONFIRMED, first, last);
	}

	/** The bookings made with a campaign's redemption code, in the order they came. */
	@Transactional(readOnly = true)
	public List<Booking> withRedemptionCode(String code) {
		String normalised = normaliseCode(code);
		return (normalised != null) ? this.bookings.findByRedemptionCodeOrderByCreatedAtAsc(normalised) : List.of();
	}

	/** The guest's records of personal data passed to facilities, newest first. */
	@Transactional(readOnly = true)
	public Page<DataProvision> provisionsOf(UUID guestId, Pageable pageable) {
		return this.provisions.findByGuestIdOrderByProvidedAtDesc(guestId, pageable);
	}

	private void check(Programme programme, LocalDate arrival, int partySize) {
		if (!arrival.isAfter(Dates.today(this.clock))) {
			throw new BookingRefused(Reason.IN_THE_PAST);
		}
		if (!programme.inSeason(arrival)) {
			throw new BookingRefused(Reason.OUT_OF_SEASON, programme.seasonStart(), programme.seasonEnd());
		}
		int largest = Math.min(programme.maxParty(), MAX_PARTY);
		if (partySize < programme.minParty() || partySize > largest) {
			throw new BookingRefused(Reason.PARTY_SIZE, programme.minParty(), largest);
		}
	}

	private List<Hold> take(Programme programme, LocalDate arrival, int partySize) {
		List<Hold> holds = programme.holds(arrival, partySize);
		try {
			this.ledger.take(holds);
		}
		catch (SoldOut soldOut) {
			BookingRefused.ComponentName name = this.facilities.capacity(soldOut.capacityId())
				.map((capacity) -> new BookingRefused.ComponentName(capacity.name(), capacity.translations()))
				.orElse(new BookingRefused.ComponentName("", Map.of()));
			throw new BookingRefused(Reason.SOLD_OUT, name, soldOut.day());
		}
		return holds;
	}

	private Map<UUID, UUID> facilityOfCapacity(List<Hold> holds) {
		Set<UUID> ids = holds.stream().map(Hold::capacityId).collect(Collectors.toSet());
		return this.facilities.capacities(ids)
			.stream()
			.collect(Collectors.toMap(Capacity::id, Capacity::facilityId, (a, b) -> a));
	}

	private void recordProvisions(Booking booking, DataProvision.Purpose purpose) {
		for (UUID facility : booking.facilityIds()) {
			this.provisions.save(new DataProvision(booking.guestId(), booking.id(), facility,
					DataProvision.BOOKING_ITEMS, purpose, this.clock.instant()));
		}
	}

	private String unusedNumber() {
		String number = BookingNumber.next();
		while (this.bookings.existsByNumber(number)) {
			number = BookingNumber.next();
		}
		return number;
	}

	private static String normaliseCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String normalised = java.text.Normalizer.normalize(code.strip(), java.text.Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT);
		if (normalised.length() > Booking.REDEMPTION_CODE_LENGTH) {
			throw new BookingRefused(Reason.CODE_TOO_LONG, Booking.REDEMPTION_CODE_LENGTH);
		}
		return normalised;
	}

}
