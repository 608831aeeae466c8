package jp.musubi.tourism.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.platform.web.SharedPage;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingRefused;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.booking.web.StayInput;
import jp.musubi.tourism.confirmation.Itineraries;
import jp.musubi.tourism.confirmation.Itineraries.Place;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.ProgrammeTerms;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The programmes a visitor browses in their language, and the one form that books a whole
 * programme across its facilities. Booking needs a guest profile first; a person without
 * one fills it in and comes back with what they had typed.
 */
@Controller
class ProgrammePages {

	private static final int PAGE_SIZE = 10;

	private final Programmes programmes;

	private final Bookings bookings;

	private final Itineraries itineraries;

	private final Guests guests;

	private final Dates dates;

	private final Clock clock;

	ProgrammePages(Programmes programmes, Bookings bookings, Itineraries itineraries, Guests guests, Dates dates,
			Clock clock) {
		this.clock = clock;
		this.programmes = programmes;
		this.bookings = bookings;
		this.itineraries = itineraries;
		this.guests = guests;
		this.dates = dates;
	}

	@GetMapping("/tourism")
	@SharedPage
	String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		Language language = language();
		Page<Programme> found = this.programmes.published(PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("programmes", found.getContent()
			.stream()
			.map((programme) -> new Card(programme, programme.text(language), this.itineraries.places(programme)))
			.toList());
		model.addAttribute("pages", PageLinks.of(found, http));
		return "tourism/programme/programmes";
	}

	/**
	 * The programme with its booking form, which may come back filled in from the guest
	 * profile page.
	 */
	@GetMapping("/tourism/programmes/{id}")
	@SharedPage
	String show(@PathVariable UUID id, @ModelAttribute BookingForm bookingForm, Model model) {
		return page(published(id), model);
	}

	/**
	 * Where "sign in to book" leads: signing in is required here, so a visitor comes back
	 * to the programme's booking form after signing in.
	 */
	@GetMapping("/tourism/programmes/{id}/book")
	String toBookingForm(@PathVariable UUID id) {
		return "redirect:/tourism/programmes/" + id + "#book";
	}

	@PostMapping("/tourism/programmes/{id}/book")
	String book(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute BookingForm bookingForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Programme programme = published(id);
		Optional<Guest> guest = this.guests.ofAccount(user.accountId());
		if (guest.isEmpty()) {
			redirect.addFlashAttribute("notice", "tourism.guest.needed");
			return "redirect:" + UriComponentsBuilder.fromPath("/tourism/me")
				.queryParam("programme", id)
				.queryParam("arrival", blankToEmpty(bookingForm.getArrival()))
				.queryParam("partySize", blankToEmpty(bookingForm.getPartySize()))
				.queryParam("redemptionCode", blankToEmpty(bookingForm.getRedemptionCode()))
				.encode()
				.build()
				.toUriString();
		}
		Optional<LocalDate> arrival = StayInput.arrival(bookingForm.getArrival(), errors);
		Optional<Integer> party = StayInput.partySize(bookingForm.getPartySize(), errors);
		if (!errors.hasErrors()) {
			Locale locale = LocaleContextHolder.getLocale();
			try {
				Booking booking = this.bookings.book(guest.get(), id, arrival.get(), party.get(), language(),
						bookingForm.getRedemptionCode());
				redirect.addFlashAttribute("notice", "tourism.booking.made");
				return "redirect:/tourism/bookings/" + booking.id();
			}
			catch (BookingRefused refused) {
				StayInput.reject(errors, refused, this.dates, locale);
			}
		}
		return page(programme, model);
	}

	private String page(Programme programme, Model model) {
		Language language = language();
		model.addAttribute("programme", programme);
		model.addAttribute("text", programme.text(language));
		model.addAttribute("components", this.itineraries.components(programme, language.locale()));
		model.addAttribute("places", this.itineraries.places(programme));
		model.addAttribute("tomorrow", Dates.today(this.clock).plusDays(1));
		model.addAttribute("largestParty", Math.min(programme.maxParty(), Bookings.MAX_PARTY));
		return "tourism/programme/programme";
	}

	private Programme published(UUID id) {
		return this.programmes.findPublished(id).orElseThrow(() -> new NotFound("programme", id));
	}

	private static Language language() {
		return Language.ofOrDefault(LocaleContextHolder.getLocale());
	}

	private static String blankToEmpty(String value) {
		return (value == null) ? "" : value.strip();
	}

	/** A programme in the list: its text in the visitor's language and its facilities. */
	record Card(Programme programme, ProgrammeTerms.Text text, List<Place> places) {

	}

}
