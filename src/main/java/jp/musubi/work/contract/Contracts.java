package jp.musubi.work.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.work.upload.IncomingFile;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.WorkProperties;
import jp.musubi.work.invoice.Invoice;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.upload.StoredUpload;
import jp.musubi.work.upload.Uploads;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contracts from acceptance to completion. The client (or the agent) accepts one proposal
 * with the terms the Freelance Act requires; the request is then contracted, the other
 * proposals are declined, and a second acceptance, even at the same moment, ends in no
 * second contract. The member delivers milestone by milestone; the client accepts, and an
 * invoice is issued, or asks for rework.
 */
@Service
public class Contracts {

	/** How long a delivery's note or a reason for rework may be. */
	public static final int TEXT_LIMIT = 1000;

	private final ContractRepository contracts;

	private final ProposalRepository proposals;

	private final WorkRequests requests;

	private final WorkProfiles profiles;

	private final Invoices invoices;

	private final Uploads uploads;

	private final Accounts accounts;

	private final WorkAccess access;

	private final WorkProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Contracts(ContractRepository contracts, ProposalRepository proposals, WorkRequests requests, WorkProfiles profiles,
			Invoices invoices, Uploads uploads, Accounts accounts, WorkAccess access, WorkProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.contracts = contracts;
		this.proposals = proposals;
		this.requests = requests;
		this.profiles = profiles;
		this.invoices = invoices;
		this.uploads = uploads;
		this.accounts = accounts;
		this.access = access;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Accepts a proposal and makes the contract.
	 * @throws InputRefused when the terms break a rule or the proposal is no longer open
	 * @throws AlreadyContracted when another proposal was accepted first
	 */
	@Transactional
	public Contract accept(CurrentUser user, UUID proposalId, TermsDraft draft) {
		UUID requestId = this.proposals.findRequestIdById(proposalId)
			.orElseThrow(() -> notFound("proposal", proposalId));
		WorkRequest request = this.requests.lockForContract(requestId);
		this.access.requireClientOrAgent(user, request.clientOrganisationId());
		// Read only under the lock: an acceptance that held it may have closed this
		// proposal.
		Proposal proposal = this.proposals.findById(proposalId).orElseThrow(() -> notFound("proposal", proposalId));
		if (!request.isOpen()) {
			throw new AlreadyContracted();
		}
		if (!proposal.isOpen()) {
			throw new InputRefused("proposal", "work.contract.error.proposalClosed");
		}
		ContractTerms terms = new ContractTerms(today(), draft.workDescription(), draft.deliveryDate(),
				draft.deliveryMethod(), draft.remuneration(), draft.remunerationBasis(), draft.paymentDate(),
				draft.inspectionDate());
		OrganisationSummary client = this.accounts.organisation(request.clientOrganisationId()).orElseThrow();
		PersonSummary member = this.accounts.person(proposal.memberId())
			.orElseThrow(() -> new InputRefused("proposal", "work.contract.error.memberGone"));
		Contract contract = new Contract(
				new Contract.Parties(request.id(), proposal.id(), client.id(), client.name(), member.id(),
						member.displayName(), user.accountId()),
				terms, request.category(), draft.milestones(), this.properties.agentFeePercent(), this.clock);
		request.contracted();
		proposal.accept();
		this.proposals.findByRequestIdOrderByCreatedAt(request.id())
			.stream()
			.filter((other) -> !other.id().equals(proposal.id()))
			.forEach(Proposal::decline);
		try {
			this.contracts.saveAndFlush(contract);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
			throw new AlreadyContracted();
		}
		this.events.publishEvent(new ContractMade(contract.id()));
		return contract;
	}

	/**
	 * The member delivers a file for a milestone, with a note if they like.
	 * @throws InputRefused when the note is too long or holds a character that cannot be
	 * shown
	 * @throws Uploads.Refused when the file is not taken
	 */
	@Transactional
	public Contract deliver(CurrentUser member, UUID contractId, UUID milestoneId, IncomingFile file, String note) {
		Contract contract = find(contractId);
		if (!contract.memberId().equals(member.accountId())) {
			throw new WorkAccess.Refused("Not the member of this contract");
		}
		contract.milestone(milestoneId);
		String text = JapaneseText.normalizeToNull(note);
		if (text != null && text.length() > TEXT_LIMIT) {
			throw new InputRefused("note", "work.milestone.error.note");
		}
		UnusableCharacter.refuseIn("note", note);
		StoredUpload upload = this.uploads.store("deliverables", file);
		forgetIfRolledBack(upload);
		contract.deliver(milestoneId, upload, text, this.clock);
		this.events.publishEvent(new MilestoneDelivered(contractId, milestoneId));
		return contract;
	}

	/**
	 * The client accepts what was delivered; the invoice for the milestone is issued.
	 * @return the invoice
	 */
	@Transactional
	public Invoice acceptMilestone(CurrentUser user, UUID contractId, UUID milestoneId) {
		Contract contract = find(contractId);
		this.access.requireClientOrAgent(user, contract.clientOrganisationId());
		boolean completed = contract.accept(milestoneId, this.clock);
		Milestone milestone = contract.milestone(milestoneId);
		Invoice invoice = this.invoices.issue(contract, milestone,
				this.profiles.registrationNumberOf(contract.memberId()), dueDate(contract, milestone));
		if (completed) {
			this.requests.find(contract.requestId()).completed();
			this.profiles.finishedContract(contract.memberId());
		}
		this.events.publishEvent(new MilestoneInspected(contractId, milestoneId));
		return invoice;
	}

	/**
	 * The client sends a delivery back, saying what to change.
	 * @throws InputRefused when the reason is missing, too long or holds a character that
	 * cannot be shown
	 */
	@Transactional
	public Contract askForRework(CurrentUser user, UUID contractId, UUID milestoneId, String reason) {
		Contract contract = find(contractId);
		this.access.requireClientOrAgent(user, contract.clientOrganisationId());
		String text = JapaneseText.normalize((reason != null) ? reason : "");
		if (text.isEmpty() || text.length() > TEXT_LIMIT) {
			throw new InputRefused("reason", "work.milestone.error.reason");
		}
		UnusableCharacter.refuseIn("reason", reason);
		contract.askForRework(milestoneId, text);
		this.events.publishEvent(new MilestoneInspected(contractId, milestoneId));
		return contract;
	}

	/** The contract for its member, its client's people and the agent. */
	@Transactional(readOnly = true)
	public Contract view(CurrentUser user, UUID contractId) {
		Contract contract = find(contractId);
		if (!contract.memberId().equals(user.accountId())) {
			this.access.requireClientOrAgent(user, contract.clientOrganisationId());
		}
		return contract;
	}

	/** The contract for its client organisation's token. */
	@Transactional(readOnly = true)
	public Contract view(ApiClient client, UUID contractId) {
		Contract contract = find(contractId);
		this.access.requireOwnOrganisation(client, contract.clientOrganisationId());
		return contract;
	}

	/** A deliverable for someone who may see its contract. */
	@Transactional(readOnly = true)
	public Deliverable deliverable(CurrentUser user, UUID contractId, UUID deliverableId) {
		return deliverable(view(user, contractId), deliverableId);
	}

	/** A deliverable for the token of the contract's client organisation. */
	@Transactional(readOnly = true)
	public Deliverable deliverable(ApiClient client, UUID contractId, UUID deliverableId) {
		return deliverable(view(client, contractId), deliverableId);
	}

	private static Deliverable deliverable(Contract contract, UUID deliverableId) {
		return contract.milestones()
			.stream()
			.flatMap((milestone) -> milestone.deliverables().stream())
			.filter((deliverable) -> deliverable.id().equals(deliverableId))
			.findFirst()
			.orElseThrow(() -> notFound("deliverable", deliverableId));
	}

	/**
	 * The contracts the user is part of: as member, as client, or all of them for the
	 * agent.
	 */
	@Transactional(readOnly = true)
	public Page<Contract> of(CurrentUser user, Pageable page) {
		if (this.access.isAgentStaff(user)) {
			return this.contracts.findAllByOrderByCreatedAtDesc(page);
		}
		List<UUID> clients = this.access.clientOrganisations(user).stream().map(OrganisationSummary::id).toList();
		// An empty IN list is not portable; a fresh id matches no organisation.
		return this.contracts.findByParty(user.accountId(), clients.isEmpty() ? List.of(UUID.randomUUID()) : clients,
				page);
	}

	/** The contracts of the token's organisation as client. */
	@Transactional(readOnly = true)
	public Page<Contract> of(ApiClient client, Pageable page) {
		return this.contracts.findByClientOrganisationIdInOrderByCreatedAtDesc(List.of(client.organisationId()), page);
	}

	@Transactional(readOnly = true)
	public Optional<Contract> ofRequest(UUID requestId) {
		return this.contracts.findByRequestId(requestId);
	}

	public Contract find(UUID contractId) {
		return this.contracts.findById(contractId).orElseThrow(() -> notFound("contract", contractId));
	}

	/**
	 * When the invoice for a milestone falls due: the contract's payment date, but never
	 * more than 60 days after the deliverable was received (Freelance Act article 4), and
	 * when the payment date has passed already (late delivery), 30 days from acceptance
	 * within that limit.
	 */
	LocalDate dueDate(Contract contract, Milestone milestone) {
		LocalDate today = today();
		LocalDate received = (milestone.submittedAt() != null)
				? LocalDate.ofInstant(milestone.submittedAt(), Dates.JAPAN) : today;
		LocalDate latest = received.plusDays(ContractTerms.MAX_DAYS_TO_PAY);
		LocalDate due = contract.terms().paymentDate().isBefore(today) ? today.plusDays(30)
				: contract.terms().paymentDate();
		if (due.isAfter(latest)) {
			due = latest;
		}
		return due.isBefore(today) ? today : due;
	}

	private void forgetIfRolledBack(StoredUpload upload) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						Contracts.this.uploads.delete(upload.key());
					}
				}
			});
		}
	}

	private LocalDate today() {
		return Dates.today(this.clock);
	}

	private static NotFound notFound(String what, UUID id) {
		return new NotFound(what, id);
	}

	/** Another proposal for the request was accepted first. */
	public static class AlreadyContracted extends RuntimeException {

		AlreadyContracted() {
			super("The request is contracted already");
		}

	}

}
