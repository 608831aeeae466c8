package jp.musubi.tourism.guest.web;

import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Interest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person's guest profile through the API: origin, language, interests and
 * the three consents, checked as the page checks them. Public only so that the guest
 * API's {@code GuestApiProblems}, beside the bookings' API, can name it.
 */
@RestController
@Tag(name = "tourism-guest")
public class GuestProfileApi {

	private final Guests guests;

	GuestProfileApi(Guests guests) {
		this.guests = guests;
	}

	@Operation(summary = "The signed-in person's guest profile; 404 when they have none yet")
	@GetMapping("/api/v1/tourism/me")
	GuestJson show(@AuthenticationPrincipal CurrentUser user) {
		return this.guests.ofAccount(user.accountId())
			.map(GuestJson::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Operation(summary = "Create or change the guest profile: country (ISO 3166 alpha-2), prefecture code (01-47, "
			+ "required for JP), city, language (ja, en, ko, zh-CN), interests and each consent on its own; a consent "
			+ "left false is withdrawn")
	@PutMapping("/api/v1/tourism/me")
	GuestJson keep(@AuthenticationPrincipal CurrentUser user, @RequestBody GuestJson body) throws BindException {
		GuestForm form = new GuestForm();
		form.setCountry(body.country());
		form.setPrefecture(body.prefecture());
		form.setCity(body.city());
		form.setLanguage(body.language());
		form.setInterests((body.interests() == null || body.interests().isEmpty()) ? EnumSet.noneOf(Interest.class)
				: EnumSet.copyOf(body.interests()));
		form.setMarketing(Boolean.TRUE.equals(body.marketing()));
		form.setHealth(Boolean.TRUE.equals(body.health()));
		form.setSharing(Boolean.TRUE.equals(body.sharing()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "guestForm");
		if (form.getCity() != null && form.getCity().length() > GuestForm.CITY_LENGTH) {
			errors.rejectValue("city", "Size.guestForm.city", new Object[] { "city", GuestForm.CITY_LENGTH, 0 }, null);
		}
		UnusableCharacter.firstIn(form.getCity())
			.ifPresent((unusable) -> errors.rejectValue("city", unusable.messageKey()));
		GuestDetails details = form.details(errors).orElse(null);
		if (errors.hasErrors() || details == null) {
			throw new BindException(errors);
		}
		return GuestJson.of(this.guests.keep(user.accountId(), details));
	}

	/** A guest profile as the API reads and writes it. */
	record GuestJson(String country, String prefecture, String city, String language, Set<Interest> interests,
			Boolean marketing, Boolean health, Boolean sharing, String targetArea) {

		static GuestJson of(Guest guest) {
			return new GuestJson(guest.origin().country(),
					guest.origin().prefectureIfAny().map((prefecture) -> prefecture.code()).orElse(null),
					guest.origin().city(), guest.language().tag(), guest.interests(), guest.consents(Consent.MARKETING),
					guest.consents(Consent.HEALTH), guest.consents(Consent.SHARING), guest.targetArea().name());
		}

	}

}
