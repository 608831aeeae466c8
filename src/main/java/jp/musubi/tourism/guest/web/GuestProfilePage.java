package jp.musubi.tourism.guest.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.Origin;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A guest's own profile: origin, language, interests and the three consents, each
 * explained and each withdrawable here at any time. A person booking for the first time
 * lands here and goes back to their booking afterwards.
 */
@Controller
class GuestProfilePage {

	private final Guests guests;

	GuestProfilePage(Guests guests) {
		this.guests = guests;
	}

	@GetMapping("/tourism/me")
	String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String arrival, @RequestParam(required = false) String partySize,
			@RequestParam(required = false) String redemptionCode, Model model) {
		Optional<Guest> guest = this.guests.ofAccount(user.accountId());
		GuestForm form = guest.map(GuestForm::of).orElseGet(GuestProfilePage::firstTime);
		form.setProgramme(programmeId(programme).map(UUID::toString).orElse(null));
		form.setArrival(arrival);
		form.setPartySize(partySize);
		form.setRedemptionCode(redemptionCode);
		model.addAttribute("guestForm", form);
		return page(guest.isPresent(), model);
	}

	@PostMapping("/tourism/me")
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute GuestForm guestForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<GuestDetails> details = guestForm.details(errors);
		if (errors.hasErrors() || details.isEmpty()) {
			return page(this.guests.ofAccount(user.accountId()).isPresent(), model);
		}
		this.guests.keep(user.accountId(), details.get());
		Optional<UUID> programme = programmeId(guestForm.getProgramme());
		if (programme.isPresent()) {
			redirect.addFlashAttribute("notice", "tourism.guest.savedContinue");
			return "redirect:" + UriComponentsBuilder.fromPath("/tourism/programmes/{id}")
				.queryParam("arrival", orEmpty(guestForm.getArrival()))
				.queryParam("partySize", orEmpty(guestForm.getPartySize()))
				.queryParam("redemptionCode", orEmpty(guestForm.getRedemptionCode()))
				.fragment("book")
				.encode()
				.buildAndExpand(programme.get())
				.toUriString();
		}
		redirect.addFlashAttribute("notice", "tourism.guest.saved");
		return "redirect:/tourism/me";
	}

	private String page(boolean existing, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("interests", Interest.values());
		model.addAttribute("consents", Consent.values());
		return "tourism/guest/me";
	}

	/** A first profile starts from Japan, in the language the page is in. */
	private static GuestForm firstTime() {
		GuestForm form = new GuestForm();
		form.setCountry(Origin.JAPAN);
		form.setLanguage(Language.ofOrDefault(LocaleContextHolder.getLocale()).tag());
		return form;
	}

	private static Optional<UUID> programmeId(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String orEmpty(String value) {
		return (value == null) ? "" : value;
	}

}
