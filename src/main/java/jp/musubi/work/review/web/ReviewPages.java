package jp.musubi.work.review.web;

import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.work.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each side of a completed contract reviews the other from the contract's page, which
 * shows the reviews; a refused one comes back to it with the reason.
 */
@Controller
class ReviewPages {

	private final Reviews reviews;

	ReviewPages(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/work/contracts/{id}/reviews")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "0") int rating,
			@RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.reviews.leave(user, id, rating, comment);
			redirect.addFlashAttribute("notice", "work.review.saved");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("reviewError", refused.messageKey());
		}
		return "redirect:/work/contracts/" + id + "#reviews";
	}

}
