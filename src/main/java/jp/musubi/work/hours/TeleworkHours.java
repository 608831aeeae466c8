package jp.musubi.work.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hours a member teleworked on a contract in one week (Monday to Sunday). The seed
 * counts a person as a teleworker from 8 hours a week.
 */
@Entity
@Table(name = "telework_hours")
public class TeleworkHours {

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	@Column(name = "week_start", nullable = false)
	private LocalDate weekStart;

	@Column(nullable = false, precision = 5, scale = 1)
	private BigDecimal hours;

	@Column(name = "logged_at", nullable = false)
	private Instant loggedAt;

	protected TeleworkHours() {
	}

	TeleworkHours(UUID contractId, UUID memberId, LocalDate weekStart, BigDecimal hours, Instant loggedAt) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.memberId = memberId;
		this.weekStart = weekStart;
		this.hours = hours;
		this.loggedAt = loggedAt;
	}

	void correct(BigDecimal hours, Instant loggedAt) {
		this.hours = hours;
		this.loggedAt = loggedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID contractId() {
		return this.contractId;
	}

	public UUID memberId() {
		return this.memberId;
	}

	public LocalDate weekStart() {
		return this.weekStart;
	}

	public BigDecimal hours() {
		return this.hours;
	}

	public Instant loggedAt() {
		return this.loggedAt;
	}

}
