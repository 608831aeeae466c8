package jp.musubi.shop.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.refusal.InputRefused;

/**
 * The agent's commission on a producer's goods from a month on, as the producer's terms
 * disclose it. A new rate starts with a month that has not begun: what was sold was sold
 * under the rate the producer saw then.
 */
@Entity
@Table(name = "shop_commission")
public class Commission {

	/** The most a commission may be: above it, the rate is surely a typing error. */
	static final BigDecimal MOST = new BigDecimal("50");

	@Id
	private UUID id;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "effective_from", nullable = false)
	private LocalDate effectiveFrom;

	@Column(nullable = false)
	private BigDecimal percent;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	@Column(name = "set_by", nullable = false)
	private UUID setBy;

	protected Commission() {
	}

	private Commission(UUID producerId, YearMonth from, BigDecimal percent, UUID setBy, Instant now) {
		this.id = UUID.randomUUID();
		this.producerId = producerId;
		this.effectiveFrom = from.atDay(1);
		this.percent = percent;
		this.setBy = setBy;
		this.setAt = now;
	}

	/**
	 * A rate from a month on.
	 * @param thisMonth the month it is now, in Japan
	 * @throws InputRefused on {@code percent} for a rate below 0, above 50 or with more
	 * than one decimal; on {@code from} for a month already begun
	 */
	static Commission set(UUID producerId, YearMonth from, BigDecimal percent, UUID setBy, YearMonth thisMonth,
			Instant now) {
		if (percent == null || percent.signum() < 0 || percent.compareTo(MOST) > 0
				|| percent.stripTrailingZeros().scale() > 1) {
			throw new InputRefused("percent", "shop.commission.refused.percent", MOST.toPlainString());
		}
		if (from == null || !from.isAfter(thisMonth)) {
			throw new InputRefused("from", "shop.commission.refused.from");
		}
		return new Commission(producerId, from, percent.stripTrailingZeros(), setBy, now);
	}

	public UUID producerId() {
		return this.producerId;
	}

	public YearMonth from() {
		return YearMonth.from(this.effectiveFrom);
	}

	public BigDecimal percent() {
		return this.percent.stripTrailingZeros();
	}

}
