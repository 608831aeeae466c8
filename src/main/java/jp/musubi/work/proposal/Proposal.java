package jp.musubi.work.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.money.Yen;

/**
 * A member's offer to do requested work: a message, a price and when they would deliver.
 * The client or the agent shortlists proposals and accepts one; the member may withdraw
 * theirs until then.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

	public static final int MESSAGE_LIMIT = 2000;

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	@Column(nullable = false)
	private String message;

	@Column(nullable = false)
	private Yen price;

	@Column(name = "delivery_date", nullable = false)
	private LocalDate deliveryDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Proposal() {
	}

	public Proposal(UUID requestId, UUID memberId, String message, Yen price, LocalDate deliveryDate, Clock clock) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.memberId = memberId;
		this.message = message;
		this.price = price;
		this.deliveryDate = deliveryDate;
		this.status = ProposalStatus.SUBMITTED;
		this.createdAt = clock.instant();
	}

	/** The member changes an open proposal (or renews a withdrawn one). */
	public void revise(String message, Yen price, LocalDate deliveryDate) {
		if (!isOpen() && this.status != ProposalStatus.WITHDRAWN) {
			throw new Closed(this.status);
		}
		this.message = message;
		this.price = price;
		this.deliveryDate = deliveryDate;
		this.status = ProposalStatus.SUBMITTED;
	}

	public void shortlist() {
		if (!isOpen()) {
			throw new Closed(this.status);
		}
		this.status = ProposalStatus.SHORTLISTED;
	}

	public void withdraw() {
		if (!isOpen()) {
			throw new Closed(this.status);
		}
		this.status = ProposalStatus.WITHDRAWN;
	}

	public void accept() {
		if (!isOpen()) {
			throw new Closed(this.status);
		}
		this.status = ProposalStatus.ACCEPTED;
	}

	/** Another proposal was accepted. */
	public void decline() {
		if (isOpen()) {
			this.status = ProposalStatus.DECLINED;
		}
	}

	/** Submitted or shortlisted: it can still be accepted or withdrawn. */
	public boolean isOpen() {
		return this.status == ProposalStatus.SUBMITTED || this.status == ProposalStatus.SHORTLISTED;
	}

	public UUID id() {
		return this.id;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public UUID memberId() {
		return this.memberId;
	}

	public String message() {
		return this.message;
	}

	public Yen price() {
		return this.price;
	}

	public LocalDate deliveryDate() {
		return this.deliveryDate;
	}

	public ProposalStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** The proposal was accepted, declined or withdrawn already. */
	public static class Closed extends RuntimeException {

		private final ProposalStatus status;

		Closed(ProposalStatus status) {
			super("The proposal is " + status);
			this.status = status;
		}

		public ProposalStatus status() {
			return this.status;
		}

	}

}
