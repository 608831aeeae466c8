package jp.musubi.shop.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jp.musubi.platform.money.Yen;

/**
 * What was sold in one part of a period: the goods in yen, tax included and carriage and
 * fees left out (what the producers sold, not what the carriers were paid), the orders
 * and the buyers who placed them.
 */
public record SalesCount(Yen yen, long orders, long buyers) {

	public static final SalesCount NONE = new SalesCount(Yen.ZERO, 0, 0);

	/**
	 * {@code part} as a percentage of {@code whole}, to one decimal place; {@code null}
	 * when there is no whole to take a share of.
	 */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
