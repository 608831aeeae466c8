package jp.musubi.shop.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * How a gift set's value divides between its food and its other goods, by a reasonable
 * measure such as their cost (合理的な方法), as the 一体資産 rule of the Consumption Tax Act's
 * reduced rate asks.
 */
public record GiftSetValue(Yen food, Yen other) {

	/** The price before tax up to which a mostly-food gift set takes the reduced rate. */
	static final Yen REDUCED_RATE_LIMIT = Yen.of(10_000);

	/** Whether food makes up at least two thirds of the value. */
	public boolean isMostlyFood() {
		return 3 * this.food.amount() >= 2 * (this.food.amount() + this.other.amount());
	}

	/**
	 * The rate for the set at a price that includes tax, or empty when no rate fits: the
	 * rule is judged on the price before tax, and a mostly-food set priced from ¥10,801
	 * to ¥11,000 with tax would be over ¥10,000 before tax at the reduced rate and at
	 * most ¥10,000 at the standard one.
	 */
	public Optional<ConsumptionTaxRate> rateAt(Yen priceWithTax) {
		if (!isMostlyFood()) {
			return Optional.of(ConsumptionTaxRate.STANDARD);
		}
		boolean reducedFits = !exclusiveOf(priceWithTax, ConsumptionTaxRate.REDUCED).isGreaterThan(REDUCED_RATE_LIMIT);
		boolean standardFits = exclusiveOf(priceWithTax, ConsumptionTaxRate.STANDARD).isGreaterThan(REDUCED_RATE_LIMIT);
		if (reducedFits) {
			return Optional.of(ConsumptionTaxRate.REDUCED);
		}
		return standardFits ? Optional.of(ConsumptionTaxRate.STANDARD) : Optional.empty();
	}

	/**
	 * The price before tax, rounded up to the yen: a price of ¥10,801 with tax is more
	 * than ¥10,000 before the reduced rate's tax, not equal to it.
	 */
	private static Yen exclusiveOf(Yen priceWithTax, ConsumptionTaxRate rate) {
		BigDecimal divisor = BigDecimal.valueOf(100).add(rate.percent());
		return Yen.of(BigDecimal.valueOf(priceWithTax.amount())
			.multiply(BigDecimal.valueOf(100))
			.divide(divisor, 0, RoundingMode.CEILING)
			.longValueExact());
	}

}
