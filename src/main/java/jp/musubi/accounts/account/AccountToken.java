package jp.musubi.accounts.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.security.RandomToken;

/**
 * A one-time link sent by e-mail. It works once, before it expires, for one purpose; only
 * the hash of the secret in the link is kept.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

	/** What the link is for. */
	public enum Purpose {

		CONFIRM_EMAIL, RESET_PASSWORD, CHANGE_EMAIL

	}

	/** Why a link did not work. */
	public enum Refusal {

		UNKNOWN, EXPIRED, USED

	}

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "new_email")
	private String newEmail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	private AccountToken(UUID accountId, Purpose purpose, RandomToken secret, String newEmail, Duration validity,
			Clock clock) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = secret.hash();
		this.newEmail = newEmail;
		this.createdAt = clock.instant();
		this.expiresAt = this.createdAt.plus(validity);
	}

	public static AccountToken issue(UUID accountId, Purpose purpose, RandomToken secret, Duration validity,
			Clock clock) {
		return new AccountToken(accountId, purpose, secret, null, validity, clock);
	}

	public static AccountToken issueForNewEmail(UUID accountId, RandomToken secret, String newEmail, Duration validity,
			Clock clock) {
		return new AccountToken(accountId, Purpose.CHANGE_EMAIL, secret, Account.normalizeEmail(newEmail), validity,
				clock);
	}

	/** Why the link cannot be used now, or {@code null} when it can. */
	public Refusal refusal(Clock clock) {
		if (this.usedAt != null) {
			return Refusal.USED;
		}
		if (!clock.instant().isBefore(this.expiresAt)) {
			return Refusal.EXPIRED;
		}
		return null;
	}

	public void use(Clock clock) {
		if (refusal(clock) != null) {
			throw new IllegalStateException("Token " + this.id + " cannot be used: " + refusal(clock));
		}
		this.usedAt = clock.instant();
	}

	public UUID accountId() {
		return this.accountId;
	}

	public Purpose purpose() {
		return this.purpose;
	}

	public String newEmail() {
		return this.newEmail;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}
