package jp.musubi.tourism.lead;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sales lead: someone who asked about the region, and how far the agent got with them.
 */
@Entity
@Table(name = "sales_lead")
public class Lead {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LeadSource source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LeadStatus status;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String message;

	@Column(name = "programme_id")
	private UUID programmeId;

	@Column(name = "contact_consent", nullable = false)
	private boolean contactConsent;

	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Lead() {
	}

	Lead(Inquiry inquiry, LeadSource source, UUID accountId, UUID organisationId, Instant now) {
		inquiry.check();
		this.id = UUID.randomUUID();
		this.source = source;
		this.status = LeadStatus.NEW;
		this.name = inquiry.name();
		this.email = inquiry.email();
		this.message = inquiry.message();
		this.programmeId = inquiry.programmeId();
		this.contactConsent = inquiry.contactConsent();
		this.accountId = accountId;
		this.organisationId = organisationId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * @throws WrongMove when the lead cannot go there from where it is
	 */
	LeadStatus moveTo(LeadStatus next, Instant now) {
		if (!this.status.canMoveTo(next)) {
			throw new WrongMove(this.status, next);
		}
		LeadStatus previous = this.status;
		this.status = next;
		this.updatedAt = now;
		return previous;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public LeadSource source() {
		return this.source;
	}

	public LeadStatus status() {
		return this.status;
	}

	public String name() {
		return this.name;
	}

	public String email() {
		return this.email;
	}

	public String message() {
		return this.message;
	}

	public Optional<UUID> programmeId() {
		return Optional.ofNullable(this.programmeId);
	}

	public boolean contactConsent() {
		return this.contactConsent;
	}

	public Optional<UUID> accountId() {
		return Optional.ofNullable(this.accountId);
	}

	public Optional<UUID> organisationId() {
		return Optional.ofNullable(this.organisationId);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

	/** A lead moves only from new to contacted, and from contacted to booked or lost. */
	public static class WrongMove extends RuntimeException {

		private final LeadStatus from;

		private final LeadStatus to;

		WrongMove(LeadStatus from, LeadStatus to) {
			super("A lead cannot go from " + from + " to " + to);
			this.from = from;
			this.to = to;
		}

		public LeadStatus from() {
			return this.from;
		}

		public LeadStatus to() {
			return this.to;
		}

	}

}
