package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.accounts.account.Account;
import jp.musubi.platform.security.RandomToken;

/**
 * An owner's invitation for someone to join the organisation, sent to one e-mail address.
 * Only the account with that address can accept it, so a forwarded link lets nobody else
 * in.
 */
@Entity
@Table(name = "organisation_invitation")
public class Invitation {

	/** Where an invitation stands. */
	public enum State {

		PENDING, ACCEPTED, CANCELLED, EXPIRED

	}

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String email;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "invited_by", nullable = false)
	private UUID invitedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	protected Invitation() {
	}

	public Invitation(UUID organisationId, String email, RandomToken secret, UUID invitedBy, Duration validity,
			Clock clock) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.email = Account.normalizeEmail(email);
		this.tokenHash = secret.hash();
		this.invitedBy = invitedBy;
		this.createdAt = clock.instant();
		this.expiresAt = this.createdAt.plus(validity);
	}

	public State state(Clock clock) {
		if (this.acceptedAt != null) {
			return State.ACCEPTED;
		}
		if (this.cancelledAt != null) {
			return State.CANCELLED;
		}
		return clock.instant().isBefore(this.expiresAt) ? State.PENDING : State.EXPIRED;
	}

	/** Whether the account may accept: the invitation is open and addressed to it. */
	public boolean isFor(String accountEmail) {
		return this.email.equals(Account.normalizeEmail(accountEmail));
	}

	public void accept(Clock clock) {
		if (state(clock) != State.PENDING) {
			throw new IllegalStateException("Invitation " + this.id + " is " + state(clock));
		}
		this.acceptedAt = clock.instant();
	}

	public void cancel(Clock clock) {
		if (state(clock) == State.PENDING) {
			this.cancelledAt = clock.instant();
		}
	}

	/** Replaces the secret when the mail is sent again; the old link stops working. */
	public void renew(RandomToken secret, Duration validity, Clock clock) {
		this.tokenHash = secret.hash();
		this.expiresAt = clock.instant().plus(validity);
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String email() {
		return this.email;
	}

	public UUID invitedBy() {
		return this.invitedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}
