package jp.musubi.tourism.checkin.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.checkin.CheckInMethod;
import jp.musubi.tourism.checkin.CheckInRefused;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.checkin.CheckIns.Arrival;
import jp.musubi.tourism.checkin.CheckIns.AtDesk;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk: today's arrivals with a check-in button each, a box for the booking
 * number a guest reads out, and the page a guest's QR code opens on a staff member's
 * phone. A booking of another facility shows nothing of itself.
 */
@Controller
class CheckInController {

	static final int PAGE_SIZE = 20;

	private final CheckIns checkIns;

	private final Guests guests;

	private final Programmes programmes;

	private final Accounts accounts;

	private final Dates dates;

	CheckInController(CheckIns checkIns, Guests guests, Programmes programmes, Accounts accounts, Dates dates) {
		this.checkIns = checkIns;
		this.guests = guests;
		this.programmes = programmes;
		this.accounts = accounts;
		this.dates = dates;
	}

	@GetMapping("/tourism/facility/{facilityId}/check-in")
	String desk(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		Facility facility = this.checkIns.facilityOfStaff(user, facilityId);
		model.addAttribute("checkInForm", new CheckInForm());
		return desk(facility, page, http, model);
	}

	@PostMapping("/tourism/facility/{facilityId}/check-in")
	String checkInByNumber(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute CheckInForm checkInForm, BindingResult errors, HttpServletRequest http, Model model,
			RedirectAttributes redirect) {
		Facility facility = this.checkIns.facilityOfStaff(user, facilityId);
		if (!errors.hasErrors()) {
			try {
				Booking booking = this.checkIns.byNumber(facility, checkInForm.getNumber());
				this.checkIns.checkIn(facility, booking.id(), CheckInMethod.NUMBER, user.accountId());
				redirect.addFlashAttribute("notice", "tourism.checkin.done");
				return "redirect:/tourism/facility/" + facilityId + "/check-in";
			}
			catch (CheckInRefused refused) {
				if (refused.reason() == CheckInRefused.Reason.UNKNOWN) {
					errors.rejectValue("number", refused.messageKey());
				}
				else {
					Refusals.reject(errors, refused, this.dates);
				}
			}
		}
		return desk(facility, 1, http, model);
	}

	@GetMapping("/tourism/check-in/{token}")
	String code(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, Model model) {
		AtDesk desk = atDesk(user, token);
		return code(token, desk, model);
	}

	@PostMapping("/tourism/check-in/{token}")
	String checkInByCode(@PathVariable String token, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) UUID facilityId, Model model, RedirectAttributes redirect) {
		AtDesk desk = atDesk(user, token);
		Facility facility = desk.facilities()
			.stream()
			.filter((candidate) -> candidate.id().equals(facilityId))
			.findFirst()
			.orElseGet(() -> (desk.facilities().size() == 1) ? desk.facilities().get(0) : null);
		if (facility == null) {
			model.addAttribute("refusal", new Refusal("tourism.checkin.error.facility", new Object[0]));
			return code(token, desk, model);
		}
		try {
			this.checkIns.checkIn(facility, desk.booking().id(), CheckInMethod.QR, user.accountId());
			redirect.addFlashAttribute("notice", "tourism.checkin.done");
			return "redirect:/tourism/check-in/" + token;
		}
		catch (CheckInRefused refused) {
			model.addAttribute("refusal", new Refusal(refused.messageKey(), Refusals.arguments(refused, this.dates)));
			return code(token, desk, model);
		}
	}

	private AtDesk atDesk(CurrentUser user, String token) {
		return this.checkIns.byCode(user, token)
			.orElseThrow(() -> new TourismAccess.Refused("The code is not of a booking at the person's facilities"));
	}

	private String code(String token, AtDesk desk, Model model) {
		Booking booking = desk.booking();
		Language language = Language.ofOrDefault(LocaleContextHolder.getLocale());
		model.addAttribute("token", token);
		model.addAttribute("booking", booking);
		model.addAttribute("programmeName",
				this.programmes.find(booking.programmeId()).map((p) -> p.text(language).name()).orElse(""));
		model.addAttribute("guestName", guestName(this.guests.find(booking.guestId())));
		model.addAttribute("facilities", desk.facilities());
		model.addAttribute("checkedIn",
				desk.facilities()
					.stream()
					.map((facility) -> this.checkIns.todayAt(facility.id(), booking.id()))
					.flatMap(Optional::stream)
					.collect(Collectors.toMap((checkIn) -> checkIn.facilityId(), Function.identity())));
		return "tourism/checkin/check-in-code";
	}

	private String desk(Facility facility, int page, HttpServletRequest http, Model model) {
		Page<Arrival> arrivals = this.checkIns.today(facility, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		Map<UUID, String> names = arrivals.stream()
			.collect(Collectors.toMap((arrival) -> arrival.booking().id(),
					(arrival) -> guestName(Optional.of(arrival.guest())), (a, b) -> a));
		model.addAttribute("facility", facility);
		model.addAttribute("arrivals", arrivals);
		model.addAttribute("names", names);
		model.addAttribute("pages", PageLinks.of(arrivals, http));
		return "tourism/checkin/check-in";
	}

	private String guestName(Optional<Guest> guest) {
		return guest.flatMap(Guest::accountId)
			.flatMap(this.accounts::person)
			.map(PersonSummary::displayName)
			.orElse("");
	}

	/** Why the check-in did not happen, in words with their arguments. */
	record Refusal(String messageKey, Object[] arguments) {

	}

}
