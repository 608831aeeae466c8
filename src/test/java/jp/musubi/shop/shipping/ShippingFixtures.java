package jp.musubi.shop.shipping;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;

/** Readable shipments, fee tables and destinations for the shipping tests. */
final class ShippingFixtures {

	/** A Thursday. */
	static final LocalDate SHIP_DATE = LocalDate.of(2026, 12, 10);

	private ShippingFixtures() {
	}

	/** A 5 kg box of peaches, 40 × 30 × 12 cm (82 cm, so a 100 size alone). */
	static ShipmentItem chilledPeachBoxes(int boxes) {
		return new ShipmentItem(Dimensions.ofCentimetres(40, 30, 12), 5_000, boxes, Temperature.CHILLED);
	}

	static ShipmentItem frozenGyoza(int packs) {
		return new ShipmentItem(Dimensions.ofCentimetres(20, 15, 5), 500, packs, Temperature.FROZEN);
	}

	/** A flat 100 g pack of tea leaves, 25 × 18 × 1 cm. */
	static ShipmentItem teaPacks(int packs) {
		return new ShipmentItem(Dimensions.ofCentimetres(25, 18, 1), 100, packs, Temperature.AMBIENT);
	}

	static List<ShipmentItem> shipment(ShipmentItem... items) {
		return List.of(items);
	}

	/**
	 * A Nagano orchard's クール宅急便 table to Tokyo and Osaka, with a cool surcharge and free
	 * carriage from 10,000 yen (the cool surcharge still charged).
	 */
	static ZoneTable orchardCoolTable() {
		return orchardCoolTable(Optional.of(new FreeShipping(Yen.of(10_000), false)));
	}

	static ZoneTable orchardCoolTable(Optional<FreeShipping> freeShipping) {
		ShippingMethod method = ShippingMethod.COOL_TA_Q_BIN;
		Map<Prefecture, Map<SizeBand, Yen>> fees = new LinkedHashMap<>();
		fees.put(Prefecture.TOKYO, byBand(method, 1_000, 1_300, 1_600, 1_900));
		fees.put(Prefecture.OSAKA, byBand(method, 1_200, 1_500, 1_800, 2_100));
		return new ZoneTable(method, Prefecture.NAGANO, fees, byBand(method, 275, 330, 440, 715), freeShipping);
	}

	static Map<SizeBand, Yen> byBand(ShippingMethod method, long... amounts) {
		Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
		for (int i = 0; i < amounts.length; i++) {
			byBand.put(method.bands().get(i), Yen.of(amounts[i]));
		}
		return byBand;
	}

	static Destination inTokyo() {
		return Destination.of(Prefecture.TOKYO, "100-0001", Islands.DEFAULT);
	}

	static Destination onChichijima() {
		return Destination.of(Prefecture.TOKYO, "100-2101", Islands.DEFAULT);
	}

	static SizeBand band(ShippingMethod method, int centimetres) {
		return method.bands().stream().filter((band) -> band.centimetres() == centimetres).findFirst().orElseThrow();
	}

}
