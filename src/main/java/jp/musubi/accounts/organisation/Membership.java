package jp.musubi.accounts.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's place in an organisation; an owner may invite and remove the others. */
@Embeddable
public class Membership {

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "owner", nullable = false)
	private boolean owner;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	protected Membership() {
	}

	Membership(UUID accountId, boolean owner, Instant joinedAt) {
		this.accountId = accountId;
		this.owner = owner;
		this.joinedAt = joinedAt;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public boolean owner() {
		return this.owner;
	}

	public Instant joinedAt() {
		return this.joinedAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Membership membership && membership.accountId.equals(this.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

}
