package jp.musubi.work.proposal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.PlainText;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.request.web.Caller;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals through the API, with the pages' rules. A member proposes for published work
 * (not their own organisation's, not once it is closed), revises or withdraws it and
 * follows their own. The request's client and the agent read the proposals and shortlist
 * them; accepting one makes the contract, which the contracts' API does. Choosing binds
 * the client, so it is done by its people in person; the client organisation's token may
 * read its requests' proposals.
 */
@RestController
@WorkApi
@Tag(name = "work")
class ProposalsApi {

	private final Proposals proposals;

	private final WorkRequests requests;

	private final Accounts accounts;

	private final MessageSource messages;

	ProposalsApi(Proposals proposals, WorkRequests requests, Accounts accounts, MessageSource messages) {
		this.proposals = proposals;
		this.requests = requests;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping("/api/v1/work/requests/{id}/proposals")
	@Operation(summary = "Propose for a published request, or revise one's proposal: members in person only "
			+ "(201 new, 200 revised; 400 problem+json when refused)")
	ResponseEntity<ProposalView> propose(@PathVariable UUID id, @Valid @RequestBody NewProposal body,
			Authentication authentication, HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		// As the page: a request the member may not see is refused before anything is
		// said about it.
		WorkRequest request = this.requests.view(member, id);
		boolean revising = this.proposals.ofMemberFor(member, id).isPresent();
		Proposal proposal = this.proposals.propose(member, id, body.message().strip(), body.price(),
				body.deliveryDate());
		return ResponseEntity.status(revising ? HttpStatus.OK : HttpStatus.CREATED)
			.body(ProposalView.of(proposal, request.title(), member.displayName(), Wording.of(this.messages, http)));
	}

	@GetMapping("/api/v1/work/requests/{id}/proposals")
	@Operation(summary = "The proposals for a request with the members' names, oldest first: the request's client "
			+ "(people or token) and the agent's staff (403 otherwise)")
	List<ProposalView> forRequest(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		List<Proposal> found = (authentication.getPrincipal() instanceof ApiClient client)
				? this.proposals.forRequest(client, id) : this.proposals.forRequest(Caller.person(authentication), id);
		String title = this.requests.find(id).title();
		Wording wording = Wording.of(this.messages, http);
		return found.stream().map((proposal) -> view(proposal, title, wording)).toList();
	}

	@GetMapping("/api/v1/work/proposals/mine")
	@Operation(summary = "The calling member's proposals, newest first, with where each stands: members in person "
			+ "only")
	Paged<ProposalView> mine(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(this.proposals.ofMember(member, Paging.of(page, size)), (proposal) -> ProposalView.of(proposal,
				this.requests.find(proposal.requestId()).title(), member.displayName(), wording));
	}

	@PostMapping("/api/v1/work/proposals/{id}/shortlist")
	@Operation(summary = "Shortlist a proposal: the request's client and the agent's staff in person only (409 "
			+ "problem+json once it is withdrawn, declined or accepted)")
	ProposalView shortlist(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		this.proposals.shortlist(Caller.person(authentication), id);
		return view(this.proposals.find(id), http);
	}

	@PostMapping("/api/v1/work/proposals/{id}/withdraw")
	@Operation(summary = "Withdraw one's proposal while it is open: its member in person only (409 problem+json once "
			+ "it is accepted or declined)")
	ProposalView withdraw(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		this.proposals.withdraw(Caller.person(authentication), id);
		return view(this.proposals.find(id), http);
	}

	private ProposalView view(Proposal proposal, HttpServletRequest http) {
		return view(proposal, this.requests.find(proposal.requestId()).title(), Wording.of(this.messages, http));
	}

	private ProposalView view(Proposal proposal, String title, Wording wording) {
		return ProposalView.of(proposal, title,
				this.accounts.person(proposal.memberId()).map(PersonSummary::displayName).orElse(null), wording);
	}

	/** A member's proposal: a message to the client, a price in whole yen, a date. */
	record NewProposal(@NotBlank @Size(max = Proposal.MESSAGE_LIMIT) @PlainText String message, @NotNull Yen price,
			@NotNull LocalDate deliveryDate) {

	}

	/**
	 * A proposal with the request it is for and the member who made it; amounts in whole
	 * yen.
	 */
	record ProposalView(UUID id, UUID requestId, String requestTitle, UUID memberId, String memberName, String message,
			long price, LocalDate deliveryDate, String status, String statusText, Instant createdAt) {

		static ProposalView of(Proposal proposal, String requestTitle, String memberName, Wording wording) {
			return new ProposalView(proposal.id(), proposal.requestId(), requestTitle, proposal.memberId(), memberName,
					proposal.message(), proposal.price().amount(), proposal.deliveryDate(), proposal.status().name(),
					wording.of(proposal.status().messageKey()), proposal.createdAt());
		}

	}

}
