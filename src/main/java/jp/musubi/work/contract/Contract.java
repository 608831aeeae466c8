package jp.musubi.work.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.upload.StoredUpload;

/**
 * The agreement between a client and a member, made when the client accepted the member's
 * proposal. It keeps the parties' names as they were at the time of the order, the terms
 * the Freelance Act requires, the milestones, and the agent's fee.
 */
@Entity
@Table(name = "contract")
public class Contract {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "proposal_id", nullable = false)
	private UUID proposalId;

	@Column(name = "client_organisation_id", nullable = false)
	private UUID clientOrganisationId;

	@Column(name = "client_name", nullable = false)
	private String clientName;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	@Column(name = "member_name", nullable = false)
	private String memberName;

	@Column(name = "accepted_by", nullable = false)
	private UUID acceptedBy;

	@Embedded
	private ContractTerms terms;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkCategory category;

	@Column(name = "agent_fee_percent", nullable = false)
	private BigDecimal agentFeePercent;

	@Column(name = "agent_fee", nullable = false)
	private Yen agentFee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContractStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "contract_id", insertable = false, updatable = false)
	private List<Milestone> milestones = new ArrayList<>();

	@Version
	private long version;

	protected Contract() {
	}

	/**
	 * Makes the contract. The milestones must share out the whole remuneration and fall
	 * due by the delivery date.
	 * @throws InputRefused when they do not
	 */
	public Contract(Parties parties, ContractTerms terms, WorkCategory category, List<MilestonePlan> plans,
			BigDecimal agentFeePercent, Clock clock) {
		if (plans.isEmpty()) {
			throw new InputRefused("milestones", "work.contract.error.noMilestones");
		}
		if (plans.stream().anyMatch((plan) -> plan.amount() == null || !plan.amount().isGreaterThan(Yen.ZERO))) {
			throw new InputRefused("milestones", "work.contract.error.milestoneAmount");
		}
		Yen shared = plans.stream().map(MilestonePlan::amount).reduce(Yen.ZERO, Yen::plus);
		if (!shared.equals(terms.remuneration())) {
			throw new InputRefused("milestones", "work.contract.error.milestoneSum");
		}
		if (plans.stream()
			.anyMatch((plan) -> plan.dueDate() == null || plan.dueDate().isBefore(terms.orderedOn())
					|| plan.dueDate().isAfter(terms.deliveryDate()))) {
			throw new InputRefused("milestones", "work.contract.error.milestoneDue");
		}
		this.id = UUID.randomUUID();
		this.requestId = parties.requestId();
		this.proposalId = parties.proposalId();
		this.clientOrganisationId = parties.clientOrganisationId();
		this.clientName = parties.clientName();
		this.memberId = parties.memberId();
		this.memberName = parties.memberName();
		this.acceptedBy = parties.acceptedBy();
		this.terms = terms;
		this.category = category;
		this.agentFeePercent = agentFeePercent;
		this.agentFee = terms.remuneration().floorPercent(agentFeePercent);
		this.status = ContractStatus.ACTIVE;
		this.createdAt = clock.instant();
		for (int position = 0; position < plans.size(); position++) {
			this.milestones.add(new Milestone(this.id, position, plans.get(position)));
		}
	}

	public void deliver(UUID milestoneId, StoredUpload upload, String note, Clock clock) {
		requireActive();
		milestone(milestoneId).deliver(upload, note, clock);
	}

	/**
	 * The client accepts a milestone's deliverable.
	 * @return whether that finished the contract
	 */
	public boolean accept(UUID milestoneId, Clock clock) {
		requireActive();
		milestone(milestoneId).accept(clock);
		if (this.milestones.stream().allMatch((milestone) -> milestone.status() == MilestoneStatus.ACCEPTED)) {
			this.status = ContractStatus.COMPLETED;
			this.completedAt = clock.instant();
			return true;
		}
		return false;
	}

	public void askForRework(UUID milestoneId, String reason) {
		requireActive();
		milestone(milestoneId).askForRework(reason);
	}

	public Milestone milestone(UUID milestoneId) {
		return this.milestones.stream()
			.filter((milestone) -> milestone.id().equals(milestoneId))
			.findFirst()
			.orElseThrow(() -> new NoSuchMilestone(milestoneId));
	}

	private void requireActive() {
		if (this.status != ContractStatus.ACTIVE) {
			throw new NotActive(this.status);
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public UUID proposalId() {
		return this.proposalId;
	}

	public UUID clientOrganisationId() {
		return this.clientOrganisationId;
	}

	public String clientName() {
		return this.clientName;
	}

	public UUID memberId() {
		return this.memberId;
	}

	public String memberName() {
		return this.memberName;
	}

	public UUID acceptedBy() {
		return this.acceptedBy;
	}

	public ContractTerms terms() {
		return this.terms;
	}

	public WorkCategory category() {
		return this.category;
	}

	public BigDecimal agentFeePercent() {
		return this.agentFeePercent;
	}

	public Yen agentFee() {
		return this.agentFee;
	}

	public ContractStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public List<Milestone> milestones() {
		return this.milestones.stream().sorted(Comparator.comparingInt(Milestone::position)).toList();
	}

	/** Who the contract binds, named as they were when it was made. */
	public record Parties(UUID requestId, UUID proposalId, UUID clientOrganisationId, String clientName, UUID memberId,
			String memberName, UUID acceptedBy) {

	}

	/** No milestone with that id in this contract: to people, a page not found. */
	public static class NoSuchMilestone extends NotFound {

		NoSuchMilestone(UUID id) {
			super("milestone", id);
		}

	}

	/** The contract is finished or cancelled. */
	public static class NotActive extends RuntimeException {

		NotActive(ContractStatus status) {
			super("The contract is " + status);
		}

	}

}
