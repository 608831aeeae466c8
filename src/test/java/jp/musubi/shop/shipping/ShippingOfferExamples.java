package jp.musubi.shop.shipping;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;

/** Shipping offers as the region's producers write them. */
public final class ShippingOfferExamples {

	private ShippingOfferExamples() {
	}

	/**
	 * A Fukushima farm's 宅急便 to every area but 沖縄, from its storefront's prefecture: the
	 * 60 size to 関東 for 1,060 yen, each size up a few hundred more.
	 */
	public static MethodFees taQBinFromHome() {
		Map<DeliveryArea, Map<SizeBand, Yen>> fees = new EnumMap<>(DeliveryArea.class);
		for (DeliveryArea area : DeliveryArea.values()) {
			if (area != DeliveryArea.OKINAWA) {
				fees.put(area, steps(ShippingMethod.TA_Q_BIN, 1_060 + 130L * area.ordinal(), 300));
			}
		}
		return new MethodFees(ShippingMethod.TA_Q_BIN, null, fees, Map.of());
	}

	/** The farm's クール宅急便 to 関東 and 関西 only, with Yamato's surcharges. */
	public static MethodFees coolToKantoAndKansai() {
		Map<DeliveryArea, Map<SizeBand, Yen>> fees = new EnumMap<>(DeliveryArea.class);
		fees.put(DeliveryArea.KANTO, steps(ShippingMethod.COOL_TA_Q_BIN, 1_060, 300));
		fees.put(DeliveryArea.KANSAI, steps(ShippingMethod.COOL_TA_Q_BIN, 1_320, 300));
		return new MethodFees(ShippingMethod.COOL_TA_Q_BIN, Prefecture.FUKUSHIMA, fees,
				amounts(ShippingMethod.COOL_TA_Q_BIN, 275, 330, 440, 715));
	}

	/** Both methods, free from 10,000 yen with the cool surcharge still charged. */
	public static ShippingOffer farm() {
		return new ShippingOffer(List.of(coolToKantoAndKansai(), taQBinFromHome()),
				Optional.of(new FreeShipping(Yen.of(10_000), false)));
	}

	/** A fee per band from the smallest, each this much more than the one before. */
	public static Map<SizeBand, Yen> steps(ShippingMethod method, long smallest, long step) {
		Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
		for (int i = 0; i < method.bands().size(); i++) {
			byBand.put(method.bands().get(i), Yen.of(smallest + step * i));
		}
		return byBand;
	}

	public static Map<SizeBand, Yen> amounts(ShippingMethod method, long... amounts) {
		Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
		for (int i = 0; i < amounts.length; i++) {
			byBand.put(method.bands().get(i), Yen.of(amounts[i]));
		}
		return byBand;
	}

	public static SizeBand band(ShippingMethod method, int centimetres) {
		return method.bands().stream().filter((band) -> band.centimetres() == centimetres).findFirst().orElseThrow();
	}

}
