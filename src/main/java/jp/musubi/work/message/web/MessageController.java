package jp.musubi.work.message.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.message.Conversations;
import jp.musubi.work.message.MessageThread.Subject;
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

/** The conversations about a request and about a contract. */
@Controller
class MessageController {

	private static final int PAGE_SIZE = 20;

	private final Conversations conversations;

	private final WorkRequests requests;

	private final Contracts contracts;

	MessageController(Conversations conversations, WorkRequests requests, Contracts contracts) {
		this.conversations = conversations;
		this.requests = requests;
		this.contracts = contracts;
	}

	@GetMapping("/work/messages")
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<InboxRow> rows = this.conversations
			.inbox(user.accountId(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE))
			.map((entry) -> new InboxRow(entry.title(),
					((entry.thread().subjectType() == Subject.REQUEST) ? "/work/requests/" : "/work/contracts/")
							+ entry.thread().subjectId() + "/messages",
					entry));
		model.addAttribute("threads", rows);
		model.addAttribute("pages", PageLinks.of(rows, http));
		return "work/message/inbox";
	}

	@GetMapping("/work/requests/{id}/messages")
	String requestThread(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("messages", this.conversations.read(user, Subject.REQUEST, id));
		model.addAttribute("subjectTitle", this.requests.find(id).title());
		model.addAttribute("back", "/work/requests/" + id);
		model.addAttribute("action", "/work/requests/" + id + "/messages");
		model.addAttribute("openToMembers", true);
		return "work/message/messages";
	}

	@PostMapping("/work/requests/{id}/messages")
	String postToRequest(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return post(user, Subject.REQUEST, id, body, "/work/requests/" + id + "/messages", redirect);
	}

	@GetMapping("/work/contracts/{id}/messages")
	String contractThread(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("messages", this.conversations.read(user, Subject.CONTRACT, id));
		model.addAttribute("subjectTitle", this.requests.find(this.contracts.view(user, id).requestId()).title());
		model.addAttribute("back", "/work/contracts/" + id);
		model.addAttribute("action", "/work/contracts/" + id + "/messages");
		return "work/message/messages";
	}

	@PostMapping("/work/contracts/{id}/messages")
	String postToContract(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return post(user, Subject.CONTRACT, id, body, "/work/contracts/" + id + "/messages", redirect);
	}

	private String post(CurrentUser user, Subject subject, UUID id, String body, String back,
			RedirectAttributes redirect) {
		try {
			this.conversations.post(user, subject, id, body);
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("messageError", refused.messageKey());
			redirect.addFlashAttribute("messageBody", body);
		}
		return "redirect:" + back + "#compose";
	}

	/** A conversation in the inbox with what it is about and where it is. */
	record InboxRow(String title, String path, Conversations.Inbox entry) {

	}

}
