package jp.musubi.work.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one side of a finished contract says of the other: the client of the member's
 * work, the member of working with the client. Each side reviews once.
 */
@Entity
@Table(name = "review")
public class Review {

	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "reviewer_id", nullable = false)
	private UUID reviewerId;

	@Column(name = "reviewee_id", nullable = false)
	private UUID revieweeId;

	@Column(name = "reviewee_is_member", nullable = false)
	private boolean revieweeIsMember;

	@Column(nullable = false)
	private int rating;

	private String comment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Review() {
	}

	Review(UUID contractId, UUID reviewerId, UUID revieweeId, boolean revieweeIsMember, int rating, String comment,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.reviewerId = reviewerId;
		this.revieweeId = revieweeId;
		this.revieweeIsMember = revieweeIsMember;
		this.rating = rating;
		this.comment = comment;
		this.createdAt = createdAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID contractId() {
		return this.contractId;
	}

	public UUID reviewerId() {
		return this.reviewerId;
	}

	public UUID revieweeId() {
		return this.revieweeId;
	}

	/**
	 * Whether the member was reviewed (by the client), rather than the client (by the
	 * member).
	 */
	public boolean revieweeIsMember() {
		return this.revieweeIsMember;
	}

	public int rating() {
		return this.rating;
	}

	public String comment() {
		return this.comment;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
