package jp.musubi.shop.shipping;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;

/**
 * One method a producer offers, as its people write the fees: from its origin prefecture,
 * a fee per size band for each delivery area it sends to (an area left out is not
 * served), and for a cool method the surcharge per band on top. Fees include tax, as
 * producers' tables do.
 *
 * @param origin where the parcels leave from; {@code null} for the storefront's own
 * prefecture
 */
public record MethodFees(ShippingMethod method, Prefecture origin, Map<DeliveryArea, Map<SizeBand, Yen>> fees,
		Map<SizeBand, Yen> coolSurcharges) {

	public MethodFees {
		Objects.requireNonNull(method, "method");
		Map<DeliveryArea, Map<SizeBand, Yen>> served = new EnumMap<>(DeliveryArea.class);
		if (fees != null) {
			fees.forEach((area, byBand) -> {
				if (area != null && byBand != null && !byBand.isEmpty()) {
					served.put(area, Map.copyOf(byBand));
				}
			});
		}
		fees = Map.copyOf(served);
		coolSurcharges = (coolSurcharges == null || !method.isCool()) ? Map.of() : Map.copyOf(coolSurcharges);
	}

	/** The same fee for each band to every area listed, for a method with one price. */
	public static MethodFees flat(ShippingMethod method, Prefecture origin, Map<DeliveryArea, Yen> feeByArea) {
		Map<DeliveryArea, Map<SizeBand, Yen>> fees = new EnumMap<>(DeliveryArea.class);
		feeByArea.forEach((area, fee) -> {
			Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
			method.bands().forEach((band) -> byBand.put(band, fee));
			fees.put(area, byBand);
		});
		return new MethodFees(method, origin, fees, Map.of());
	}

	public boolean serves(DeliveryArea area) {
		return this.fees.containsKey(area);
	}

	/** The fee to the area for a parcel of the band, if the area is served. */
	public Optional<Yen> fee(DeliveryArea area, SizeBand band) {
		return Optional.ofNullable(this.fees.getOrDefault(area, Map.of()).get(band));
	}

	public Optional<Yen> coolSurcharge(SizeBand band) {
		return Optional.ofNullable(this.coolSurcharges.get(band));
	}

	/** The same fees from another origin. */
	MethodFees from(Prefecture newOrigin) {
		return new MethodFees(this.method, newOrigin, this.fees, this.coolSurcharges);
	}

	/**
	 * The method's table by destination prefecture: each area's fees stand for every
	 * prefecture in it.
	 */
	ZoneTable zoneTable(Optional<FreeShipping> freeShipping) {
		Map<Prefecture, Map<SizeBand, Yen>> byPrefecture = new EnumMap<>(Prefecture.class);
		this.fees.forEach(
				(area, byBand) -> area.prefectures().forEach((prefecture) -> byPrefecture.put(prefecture, byBand)));
		return new ZoneTable(this.method, this.origin, byPrefecture, this.coolSurcharges, freeShipping);
	}

	/**
	 * Every rule the fees break, each on the field of the producer's form: an origin, at
	 * least one area, every band of the method in an area it serves with no band it
	 * lacks, no negative amount, and every band's surcharge for a cool method.
	 */
	void judge(List<InputRefused> refusals) {
		if (this.origin == null) {
			refusals.add(new InputRefused(originField(this.method), "shop.shipping.refused.origin"));
		}
		if (this.fees.isEmpty()) {
			refusals.add(new InputRefused(feesField(this.method), "shop.shipping.refused.noArea"));
		}
		this.fees.forEach((area, byBand) -> {
			for (SizeBand band : this.method.bands()) {
				Yen fee = byBand.get(band);
				if (fee == null) {
					refusals
						.add(new InputRefused(feeField(this.method, area, band), "shop.shipping.refused.bandMissing"));
				}
				else if (fee.isNegative()) {
					refusals.add(new InputRefused(feeField(this.method, area, band), "shop.shipping.refused.negative"));
				}
			}
			byBand.keySet()
				.stream()
				.filter((band) -> !this.method.bands().contains(band))
				.forEach((band) -> refusals
					.add(new InputRefused(feeField(this.method, area, band), "shop.shipping.refused.bandNotOffered")));
		});
		if (this.method.isCool()) {
			for (SizeBand band : this.method.bands()) {
				Yen surcharge = this.coolSurcharges.get(band);
				if (surcharge == null || surcharge.isNegative()) {
					refusals.add(new InputRefused(coolSurchargeField(this.method, band), (surcharge == null)
							? "shop.shipping.refused.coolSurchargeMissing" : "shop.shipping.refused.negative"));
				}
			}
		}
	}

	/** The field of a method's origin: {@code methods[TA_Q_BIN].origin}. */
	public static String originField(ShippingMethod method) {
		return "methods[" + method.name() + "].origin";
	}

	/** The field of a method's fees as a whole: {@code methods[TA_Q_BIN].fees}. */
	public static String feesField(ShippingMethod method) {
		return "methods[" + method.name() + "].fees";
	}

	/** The field of one fee: {@code methods[TA_Q_BIN].fees[KANTO][60]}. */
	public static String feeField(ShippingMethod method, DeliveryArea area, SizeBand band) {
		return feesField(method) + "[" + area.name() + "][" + band + "]";
	}

	/**
	 * The field of one band's cool surcharge:
	 * {@code methods[COOL_TA_Q_BIN].coolSurcharges[60]}.
	 */
	public static String coolSurchargeField(ShippingMethod method, SizeBand band) {
		return "methods[" + method.name() + "].coolSurcharges[" + band + "]";
	}

}
