package jp.musubi.work.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' proposals for published requests. A member proposes once per request (and may
 * revise or withdraw it while it is open); nobody proposes for work their own
 * organisation ordered. The client and the agent read and shortlist proposals; other
 * members never see them.
 */
@Service
public class Proposals {

	public static final Yen MIN_PRICE = Yen.of(1_000);

	public static final Yen MAX_PRICE = Yen.of(50_000_000);

	private final ProposalRepository proposals;

	private final WorkRequests requests;

	private final WorkAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Proposals(ProposalRepository proposals, WorkRequests requests, WorkAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.proposals = proposals;
		this.requests = requests;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A member proposes, or revises their proposal.
	 * @throws InputRefused naming the field and message key of the first broken rule
	 */
	@Transactional
	public Proposal propose(CurrentUser member, UUID requestId, String message, Yen price, LocalDate deliveryDate) {
		this.access.requireMember(member);
		WorkRequest request = this.requests.find(requestId);
		if (!request.isOpen()) {
			throw new InputRefused("request", "work.proposal.error.closed");
		}
		if (this.access.isClientOf(member, request.clientOrganisationId())) {
			throw new InputRefused("request", "work.proposal.error.own");
		}
		if (price == null || price.isLessThan(MIN_PRICE) || price.isGreaterThan(MAX_PRICE)) {
			throw new InputRefused("price", "work.proposal.error.price");
		}
		LocalDate today = Dates.today(this.clock);
		if (deliveryDate == null || deliveryDate.isBefore(today)) {
			throw new InputRefused("deliveryDate", "work.proposal.error.deliveryPast");
		}
		if (deliveryDate.isAfter(today.plusDays(730))) {
			throw new InputRefused("deliveryDate", "work.proposal.error.deliveryFar");
		}
		Proposal proposal = this.proposals.findByRequestIdAndMemberId(requestId, member.accountId()).map((existing) -> {
			existing.revise(message, price, deliveryDate);
			return existing;
		})
			.orElseGet(() -> this.proposals
				.save(new Proposal(requestId, member.accountId(), message, price, deliveryDate, this.clock)));
		this.events.publishEvent(new ProposalReceived(proposal.id()));
		return proposal;
	}

	@Transactional
	public void withdraw(CurrentUser member, UUID proposalId) {
		Proposal proposal = find(proposalId);
		if (!proposal.memberId().equals(member.accountId())) {
			throw new WorkAccess.Refused("Not the member's proposal");
		}
		proposal.withdraw();
	}

	@Transactional
	public void shortlist(CurrentUser user, UUID proposalId) {
		Proposal proposal = find(proposalId);
		WorkRequest request = this.requests.find(proposal.requestId());
		this.access.requireClientOrAgent(user, request.clientOrganisationId());
		proposal.shortlist();
	}

	/** The proposals for a request, for its client and the agent. */
	@Transactional(readOnly = true)
	public List<Proposal> forRequest(CurrentUser user, UUID requestId) {
		WorkRequest request = this.requests.find(requestId);
		this.access.requireClientOrAgent(user, request.clientOrganisationId());
		return this.proposals.findByRequestIdOrderByCreatedAt(requestId);
	}

	/** The proposals for a request, for its client organisation's token. */
	@Transactional(readOnly = true)
	public List<Proposal> forRequest(ApiClient client, UUID requestId) {
		WorkRequest request = this.requests.find(requestId);
		this.access.requireOwnOrganisation(client, request.clientOrganisationId());
		return this.proposals.findByRequestIdOrderByCreatedAt(requestId);
	}

	/**
	 * A proposal for the member who made it, or for the request's client and the agent.
	 */
	@Transactional(readOnly = true)
	public Proposal view(CurrentUser user, UUID proposalId) {
		Proposal proposal = find(proposalId);
		if (!proposal.memberId().equals(user.accountId())) {
			WorkRequest request = this.requests.find(proposal.requestId());
			this.access.requireClientOrAgent(user, request.clientOrganisationId());
		}
		return proposal;
	}

	@Transactional(readOnly = true)
	public Page<Proposal> ofMember(CurrentUser member, Pageable page) {
		return this.proposals.findByMemberIdOrderByCreatedAtDesc(member.accountId(), page);
	}

	@Transactional(readOnly = true)
	public Optional<Proposal> ofMemberFor(CurrentUser member, UUID requestId) {
		return this.proposals.findByRequestIdAndMemberId(requestId, member.accountId());
	}

	public Proposal find(UUID proposalId) {
		return this.proposals.findById(proposalId).orElseThrow(() -> new NotFound("proposal", proposalId));
	}

}
