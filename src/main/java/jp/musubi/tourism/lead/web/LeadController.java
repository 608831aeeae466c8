package jp.musubi.tourism.lead.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.lead.Lead;
import jp.musubi.tourism.lead.LeadSource;
import jp.musubi.tourism.lead.LeadStatus;
import jp.musubi.tourism.lead.Leads;

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

/**
 * The agent's staff follow leads: a paged list by status and source, and a lead's page.
 */
@Controller
class LeadController {

	private static final int PAGE_SIZE = 30;

	private final Leads leads;

	LeadController(Leads leads) {
		this.leads = leads;
	}

	/** An unknown status or source in the address is ignored, as a filter left open. */
	@GetMapping("/tourism/leads")
	String list(@AuthenticationPrincipal CurrentUser staff, @RequestParam(required = false) String status,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		LeadStatus chosenStatus = parse(LeadStatus.class, status);
		LeadSource chosenSource = parse(LeadSource.class, source);
		Page<Lead> found = this.leads.page(staff, chosenStatus, chosenSource,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("leads", found);
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("status", chosenStatus);
		model.addAttribute("source", chosenSource);
		model.addAttribute("statuses", LeadStatus.values());
		model.addAttribute("sources", LeadSource.values());
		return "tourism/lead/leads";
	}

	@GetMapping("/tourism/leads/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff, Model model) {
		model.addAttribute("lead", this.leads.find(staff, id));
		model.addAttribute("history", this.leads.history(staff, id));
		return "tourism/lead/lead";
	}

	@PostMapping("/tourism/leads/{id}/status")
	String move(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff,
			@RequestParam(required = false) String status, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		LeadStatus next = parse(LeadStatus.class, status);
		Lead lead = this.leads.find(staff, id);
		if (next == null) {
			redirect.addFlashAttribute("leadError", "tourism.lead.error.status");
			return "redirect:/tourism/leads/" + id;
		}
		try {
			this.leads.move(staff, id, next, note);
			redirect.addFlashAttribute("notice", "tourism.lead.moved");
		}
		catch (Lead.WrongMove wrong) {
			redirect.addFlashAttribute("leadError", "tourism.lead.error.wrongMove");
			redirect.addFlashAttribute("wrongFrom", lead.status().messageKey());
			redirect.addFlashAttribute("wrongTo", next.messageKey());
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("leadError", refused.messageKey());
		}
		return "redirect:/tourism/leads/" + id;
	}

	@PostMapping("/tourism/leads/{id}/notes")
	String note(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.leads.note(staff, id, note);
			redirect.addFlashAttribute("notice", "tourism.lead.noted");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("noteError", refused.messageKey());
		}
		return "redirect:/tourism/leads/" + id + "#history";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
