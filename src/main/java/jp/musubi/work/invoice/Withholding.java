package jp.musubi.work.invoice;

import java.math.BigDecimal;

import jp.musubi.platform.money.Yen;

/**
 * Income tax the payer withholds at source (源泉徴収) from remuneration paid to an individual
 * for the work listed in 所得税法 第204条第1項第1号, such as writing, translation, design or
 * lectures, and pays to the tax office on the payee's behalf.
 * <p>
 * The rates include the special income tax for reconstruction (復興特別所得税, 2.1 % of the
 * income tax) levied on payments until the end of 2037: 10.21 % of up to ¥1,000,000 paid
 * at once and 20.42 % of the part above, the fraction of a yen cut off.
 * <p>
 * The base is the remuneration without consumption tax when the invoice shows the two
 * separately, as the National Tax Agency allows (平成元年直法6-1); Musubi's invoices always do,
 * so callers pass the amount excluding tax.
 */
public final class Withholding {

	private static final Yen THRESHOLD = Yen.of(1_000_000);

	private static final BigDecimal PERCENT_UP_TO_THRESHOLD = new BigDecimal("10.21");

	private static final BigDecimal PERCENT_ABOVE_THRESHOLD = new BigDecimal("20.42");

	private Withholding() {
	}

	/** The tax to withhold from one payment of the given remuneration, tax excluded. */
	public static Yen on(Yen amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Nothing is withheld from a negative payment: " + amount);
		}
		if (!amount.isGreaterThan(THRESHOLD)) {
			return amount.floorPercent(PERCENT_UP_TO_THRESHOLD);
		}
		// 102,100 yen on the first million is exact, so cutting only the upper part is
		// the
		// same as cutting the whole: (amount − 1,000,000) × 20.42 % + 102,100.
		return THRESHOLD.floorPercent(PERCENT_UP_TO_THRESHOLD)
			.plus(amount.minus(THRESHOLD).floorPercent(PERCENT_ABOVE_THRESHOLD));
	}

}
