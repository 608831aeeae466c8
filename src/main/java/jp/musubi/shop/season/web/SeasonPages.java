package jp.musubi.shop.season.web;

import java.util.UUID;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.shop.season.SeasonWatches;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member asks to be told when a product opens, and stops it by the mail's link. */
@Controller
class SeasonPages {

	private final SeasonWatches watches;

	SeasonPages(SeasonWatches watches) {
		this.watches = watches;
	}

	@PostMapping("/shop/products/{id}/season-watch")
	String ask(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.watches.ask(user.accountId(), id);
		redirect.addFlashAttribute("seasonNotice", "shop.season.asked");
		return "redirect:/shop/products/" + id;
	}

	@GetMapping("/shop/season-watches/{token}")
	String stopping(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "shop/season/stop";
	}

	@PostMapping("/shop/season-watches/{token}/stop")
	String stop(@PathVariable String token, Model model) {
		model.addAttribute("stopped", this.watches.stop(token));
		return "shop/season/stopped";
	}

}
