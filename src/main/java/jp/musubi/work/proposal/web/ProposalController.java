package jp.musubi.work.proposal.web;

import java.util.UUID;

import jakarta.validation.Valid;

import jp.musubi.accounts.Accounts;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.matching.Recommendations;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.request.web.WorkForms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposals: a member proposes on a request's page; the client and the agent see the
 * proposals with the members the exchange recommends, shortlist and go on to accept one.
 */
@Controller
class ProposalController {

	private final Proposals proposals;

	private final WorkRequests requests;

	private final Recommendations recommendations;

	private final Accounts accounts;

	ProposalController(Proposals proposals, WorkRequests requests, Recommendations recommendations, Accounts accounts) {
		this.proposals = proposals;
		this.requests = requests;
		this.recommendations = recommendations;
		this.accounts = accounts;
	}

	@PostMapping("/work/requests/{id}/proposals")
	String propose(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser member,
			@Valid @ModelAttribute ProposalForm proposalForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		WorkRequest request = this.requests.view(member, id);
		if (!errors.hasErrors()) {
			try {
				this.proposals.propose(member, id, proposalForm.getMessage().strip(), proposalForm.getPrice(),
						proposalForm.getDeliveryDate());
				redirect.addFlashAttribute("notice", "work.proposal.sent");
				return "redirect:/work/requests/" + id;
			}
			catch (InputRefused refused) {
				WorkForms.reject(errors, refused);
			}
			catch (Proposal.Closed ex) {
				errors.reject("work.proposal.error.notOpen");
			}
		}
		model.addAttribute("request", request);
		model.addAttribute("client", this.accounts.organisation(request.clientOrganisationId()).orElse(null));
		model.addAttribute("attachments", this.requests.attachments(id));
		model.addAttribute("manages", false);
		model.addAttribute("agent", false);
		model.addAttribute("contract", null);
		model.addAttribute("myProposal", this.proposals.ofMemberFor(member, id).orElse(null));
		return "work/request/request";
	}

	@PostMapping("/work/proposals/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser member, RedirectAttributes redirect) {
		Proposal proposal = this.proposals.view(member, id);
		try {
			this.proposals.withdraw(member, id);
			redirect.addFlashAttribute("notice", "work.proposal.withdrawn");
		}
		catch (Proposal.Closed ex) {
			redirect.addFlashAttribute("notice", "work.proposal.error.notOpen");
		}
		return "redirect:/work/requests/" + proposal.requestId();
	}

	@GetMapping("/work/requests/{id}/proposals")
	String list(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		WorkRequest request = this.requests.manage(user, id);
		model.addAttribute("request", request);
		model.addAttribute("proposals",
				this.proposals.forRequest(user, id)
					.stream()
					.map((proposal) -> new ProposalRow(proposal,
							this.accounts.person(proposal.memberId()).map((person) -> person.displayName()).orElse("")))
					.toList());
		model.addAttribute("recommended",
				this.recommendations.membersFor(user, id)
					.stream()
					.map((suggestion) -> new MemberSuggestion(suggestion,
							this.accounts.person(suggestion.subject().accountId())
								.map((person) -> person.displayName())
								.orElse("")))
					.toList());
		return "work/proposal/proposals";
	}

	@PostMapping("/work/proposals/{id}/shortlist")
	String shortlist(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Proposal proposal = this.proposals.view(user, id);
		try {
			this.proposals.shortlist(user, id);
			redirect.addFlashAttribute("notice", "work.proposal.shortlisted");
		}
		catch (Proposal.Closed ex) {
			redirect.addFlashAttribute("notice", "work.proposal.error.notOpen");
		}
		return "redirect:/work/requests/" + proposal.requestId() + "/proposals";
	}

	/** A proposal with its member's name. */
	record ProposalRow(Proposal proposal, String memberName) {

	}

	/** A recommended member with their name. */
	record MemberSuggestion(Recommendations.Suggestion<WorkProfile> suggestion, String name) {

	}

}
