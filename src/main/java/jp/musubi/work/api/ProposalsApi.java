package jp.musubi.work.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.PlainText;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member proposes for published work through the API, with the page's rules: not for
 * their own organisation's request, not once it is closed, a price and a delivery date
 * that make sense. Proposing again revises the proposal, as on the page.
 */
@RestController
@Tag(name = "work")
class ProposalsApi {

	private final Proposals proposals;

	private final WorkRequests requests;

	private final MessageSource messages;

	ProposalsApi(Proposals proposals, WorkRequests requests, MessageSource messages) {
		this.proposals = proposals;
		this.requests = requests;
		this.messages = messages;
	}

	@PostMapping("/api/v1/work/requests/{id}/proposals")
	@Operation(summary = "Propose for a published request, or revise one's proposal: members in person only "
			+ "(201 new, 200 revised; 400 problem+json when refused)")
	ResponseEntity<ProposalView> propose(@PathVariable UUID id, @Valid @RequestBody NewProposal body,
			Authentication authentication, HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		// As the page: a request the member may not see is refused before anything is
		// said
		// about it.
		this.requests.view(member, id);
		boolean revising = this.proposals.ofMemberFor(member, id).isPresent();
		Proposal proposal = this.proposals.propose(member, id, body.message().strip(), Yen.of(body.price()),
				body.deliveryDate());
		return ResponseEntity.status(revising ? HttpStatus.OK : HttpStatus.CREATED)
			.body(ProposalView.of(proposal, Wording.of(this.messages, http)));
	}

	/** A member's proposal: a message to the client, a price in whole yen, a date. */
	record NewProposal(@NotBlank @Size(max = Proposal.MESSAGE_LIMIT) @PlainText String message, @NotNull Long price,
			@NotNull LocalDate deliveryDate) {

	}

	record ProposalView(UUID id, UUID requestId, String message, long price, LocalDate deliveryDate, String status,
			String statusText, Instant createdAt) {

		static ProposalView of(Proposal proposal, Wording wording) {
			return new ProposalView(proposal.id(), proposal.requestId(), proposal.message(), proposal.price().amount(),
					proposal.deliveryDate(), proposal.status().name(), wording.of(proposal.status().messageKey()),
					proposal.createdAt());
		}

	}

}
