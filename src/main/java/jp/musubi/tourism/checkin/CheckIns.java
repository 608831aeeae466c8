package jp.musubi.tourism.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.checkin.CheckInRefused.Reason;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Usage at the facilities: booked guests checking in, by QR code, by booking number or
 * from the facility's own system, and walk-ins counted without a name. A facility's staff
 * and its API token act for that facility only.
 */
@Service
public class CheckIns {

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(Dates.JAPAN);

	private final CheckInRepository checkIns;

	private final WalkInRepository walkIns;

	private final Bookings bookings;

	private final Guests guests;

	private final Facilities facilities;

	private final TourismAccess access;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CheckIns(CheckInRepository checkIns, WalkInRepository walkIns, Bookings bookings, Guests guests,
			Facilities facilities, TourismAccess access, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.checkIns = checkIns;
		this.walkIns = walkIns;
		this.bookings = bookings;
		this.guests = guests;
		this.facilities = facilities;
		this.access = access;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The facility, when the person is its staff; 404 when there is none, else 403. */
	@Transactional(readOnly = true)
	public Facility facilityOfStaff(CurrentUser user, UUID facilityId) {
		Facility facility = facility(facilityId);
		this.access.requireStaffOf(user, facility.organisationId());
		return facility;
	}

	/** The facility, when the token is its own. */
	@Transactional(readOnly = true)
	public Facility facilityOfClient(ApiClient client, UUID facilityId) {
		Facility facility = facility(facilityId);
		this.access.requireOwnFacility(client, facility.organisationId());
		return facility;
	}

	/** The facilities the person works at. */
	@Transactional(readOnly = true)
	public List<Facility> facilitiesOf(CurrentUser user) {
		return this.facilities.ofOrganisations(
				this.access.facilityOrganisations(user).stream().map((organisation) -> organisation.id()).toList());
	}

	/**
	 * The booking the code in a guest's QR code belongs to, with those of the person's
	 * facilities it involves; empty, revealing nothing, when it involves none of them.
	 */
	@Transactional(readOnly = true)
	public Optional<AtDesk> byCode(CurrentUser user, String checkInToken) {
		return this.bookings.findByCheckInToken(checkInToken).flatMap((booking) -> {
			List<Facility> here = facilitiesOf(user).stream().filter((f) -> booking.involves(f.id())).toList();
			return here.isEmpty() ? Optional.empty() : Optional.of(new AtDesk(booking, here));
		});
	}

	/** The booking with this number, however typed, if it involves the facility. */
	@Transactional(readOnly = true)
	public Booking byNumber(Facility facility, String typed) {
		return this.bookings.findByNumber((typed != null) ? typed : "")
			.filter((booking) -> booking.involves(facility.id()))
			.orElseThrow(() -> new CheckInRefused(Reason.UNKNOWN));
	}

	/** The booking whose QR code carries this code, if it involves the facility. */
	@Transactional(readOnly = true)
	public Booking byCode(Facility facility, String checkInToken) {
		return this.bookings.findByCheckInToken((checkInToken != null) ? checkInToken : "")
			.filter((booking) -> booking.involves(facility.id()))
			.orElseThrow(() -> new CheckInRefused(Reason.UNKNOWN));
	}

	/**
	 * Checks the booked guest in at the facility today.
	 * @throws CheckInRefused with nothing recorded, when the booking does not involve the
	 * facility, is cancelled, today is outside its stay, or the guest already checked in
	 * here today (also when another desk checked them in at the same moment: the
	 * database's unique index decides, and the loser hears the winner's time)
	 */
	public CheckIn checkIn(Facility facility, UUID bookingId, CheckInMethod method, UUID recordedBy) {
		try {
			return this.transaction.execute((status) -> record(facility, bookingId, method, recordedBy));
		}
		catch (DataIntegrityViolationException ex) {
			CheckIn winner = todayAt(facility.id(), bookingId).orElseThrow(() -> ex);
			throw new CheckInRefused(Reason.ALREADY, HOUR_MINUTE.format(winner.checkedInAt()));
		}
	}

	private CheckIn record(Facility facility, UUID bookingId, CheckInMethod method, UUID recordedBy) {
		Booking booking = this.bookings.find(bookingId)
			.filter((found) -> found.involves(facility.id()))
			.orElseThrow(() -> new CheckInRefused(Reason.UNKNOWN));
		LocalDate today = Dates.today(this.clock);
		if (!booking.isConfirmed()) {
			throw new CheckInRefused(Reason.CANCELLED);
		}
		if (today.isBefore(booking.arrival())) {
			throw new CheckInRefused(Reason.BEFORE_ARRIVAL, booking.arrival());
		}
		if (today.isAfter(booking.departure())) {
			throw new CheckInRefused(Reason.AFTER_DEPARTURE, booking.departure());
		}
		Optional<CheckIn> earlier = this.checkIns.findByBookingIdAndFacilityIdAndDay(booking.id(), facility.id(),
				today);
		if (earlier.isPresent()) {
			throw new CheckInRefused(Reason.ALREADY, HOUR_MINUTE.format(earlier.get().checkedInAt()));
		}
		Guest guest = this.guests.find(booking.guestId()).orElseThrow();
		boolean first = !this.checkIns.existsByBookingId(booking.id());
		CheckIn checkIn = this.checkIns.saveAndFlush(
				new CheckIn(facility.id(), booking.id(), guest, today, this.clock.instant(), method, recordedBy));
		this.events.publishEvent(new GuestCheckedIn(checkIn.id(), booking.id(), facility.id(), first));
		return checkIn;
	}

	/**
	 * The bookings holding something at the facility today, each with its check-in here
	 * today if there is one.
	 */
	@Transactional(readOnly = true)
	public Page<Arrival> today(Facility facility, Pageable pageable) {
		LocalDate today = Dates.today(this.clock);
		Page<Booking> page = this.bookings.atFacility(facility.id(), today, today, pageable);
		Map<UUID, CheckIn> done = this.checkIns
			.findByFacilityIdAndDayAndBookingIdIn(facility.id(), today, page.map(Booking::id).getContent())
			.stream()
			.collect(Collectors.toMap(CheckIn::bookingId, Function.identity()));
		return page.map((booking) -> new Arrival(booking, this.guests.find(booking.guestId()).orElseThrow(),
				Optional.ofNullable(done.get(booking.id()))));
	}

	@Transactional(readOnly = true)
	public Optional<CheckIn> todayAt(UUID facilityId, UUID bookingId) {
		return this.checkIns.findByBookingIdAndFacilityIdAndDay(bookingId, facilityId, Dates.today(this.clock));
	}

	/** How many times the booking's guest checked in at the facility, ever. */
	@Transactional(readOnly = true)
	public long count(UUID facilityId, UUID bookingId) {
		return this.checkIns.countByFacilityIdAndBookingId(facilityId, bookingId);
	}

	/**
	 * Counts people who came without a booking; the bounds are checked by the caller's
	 * form.
	 */
	@Transactional
	public WalkIn walkIn(Facility facility, int people, TargetArea area, UUID recordedBy) {
		if (people < 1 || people > WalkIn.MAX_PEOPLE) {
			throw new IllegalArgumentException("People out of range: " + people);
		}
		return this.walkIns
			.save(new WalkIn(facility.id(), Dates.today(this.clock), people, area, this.clock.instant(), recordedBy));
	}

	@Transactional(readOnly = true)
	public List<WalkIn> walkInsToday(Facility facility) {
		return this.walkIns.findByFacilityIdAndDayOrderByRecordedAtDesc(facility.id(), Dates.today(this.clock));
	}

	@Transactional(readOnly = true)
	public long walkInCount(UUID facilityId) {
		return this.walkIns.countByFacilityId(facilityId);
	}

	private Facility facility(UUID facilityId) {
		return this.facilities.find(facilityId).orElseThrow(() -> new NotFound("facility", facilityId));
	}

	/** A booking shown at a desk, with the person's facilities it involves. */
	public record AtDesk(Booking booking, List<Facility> facilities) {

	}

	/** A booking expected at the facility today, with its check-in if it happened. */
	public record Arrival(Booking booking, Guest guest, Optional<CheckIn> checkIn) {

	}

}
