package jp.musubi.work.invoice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * The figures of an invoice: subtotal and consumption tax for each rate, the total with
 * tax, the income tax the client withholds and what the client actually transfers.
 * <p>
 * The consumption tax is rounded down once per rate for the whole invoice, never per
 * line, as a qualified invoice requires (消費税法施行令 第70条の10). An invoice from an issuer
 * without a registration number is worked out the same way, since the law leaves the
 * price to the parties; it is just not a qualified invoice, so the client cannot deduct
 * its tax in full.
 */
public record InvoiceAmounts(Issuer issuer, List<RateSubtotal> byRate, Yen totalExcludingTax, Yen consumptionTax,
		Yen totalIncludingTax, Yen withholding, Yen payment) {

	/** A billion yen including tax; an invoice above it is not one Musubi brokers. */
	public static final Yen MAXIMUM_TOTAL = Yen.of(1_000_000_000);

	public InvoiceAmounts {
		Objects.requireNonNull(issuer, "issuer");
		byRate = List.copyOf(byRate);
		if (!totalIncludingTax.equals(totalExcludingTax.plus(consumptionTax))
				|| !payment.equals(totalIncludingTax.minus(withholding))) {
			throw new IllegalArgumentException("The amounts of an invoice do not add up");
		}
	}

	/**
	 * Works out the amounts of an invoice with the given lines; the standard rate comes
	 * first.
	 */
	public static InvoiceAmounts of(List<InvoiceLine> lines, Issuer issuer) {
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException("An invoice needs at least one line");
		}
		Map<ConsumptionTaxRate, Yen> subtotals = new EnumMap<>(ConsumptionTaxRate.class);
		for (InvoiceLine line : lines) {
			subtotals.merge(line.taxRate(), line.amount(), Yen::plus);
		}
		List<RateSubtotal> byRate = subtotals.entrySet()
			.stream()
			.map((subtotal) -> new RateSubtotal(subtotal.getKey(), subtotal.getValue(),
					subtotal.getKey().taxOn(subtotal.getValue())))
			.toList();
		Yen totalExcludingTax = byRate.stream().map(RateSubtotal::subtotal).reduce(Yen.ZERO, Yen::plus);
		Yen consumptionTax = byRate.stream().map(RateSubtotal::tax).reduce(Yen.ZERO, Yen::plus);
		Yen totalIncludingTax = totalExcludingTax.plus(consumptionTax);
		if (totalIncludingTax.isGreaterThan(MAXIMUM_TOTAL)) {
			throw new IllegalArgumentException(
					"An invoice may not exceed " + MAXIMUM_TOTAL + " including tax: " + totalIncludingTax);
		}
		Yen withholding = issuer.withholdingApplies() ? Withholding.on(totalExcludingTax) : Yen.ZERO;
		return new InvoiceAmounts(issuer, byRate, totalExcludingTax, consumptionTax, totalIncludingTax, withholding,
				totalIncludingTax.minus(withholding));
	}

	/** The subtotal and tax of one rate, empty when no line is charged at it. */
	public Optional<RateSubtotal> forRate(ConsumptionTaxRate rate) {
		return this.byRate.stream().filter((subtotal) -> subtotal.rate() == rate).findFirst();
	}

	/**
	 * Whether this is a qualified invoice, one the client may deduct the tax of in full.
	 */
	public boolean qualified() {
		return this.issuer.qualified();
	}

}
