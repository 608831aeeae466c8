package jp.musubi.platform.money;

import java.math.BigDecimal;

/**
 * The consumption tax rates in force since 1 October 2019, each including the local
 * consumption tax. The reduced rate covers food and drink other than alcohol and eating
 * out, and newspapers subscribed to and published at least twice a week.
 */
public enum ConsumptionTaxRate {

	STANDARD(new BigDecimal("10")), REDUCED(new BigDecimal("8"));

	private final BigDecimal percent;

	ConsumptionTaxRate(BigDecimal percent) {
		this.percent = percent;
	}

	public BigDecimal percent() {
		return this.percent;
	}

	/** The tax on an amount that excludes it, with the fraction of a yen cut off. */
	public Yen taxOn(Yen net) {
		return net.floorPercent(this.percent);
	}

	public String messageKey() {
		return "money.tax." + name();
	}

}
