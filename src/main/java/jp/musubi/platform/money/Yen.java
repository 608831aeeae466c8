package jp.musubi.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount in whole yen. The yen has had no smaller unit in use since 1953, so a
 * {@code long} is exact; arithmetic that would overflow it fails instead of wrapping.
 */
public record Yen(long amount) implements Comparable<Yen> {

	public static final Yen ZERO = new Yen(0);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static Yen of(long amount) {
		return new Yen(amount);
	}

	public Yen plus(Yen other) {
		return of(Math.addExact(this.amount, other.amount));
	}

	public Yen minus(Yen other) {
		return of(Math.subtractExact(this.amount, other.amount));
	}

	public Yen times(long quantity) {
		return of(Math.multiplyExact(this.amount, quantity));
	}

	/**
	 * The given percentage of this amount with the fraction of a yen cut off (1円未満切り捨て),
	 * as both the consumption tax and the income tax withheld at source are rounded. The
	 * cut is towards zero, so a refund is the mirror image of the charge.
	 */
	public Yen floorPercent(BigDecimal percent) {
		BigDecimal share = BigDecimal.valueOf(this.amount).multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN);
		return of(share.longValueExact());
	}

	public boolean isZero() {
		return this.amount == 0;
	}

	public boolean isNegative() {
		return this.amount < 0;
	}

	public boolean isGreaterThan(Yen other) {
		return this.amount > other.amount;
	}

	public boolean isLessThan(Yen other) {
		return this.amount < other.amount;
	}

	@Override
	public int compareTo(Yen other) {
		return Long.compare(this.amount, other.amount);
	}

	/**
	 * The amount as people read it: 「1,234,567円」 in Japanese, "¥1,234,567" in other
	 * languages, with the language's digit grouping and never a decimal part.
	 */
	public String format(Locale locale) {
		DecimalFormat digits = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		String grouped = digits.format(Math.abs(this.amount));
		String sign = isNegative() ? "-" : "";
		if (Locale.JAPANESE.getLanguage().equals(locale.getLanguage())) {
			return sign + grouped + "円";
		}
		return sign + "¥" + grouped;
	}

	@Override
	public String toString() {
		return format(Locale.ROOT);
	}

}
