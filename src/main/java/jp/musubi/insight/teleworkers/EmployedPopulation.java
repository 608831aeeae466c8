package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The region's employed population (就業者数), the denominator of the seed's goal, as a
 * member of the agent's staff entered it from a published source. Entries are never
 * changed; a new figure is a new entry, and the latest applies.
 */
@Entity
@Table(name = "insight_employed_population")
class EmployedPopulation {

	/** A plausible upper bound: Japan's whole employed population is below it. */
	static final int MAX_EMPLOYED = 100_000_000;

	static final int SOURCE_LENGTH = 100;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	@Id
	private UUID id;

	@Column(nullable = false)
	private int employed;

	@Column(nullable = false, length = SOURCE_LENGTH)
	private String source;

	@Column(name = "entered_by", nullable = false)
	private UUID enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected EmployedPopulation() {
	}

	EmployedPopulation(int employed, String source, UUID enteredBy, Instant enteredAt) {
		if (employed < 1 || employed > MAX_EMPLOYED) {
			throw new IllegalArgumentException("Employed population out of range: " + employed);
		}
		if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
			throw new IllegalArgumentException("A source of at most " + SOURCE_LENGTH + " characters is required");
		}
		this.id = UUID.randomUUID();
		this.employed = employed;
		this.source = source;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	/** Teleworkers as a percentage of the employed population, to one decimal. */
	BigDecimal shareOf(long teleworkers) {
		return BigDecimal.valueOf(teleworkers)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(this.employed), 1, RoundingMode.HALF_UP);
	}

	/** How many teleworkers the given share of the employed population is, rounded up. */
	long teleworkersFor(BigDecimal percent) {
		return BigDecimal.valueOf(this.employed)
			.multiply(percent)
			.divide(HUNDRED, 0, RoundingMode.CEILING)
			.longValueExact();
	}

	int employed() {
		return this.employed;
	}

	String source() {
		return this.source;
	}

	UUID enteredBy() {
		return this.enteredBy;
	}

	Instant enteredAt() {
		return this.enteredAt;
	}

}
