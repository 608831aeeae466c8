package jp.musubi.work.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import jp.musubi.platform.money.Yen;
import jp.musubi.work.upload.StoredUpload;

/**
 * A part of the contracted work with its own amount and due date. The member delivers
 * files; the client accepts them or asks for rework, saying why.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Yen amount;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MilestoneStatus status;

	@Column(name = "rework_reason")
	private String reworkReason;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "milestone_id", insertable = false, updatable = false)
	private List<Deliverable> deliverables = new ArrayList<>();

	protected Milestone() {
	}

	Milestone(UUID contractId, int position, MilestonePlan plan) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.position = position;
		this.title = plan.title();
		this.amount = plan.amount();
		this.dueDate = plan.dueDate();
		this.status = MilestoneStatus.OPEN;
	}

	/** The member delivers; the client is asked to inspect. */
	void deliver(StoredUpload upload, String note, Clock clock) {
		if (this.status == MilestoneStatus.ACCEPTED) {
			throw new WrongMilestoneStatus(this.status);
		}
		this.deliverables.add(new Deliverable(this.id, upload, note, clock.instant()));
		this.status = MilestoneStatus.SUBMITTED;
		this.submittedAt = clock.instant();
	}

	void accept(Clock clock) {
		if (this.status != MilestoneStatus.SUBMITTED) {
			throw new WrongMilestoneStatus(this.status);
		}
		this.status = MilestoneStatus.ACCEPTED;
		this.acceptedAt = clock.instant();
		this.reworkReason = null;
	}

	void askForRework(String reason) {
		if (this.status != MilestoneStatus.SUBMITTED) {
			throw new WrongMilestoneStatus(this.status);
		}
		this.status = MilestoneStatus.REWORK;
		this.reworkReason = reason;
	}

	public UUID id() {
		return this.id;
	}

	public UUID contractId() {
		return this.contractId;
	}

	public int position() {
		return this.position;
	}

	public String title() {
		return this.title;
	}

	public Yen amount() {
		return this.amount;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public MilestoneStatus status() {
		return this.status;
	}

	public String reworkReason() {
		return this.reworkReason;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant acceptedAt() {
		return this.acceptedAt;
	}

	public List<Deliverable> deliverables() {
		return this.deliverables.stream().sorted(Comparator.comparing(Deliverable::uploadedAt)).toList();
	}

	/** The milestone cannot do that in its present state. */
	public static class WrongMilestoneStatus extends RuntimeException {

		private final MilestoneStatus status;

		WrongMilestoneStatus(MilestoneStatus status) {
			super("Not allowed while " + status);
			this.status = status;
		}

		public MilestoneStatus status() {
			return this.status;
		}

	}

}
