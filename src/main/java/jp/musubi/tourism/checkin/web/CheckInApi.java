package jp.musubi.tourism.checkin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.checkin.CheckIn;
import jp.musubi.tourism.checkin.CheckInMethod;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.checkin.WalkIn;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A facility's own system records check-ins and walk-ins with the facility's API token;
 * staff signed in may call it too. A token acts for its own facility only: another
 * facility's address is 403 and nothing is recorded.
 */
@RestController
@RequestMapping("/api/v1/tourism/facilities/{facilityId}")
@Tag(name = "tourism")
class CheckInApi {

	private final CheckIns checkIns;

	CheckInApi(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@PostMapping("/check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Check a booked guest in at the facility today, by booking number (any case, with or "
			+ "without the hyphen, full-width allowed) or by the code in the guest's QR code: the facility's token or "
			+ "its staff (403 otherwise); 400 problem+json for an unknown booking, 409 when the booking is cancelled, "
			+ "today is outside its stay or the guest already checked in here today")
	CheckInView checkIn(@PathVariable UUID facilityId, @RequestBody NewCheckIn body, Authentication authentication) {
		Facility facility = facility(facilityId, authentication);
		boolean byNumber = body.bookingNumber() != null && !body.bookingNumber().isBlank();
		boolean byCode = body.checkInToken() != null && !body.checkInToken().isBlank();
		if (byNumber == byCode) {
			throw new InputRefused("bookingNumber", "tourism.checkin.error.numberOrCode");
		}
		Booking booking = byNumber ? this.checkIns.byNumber(facility, body.bookingNumber())
				: this.checkIns.byCode(facility, body.checkInToken());
		CheckIn checkIn = this.checkIns.checkIn(facility, booking.id(), CheckInMethod.API, personOf(authentication));
		return new CheckInView(checkIn.id(), booking.number(), facility.id(), checkIn.day(), checkIn.checkedInAt(),
				checkIn.method(), booking.partySize());
	}

	@PostMapping("/walk-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Count people who came without a booking (1 to 500) and their target area (SHUTOKEN, ASIA, "
			+ "NEARBY, OTHER); no personal data: the facility's token or its staff (403 otherwise), 400 "
			+ "problem+json when refused")
	WalkInView walkIn(@PathVariable UUID facilityId, @RequestBody NewWalkIn body, Authentication authentication) {
		Facility facility = facility(facilityId, authentication);
		List<InputRefused> refusals = new ArrayList<>();
		if (body.people() == null) {
			refusals.add(new InputRefused("people", "tourism.walkin.error.people"));
		}
		else if (body.people() < 1 || body.people() > WalkIn.MAX_PEOPLE) {
			refusals.add(new InputRefused("people", "tourism.walkin.error.people"));
		}
		TargetArea area = Refusals.area(body.targetArea());
		if (area == null) {
			refusals.add(new InputRefused("targetArea", "tourism.walkin.error.area"));
		}
		FieldsRefused.throwIfAny(refusals);
		WalkIn walkIn = this.checkIns.walkIn(facility, body.people(), area, personOf(authentication));
		return new WalkInView(walkIn.id(), facility.id(), walkIn.day(), walkIn.people(), walkIn.targetArea());
	}

	private Facility facility(UUID facilityId, Authentication authentication) {
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof ApiClient client) {
			return this.checkIns.facilityOfClient(client, facilityId);
		}
		if (principal instanceof CurrentUser user) {
			return this.checkIns.facilityOfStaff(user, facilityId);
		}
		throw new TourismAccess.Refused("Only a facility's token or its staff may record usage");
	}

	private static UUID personOf(Authentication authentication) {
		return (authentication.getPrincipal() instanceof CurrentUser user) ? user.accountId() : null;
	}

	/** Either the booking number or the QR code's check-in code. */
	record NewCheckIn(String bookingNumber, String checkInToken) {

	}

	record NewWalkIn(Integer people, String targetArea) {

	}

	record CheckInView(UUID id, String bookingNumber, UUID facilityId, LocalDate day, Instant checkedInAt,
			CheckInMethod method, int partySize) {

	}

	record WalkInView(UUID id, UUID facilityId, LocalDate day, int people, TargetArea targetArea) {

	}

}
