package jp.musubi.shop.shipping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;

/**
 * A producer's fees for one method from their prefecture: for each prefecture they send
 * to, a fee per size band, as carriers price by distance and size; for a cool method a
 * surcharge per band on top; and free shipping over a threshold, if offered. A prefecture
 * missing from the table is one the producer does not send to.
 */
public record ZoneTable(ShippingMethod method, Prefecture origin, Map<Prefecture, Map<SizeBand, Yen>> fees,
		Map<SizeBand, Yen> coolSurcharges, Optional<FreeShipping> freeShipping) {

	/**
	 * @throws FieldsRefused on {@code fees} when a destination lacks a band of the method
	 * or a fee is negative, and on {@code coolSurcharges} when a cool method lacks a
	 * band's surcharge
	 */
	public ZoneTable {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(freeShipping, "freeShipping");
		Map<Prefecture, Map<SizeBand, Yen>> copied = new EnumMap<>(Prefecture.class);
		fees.forEach((prefecture, byBand) -> copied.put(prefecture, Map.copyOf(byBand)));
		fees = Map.copyOf(copied);
		coolSurcharges = Map.copyOf(coolSurcharges);
		List<InputRefused> refusals = new ArrayList<>();
		if (fees.values()
			.stream()
			.anyMatch((byBand) -> !byBand.keySet().containsAll(method.bands())
					|| byBand.values().stream().anyMatch(Yen::isNegative))) {
			refusals.add(new InputRefused("fees", "shop.shipping.refused.feeMissing"));
		}
		if (method.isCool() && (!coolSurcharges.keySet().containsAll(method.bands())
				|| coolSurcharges.values().stream().anyMatch(Yen::isNegative))) {
			refusals.add(new InputRefused("coolSurcharges", "shop.shipping.refused.coolSurchargeMissing"));
		}
		FieldsRefused.throwIfAny(refusals);
	}

	/** A table with the same fees for every band to every destination listed. */
	public static ZoneTable uniform(ShippingMethod method, Prefecture origin, Map<Prefecture, Yen> feeByDestination) {
		Map<Prefecture, Map<SizeBand, Yen>> fees = new LinkedHashMap<>();
		feeByDestination.forEach((prefecture, fee) -> {
			Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
			method.bands().forEach((band) -> byBand.put(band, fee));
			fees.put(prefecture, byBand);
		});
		return new ZoneTable(method, origin, fees, Map.of(), Optional.empty());
	}

	public boolean serves(Prefecture destination) {
		return this.fees.containsKey(destination);
	}

	/**
	 * The fee for the parcels to the destination, for an order of this subtotal (tax
	 * included).
	 * @throws InputRefused on {@code destination} when the producer does not send there,
	 * and on {@code postalCode} when a cool parcel would go to an island cool parcels do
	 * not reach
	 */
	public ShippingFee feeFor(List<Parcel> parcels, Destination destination, Yen subtotalTaxIncluded) {
		Map<SizeBand, Yen> byBand = this.fees.get(destination.prefecture());
		if (byBand == null) {
			throw new InputRefused("destination", "shop.shipping.refused.destinationNotServed");
		}
		boolean anyCool = parcels.stream().anyMatch((parcel) -> parcel.temperature().isCool());
		if (anyCool && !destination.coolReachable()) {
			throw new InputRefused("postalCode", "shop.shipping.refused.coolToIsland");
		}
		Yen carriage = Yen.ZERO;
		Yen cool = Yen.ZERO;
		for (Parcel parcel : parcels) {
			carriage = carriage.plus(fee(byBand, parcel.band()));
			if (parcel.temperature().isCool()) {
				cool = cool.plus(fee(this.coolSurcharges, parcel.band()));
			}
		}
		Yen island = destination.island().map(IslandRule::surcharge).orElse(Yen.ZERO).times(parcels.size());
		boolean free = this.freeShipping.filter((offer) -> offer.reachedBy(subtotalTaxIncluded)).isPresent();
		if (free) {
			carriage = Yen.ZERO;
			if (this.freeShipping.get().coversCool()) {
				cool = Yen.ZERO;
			}
		}
		return new ShippingFee(parcels.size(), carriage, cool, island, free);
	}

	private Yen fee(Map<SizeBand, Yen> byBand, SizeBand band) {
		Yen fee = byBand.get(band);
		if (fee == null) {
			throw new IllegalArgumentException("Band " + band + " is not one of " + this.method);
		}
		return fee;
	}

}
