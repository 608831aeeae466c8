package jp.musubi.work.invoice;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * The lines of one tax rate added up, and the consumption tax on them: the two figures a
 * qualified invoice must show for each rate.
 */
public record RateSubtotal(ConsumptionTaxRate rate, Yen subtotal, Yen tax) {

	/** The subtotal including its tax. */
	public Yen total() {
		return this.subtotal.plus(this.tax);
	}

}
