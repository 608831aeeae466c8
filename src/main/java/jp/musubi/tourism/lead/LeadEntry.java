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

/**
 * One line of a lead's history: a status change or a note, who made it and when. Lines
 * are only added, never changed.
 */
@Entity
@Table(name = "sales_lead_entry")
public class LeadEntry {

	@Id
	private UUID id;

	@Column(name = "lead_id", nullable = false)
	private UUID leadId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_from")
	private LeadStatus statusFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_to")
	private LeadStatus statusTo;

	private String note;

	@Column(name = "actor_id", nullable = false)
	private UUID actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected LeadEntry() {
	}

	LeadEntry(UUID leadId, LeadStatus from, LeadStatus to, String note, UUID actorId, String actorName, Instant now) {
		this.id = UUID.randomUUID();
		this.leadId = leadId;
		this.statusFrom = from;
		this.statusTo = to;
		this.note = note;
		this.actorId = actorId;
		this.actorName = actorName;
		this.enteredAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public Optional<LeadStatus> statusFrom() {
		return Optional.ofNullable(this.statusFrom);
	}

	public Optional<LeadStatus> statusTo() {
		return Optional.ofNullable(this.statusTo);
	}

	public boolean isStatusChange() {
		return this.statusTo != null;
	}

	public Optional<String> note() {
		return Optional.ofNullable(this.note);
	}

	public UUID actorId() {
		return this.actorId;
	}

	public String actorName() {
		return this.actorName;
	}

	public Instant enteredAt() {
		return this.enteredAt;
	}

}
