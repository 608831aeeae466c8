package jp.musubi.tourism.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingRefused;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.confirmation.CheckInCode;
import jp.musubi.tourism.confirmation.Itineraries;
import jp.musubi.tourism.confirmation.Itineraries.Itinerary;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.programme.Programme;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A guest's bookings: the list, each booking with what it holds where, its check-in QR
 * code and its policy, and the forms to change or cancel it. Only the guest's own.
 */
@Controller
class BookingPages {

	private static final int PAGE_SIZE = 10;

	private final Bookings bookings;

	private final OwnBookings own;

	private final Itineraries itineraries;

	private final CheckInCode checkInCode;

	private final Dates dates;

	private final Clock clock;

	BookingPages(Bookings bookings, OwnBookings own, Itineraries itineraries, CheckInCode checkInCode, Dates dates,
			Clock clock) {
		this.bookings = bookings;
		this.own = own;
		this.itineraries = itineraries;
		this.checkInCode = checkInCode;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping("/tourism/bookings")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Optional<Guest> guest = this.own.guest(user);
		Page<Booking> found = guest
			.map((g) -> this.bookings.ofGuest(g.id(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)))
			.orElse(Page.empty());
		Language language = language();
		model.addAttribute("bookings",
				found.getContent()
					.stream()
					.map((booking) -> new Row(booking, this.itineraries.of(booking, language)))
					.toList());
		model.addAttribute("pages", PageLinks.of(found, http));
		return "tourism/booking/bookings";
	}

	@GetMapping("/tourism/bookings/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Booking booking = this.own.booking(user, id);
		ChangeForm form = new ChangeForm();
		form.setArrival(booking.arrival().toString());
		form.setPartySize(Integer.toString(booking.partySize()));
		model.addAttribute("changeForm", form);
		return page(booking, model);
	}

	@GetMapping("/tourism/bookings/{id}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Booking booking = this.own.booking(user, id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.checkInCode.png(booking));
	}

	@PostMapping("/tourism/bookings/{id}/change")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute ChangeForm changeForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Booking booking = this.own.booking(user, id);
		Optional<LocalDate> arrival = StayInput.arrival(changeForm.getArrival(), errors);
		Optional<Integer> party = StayInput.partySize(changeForm.getPartySize(), errors);
		if (!errors.hasErrors()) {
			try {
				this.bookings.change(id, arrival.get(), party.get());
				redirect.addFlashAttribute("notice", "tourism.booking.changed");
				return "redirect:/tourism/bookings/" + id;
			}
			catch (BookingRefused refused) {
				StayInput.reject(errors, refused, this.dates, LocaleContextHolder.getLocale());
			}
		}
		String page = page(booking, model);
		// The form stays on the page with its messages even when the refusal is that
		// changing is no longer possible.
		model.addAttribute("showChange", true);
		return page;
	}

	/** Asks before cancelling, showing the fee that cancelling now would cost. */
	@GetMapping("/tourism/bookings/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Booking booking = this.own.booking(user, id);
		view(booking, model);
		return "tourism/booking/cancel";
	}

	@PostMapping("/tourism/bookings/{id}/cancel")
	String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Booking booking = this.own.booking(user, id);
		try {
			this.bookings.cancel(id);
			redirect.addFlashAttribute("notice", "tourism.booking.cancelled");
			return "redirect:/tourism/bookings/" + id;
		}
		catch (BookingRefused refused) {
			model.addAttribute("refusal", refused.messageKey());
			view(booking, model);
			return "tourism/booking/cancel";
		}
	}

	private String page(Booking booking, Model model) {
		view(booking, model);
		return "tourism/booking/booking";
	}

	private void view(Booking booking, Model model) {
		Itinerary itinerary = this.itineraries.of(booking, language());
		Programme programme = itinerary.programme();
		LocalDate today = Dates.today(this.clock);
		LocalDate freeUntil = programme.freeCancellationUntil(booking.arrival());
		boolean open = booking.isConfirmed() && today.isBefore(booking.arrival());
		model.addAttribute("booking", booking);
		model.addAttribute("itinerary", itinerary);
		model.addAttribute("freeUntil", freeUntil);
		model.addAttribute("feePercent", programme.cancellationFeePercent());
		model.addAttribute("feeNow", programme.cancellationFee(booking.price(), booking.arrival(), today));
		model.addAttribute("canCancel", open);
		model.addAttribute("canChange", open && !today.isAfter(freeUntil));
		model.addAttribute("showChange", open && !today.isAfter(freeUntil));
		model.addAttribute("tomorrow", today.plusDays(1));
	}

	private static Language language() {
		return Language.ofOrDefault(LocaleContextHolder.getLocale());
	}

	/** A booking in the list with its programme's name. */
	record Row(Booking booking, Itinerary itinerary) {

	}

}
