package jp.musubi.work.invoice;

import java.util.Objects;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * One line of an invoice: what was done or delivered, how many, the price of one
 * excluding consumption tax, and the rate the tax is charged at.
 */
public record InvoiceLine(String description, long quantity, Yen unitPrice, ConsumptionTaxRate taxRate) {

	/**
	 * A hundred million yen; a single line above it is a slip of the keyboard rather than
	 * remote work from the region.
	 */
	public static final Yen MAXIMUM_AMOUNT = Yen.of(100_000_000);

	public InvoiceLine {
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("An invoice line says what it is for");
		}
		if (quantity < 1) {
			throw new IllegalArgumentException("The quantity must be at least 1: " + quantity);
		}
		Objects.requireNonNull(unitPrice, "unitPrice");
		Objects.requireNonNull(taxRate, "taxRate");
		if (unitPrice.isNegative()) {
			throw new IllegalArgumentException("The unit price must not be negative: " + unitPrice);
		}
		// Divided rather than multiplied so that a huge quantity cannot overflow first.
		if (!unitPrice.isZero() && quantity > MAXIMUM_AMOUNT.amount() / unitPrice.amount()) {
			throw new IllegalArgumentException(
					"A line may not exceed " + MAXIMUM_AMOUNT + ": " + quantity + " × " + unitPrice);
		}
	}

	/** Quantity times unit price, excluding consumption tax. */
	public Yen amount() {
		return this.unitPrice.times(this.quantity);
	}

}
