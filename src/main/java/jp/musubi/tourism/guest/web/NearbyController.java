package jp.musubi.tourism.guest.web;

import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.guest.Guests;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cities the agent counts as nearby: guests from them form a target area of their
 * own, which campaigns and figures use.
 */
@Controller
class NearbyController {

	private static final int CITY_LIMIT = 60;

	private final Guests guests;

	private final TourismAccess access;

	NearbyController(Guests guests, TourismAccess access) {
		this.guests = guests;
		this.access = access;
	}

	@GetMapping("/tourism/nearby")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireAgentStaff(user);
		model.addAttribute("places", this.guests.nearbyPlaceList());
		model.addAttribute("prefectures", Prefecture.values());
		return "tourism/guest/nearby";
	}

	@PostMapping("/tourism/nearby")
	String add(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String prefecture,
			@RequestParam(defaultValue = "") String city, RedirectAttributes redirect) {
		this.access.requireAgentStaff(user);
		Prefecture chosen = Prefecture.ofCode(prefecture).orElse(null);
		String name = JapaneseText.normalizeToNull(city);
		if (chosen == null) {
			return refused(redirect, "prefecture", "tourism.nearby.error.prefecture", prefecture, city);
		}
		if (name == null || name.length() > CITY_LIMIT) {
			return refused(redirect, "city", "tourism.nearby.error.city", prefecture, city);
		}
		Optional<UnusableCharacter> unusable = UnusableCharacter.firstIn(city);
		if (unusable.isPresent()) {
			return refused(redirect, "city", unusable.get().messageKey(), prefecture, city);
		}
		if (!this.guests.addNearbyPlace(chosen, name)) {
			return refused(redirect, "city", "tourism.nearby.error.duplicate", prefecture, city);
		}
		redirect.addFlashAttribute("notice", "tourism.nearby.added");
		return "redirect:/tourism/nearby";
	}

	@PostMapping("/tourism/nearby/{placeId}/remove")
	String remove(@PathVariable UUID placeId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireAgentStaff(user);
		this.guests.removeNearbyPlace(placeId);
		redirect.addFlashAttribute("notice", "tourism.nearby.removed");
		return "redirect:/tourism/nearby";
	}

	private static String refused(RedirectAttributes redirect, String field, String messageKey, String prefecture,
			String city) {
		redirect.addFlashAttribute("errorField", field);
		redirect.addFlashAttribute("errorKey", messageKey);
		redirect.addFlashAttribute("prefecture", prefecture);
		redirect.addFlashAttribute("city", city);
		return "redirect:/tourism/nearby";
	}

}
