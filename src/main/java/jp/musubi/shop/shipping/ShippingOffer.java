package jp.musubi.shop.shipping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;

/**
 * What a producer offers buyers for delivery: the methods it sends by, each with its
 * fees, and free shipping over a subtotal, which covers every method alike (a buyer reads
 * one promise, 「1万円以上で送料無料」, on the storefront). No method means the producer has not set
 * its shipping yet and cannot be ordered from.
 */
public record ShippingOffer(List<MethodFees> methods, Optional<FreeShipping> freeShipping) {

	public static final ShippingOffer NONE = new ShippingOffer(List.of(), Optional.empty());

	/** Kept in the order of {@link ShippingMethod}, as pages list them. */
	public ShippingOffer {
		Objects.requireNonNull(freeShipping, "freeShipping");
		methods = methods.stream().sorted(Comparator.comparing(MethodFees::method)).toList();
	}

	public Optional<MethodFees> method(ShippingMethod method) {
		return this.methods.stream().filter((fees) -> fees.method() == method).findFirst();
	}

	public boolean isEmpty() {
		return this.methods.isEmpty();
	}

	/**
	 * The tables checkout prices by, one per method, with each area spread over its
	 * prefectures.
	 */
	public List<ZoneTable> zoneTables() {
		return this.methods.stream().map((fees) -> fees.zoneTable(this.freeShipping)).toList();
	}

	/** Every rule the offer breaks, on the fields of the producer's form. */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		for (int i = 0; i < this.methods.size(); i++) {
			MethodFees fees = this.methods.get(i);
			if (i > 0 && this.methods.get(i - 1).method() == fees.method()) {
				refusals.add(new InputRefused(MethodFees.feesField(fees.method()), "shop.shipping.refused.twice"));
			}
			fees.judge(refusals);
		}
		return refusals;
	}

	/**
	 * @throws FieldsRefused with every rule the offer breaks
	 */
	void requireValid() {
		FieldsRefused.throwIfAny(refusals());
	}

}
