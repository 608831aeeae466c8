package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.security.RandomToken;

/**
 * An organisation's key for machine access to the API. The secret is shown once when it
 * is made; afterwards only its first characters (the hint) identify it on the page.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	/** Every token starts so, which lets secret scanners recognise a leaked one. */
	public static final String PREFIX = "msb_";

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "token_hint", nullable = false)
	private String tokenHint;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(UUID organisationId, String name, RandomToken secret, UUID createdBy, Clock clock) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.name = name;
		this.tokenHash = secret.hash();
		this.tokenHint = secret.value().substring(0, PREFIX.length() + 6);
		this.createdBy = createdBy;
		this.createdAt = clock.instant();
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

	public void revoke(Clock clock) {
		if (this.revokedAt == null) {
			this.revokedAt = clock.instant();
		}
	}

	public void used(Clock clock) {
		this.lastUsedAt = clock.instant();
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String name() {
		return this.name;
	}

	public String tokenHint() {
		return this.tokenHint;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant revokedAt() {
		return this.revokedAt;
	}

}
