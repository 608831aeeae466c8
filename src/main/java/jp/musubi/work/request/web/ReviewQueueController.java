package jp.musubi.work.request.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's review of new requests: publish, or return to the client with a reason. */
@Controller
class ReviewQueueController {

	private static final int PAGE_SIZE = 20;

	private final WorkRequests requests;

	ReviewQueueController(WorkRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/work/review")
	String queue(@AuthenticationPrincipal CurrentUser agent, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<WorkRequest> waiting = this.requests.awaitingReview(agent,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("requests", waiting);
		model.addAttribute("pages", PageLinks.of(waiting, http));
		return "work/request/review";
	}

	@PostMapping("/work/requests/{id}/publish")
	String publish(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser agent, RedirectAttributes redirect) {
		try {
			this.requests.publish(agent, id);
			redirect.addFlashAttribute("notice", "work.request.published");
		}
		catch (WorkRequest.WrongStatus ex) {
			redirect.addFlashAttribute("notice", "work.request.error.notEditable");
		}
		return "redirect:/work/requests/" + id;
	}

	@PostMapping("/work/requests/{id}/return")
	String giveBack(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser agent, RedirectAttributes redirect) {
		try {
			this.requests.returnToClient(agent, id, reason);
			redirect.addFlashAttribute("notice", "work.request.returned");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("returnError", refused.messageKey());
			redirect.addFlashAttribute("returnReason", reason);
			return "redirect:/work/requests/" + id + "#review";
		}
		catch (WorkRequest.WrongStatus ex) {
			redirect.addFlashAttribute("notice", "work.request.error.notEditable");
		}
		return "redirect:/work/requests/" + id;
	}

}
