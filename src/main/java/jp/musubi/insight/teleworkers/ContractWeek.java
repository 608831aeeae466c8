package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The hours a member teleworked on one contract in one week (Monday to Sunday), as the
 * work module last reported them. A member with several contracts has a row for each; the
 * seed's definition of a teleworker counts their sum.
 */
@Entity
@Table(name = "insight_contract_week")
class ContractWeek {

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false)
	private UUID contractId;

	@Column(name = "week_start", nullable = false)
	private LocalDate weekStart;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	@Column(nullable = false, precision = 5, scale = 1)
	private BigDecimal hours;

	@Column(name = "logged_at")
	private Instant loggedAt;

	protected ContractWeek() {
	}

	/** The Monday that starts the day's week, the way the work module names weeks. */
	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	ContractWeek(UUID contractId, LocalDate weekStart, UUID memberId, BigDecimal hours, Instant loggedAt) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.weekStart = weekStart;
		this.memberId = memberId;
		this.hours = hours;
		this.loggedAt = loggedAt;
	}

	/**
	 * Takes the week's figure as it now stands: the work module reports the whole figure,
	 * not an increment, so a report seen twice leaves the week as it was, and one logged
	 * before the figure held is older news and changes nothing. A report without a time
	 * (published before reports had one) is taken as it comes.
	 */
	void report(UUID memberId, BigDecimal hours, Instant loggedAt) {
		if (loggedAt != null && this.loggedAt != null && loggedAt.isBefore(this.loggedAt)) {
			return;
		}
		this.memberId = memberId;
		this.hours = hours;
		this.loggedAt = (loggedAt != null) ? loggedAt : this.loggedAt;
	}

	UUID contractId() {
		return this.contractId;
	}

	LocalDate weekStart() {
		return this.weekStart;
	}

	UUID memberId() {
		return this.memberId;
	}

	BigDecimal hours() {
		return this.hours;
	}

}
