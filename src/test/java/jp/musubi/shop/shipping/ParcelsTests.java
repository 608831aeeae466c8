package jp.musubi.shop.shipping;

import java.util.List;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.shipping.ShippingFixtures.band;
import static jp.musubi.shop.shipping.ShippingFixtures.chilledPeachBoxes;
import static jp.musubi.shop.shipping.ShippingFixtures.frozenGyoza;
import static jp.musubi.shop.shipping.ShippingFixtures.shipment;
import static jp.musubi.shop.shipping.ShippingFixtures.teaPacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ParcelsTests {

	@Test
	void twentyKilogramsOfChilledPeachesMakeTwoCoolParcelsAsFifteenKilogramsIsTheLimit() {
		List<Parcel> parcels = Parcels.split(ShippingMethod.COOL_TA_Q_BIN, shipment(chilledPeachBoxes(4)));

		assertThat(parcels).extracting(Parcel::units, Parcel::grams, Parcel::band)
			.containsExactly(tuple(3, 15_000, band(ShippingMethod.COOL_TA_Q_BIN, 120)),
					tuple(1, 5_000, band(ShippingMethod.COOL_TA_Q_BIN, 100)));
		assertThat(parcels).allSatisfy((parcel) -> assertThat(parcel.temperature()).isEqualTo(Temperature.CHILLED));
	}

	@Test
	void chilledYuPackTakesTheSamePeachesInOneParcelUpToTwentyFiveKilograms() {
		List<Parcel> parcels = Parcels.split(ShippingMethod.CHILLED_YU_PACK, shipment(chilledPeachBoxes(4)));

		assertThat(parcels).singleElement().satisfies((parcel) -> {
			assertThat(parcel.grams()).isEqualTo(20_000);
			assertThat(parcel.band()).isEqualTo(band(ShippingMethod.CHILLED_YU_PACK, 120));
		});
	}

	@Test
	void everyParcelStaysWithinTheMethodsLimits() {
		List<Parcel> parcels = Parcels.split(ShippingMethod.COOL_TA_Q_BIN,
				shipment(chilledPeachBoxes(7), frozenGyoza(40)));

		assertThat(parcels).allSatisfy((parcel) -> {
			assertThat(parcel.grams()).isLessThanOrEqualTo(15_000);
			assertThat(parcel.sumOfSides()).isLessThanOrEqualTo(1_200);
		});
		assertThat(parcels.stream().mapToInt(Parcel::units).sum()).isEqualTo(47);
	}

	@Test
	void goodsOfDifferentTemperaturesNeverShareAParcel() {
		List<Parcel> parcels = Parcels.split(ShippingMethod.COOL_TA_Q_BIN,
				shipment(chilledPeachBoxes(1), frozenGyoza(2)));

		assertThat(parcels).extracting(Parcel::temperature, Parcel::lines)
			.containsExactlyInAnyOrder(tuple(Temperature.CHILLED, List.of(new Parcel.Line(0, 1))),
					tuple(Temperature.FROZEN, List.of(new Parcel.Line(1, 2))));
	}

	@Test
	void aYamatoParcelIsPricedByItsWeightWhenThatMakesItLarger() {
		ShipmentItem riceBag = new ShipmentItem(Dimensions.ofCentimetres(30, 20, 10), 3_000, 1, Temperature.AMBIENT);

		List<Parcel> parcels = Parcels.split(ShippingMethod.TA_Q_BIN, shipment(riceBag));

		assertThat(parcels).singleElement().extracting(Parcel::band).isEqualTo(band(ShippingMethod.TA_Q_BIN, 80));
	}

	@Test
	void twoDeclaredEightySizeBoxesTogetherCountAsAHundredAndTwentySize() {
		ShipmentItem appleBox = new ShipmentItem(new DeclaredSize(80), 5_000, 2, Temperature.AMBIENT);

		List<Parcel> parcels = Parcels.split(ShippingMethod.TA_Q_BIN, shipment(appleBox));

		assertThat(parcels).singleElement().extracting(Parcel::band).isEqualTo(band(ShippingMethod.TA_Q_BIN, 120));
	}

	@Test
	void nekoposStacksFlatPacksUpToThreeCentimetres() {
		assertThat(Parcels.split(ShippingMethod.NEKOPOS, shipment(teaPacks(3)))).singleElement()
			.satisfies((parcel) -> assertThat(parcel.band().isFlat()).isTrue());
		assertThat(Parcels.split(ShippingMethod.NEKOPOS, shipment(teaPacks(4)))).extracting(Parcel::units)
			.containsExactly(3, 1);
	}

	@Test
	void anItemHeavierThanTheCoolLimitAloneIsRefused() {
		ShipmentItem heavyMelons = new ShipmentItem(Dimensions.ofCentimetres(40, 30, 20), 16_000, 1,
				Temperature.CHILLED);

		assertRefused(ShippingMethod.COOL_TA_Q_BIN, shipment(chilledPeachBoxes(1), heavyMelons), "items[1]",
				"shop.shipping.refused.itemTooHeavy");
	}

	@Test
	void anItemLargerThanTheCoolLimitAloneIsRefused() {
		ShipmentItem longBox = new ShipmentItem(Dimensions.ofCentimetres(70, 40, 20), 4_000, 1, Temperature.FROZEN);

		assertRefused(ShippingMethod.COOL_TA_Q_BIN, shipment(longBox), "items[0]",
				"shop.shipping.refused.itemTooLarge");
	}

	@Test
	void anItemTooThickForTheLetterBoxIsRefused() {
		ShipmentItem jar = new ShipmentItem(Dimensions.ofCentimetres(10, 10, 8), 400, 1, Temperature.AMBIENT);

		assertRefused(ShippingMethod.YU_PACKET, shipment(jar), "items[0]", "shop.shipping.refused.itemTooLarge");
	}

	@Test
	void aDeclaredSizeIsRefusedForALetterBoxMethod() {
		ShipmentItem declared = new ShipmentItem(new DeclaredSize(60), 300, 1, Temperature.AMBIENT);

		assertRefused(ShippingMethod.NEKOPOS, shipment(declared), "items[0]", "shop.shipping.refused.sidesNeeded");
	}

	@Test
	void aDeclaredSizeIsRefusedWhereItsLongestSideCouldPassChilledYuPacksOneMetre() {
		ShipmentItem declared = new ShipmentItem(new DeclaredSize(140), 8_000, 1, Temperature.CHILLED);

		assertRefused(ShippingMethod.CHILLED_YU_PACK, shipment(declared), "items[0]",
				"shop.shipping.refused.sidesNeeded");
	}

	@Test
	void frozenGoodsAreRefusedByAMethodThatOnlyChills() {
		assertRefused(ShippingMethod.CHILLED_YU_PACK, shipment(frozenGyoza(1)), "items[0]",
				"shop.shipping.refused.temperatureNotCarried");
	}

	@Test
	void chilledGoodsAreRefusedByAnAmbientMethodSoNoCoolParcelIsMissed() {
		assertRefused(ShippingMethod.TA_Q_BIN, shipment(chilledPeachBoxes(1)), "items[0]",
				"shop.shipping.refused.temperatureNotCarried");
	}

	@Test
	void anEmptyShipmentIsRefused() {
		assertRefused(ShippingMethod.TA_Q_BIN, List.of(), "items", "shop.shipping.refused.noItems");
	}

	private static void assertRefused(ShippingMethod method, List<ShipmentItem> items, String field, String key) {
		assertThatThrownBy(() -> Parcels.split(method, items)).isInstanceOfSatisfying(FieldsRefused.class,
				(refused) -> assertThat(refused.refusals()).extracting(InputRefused::field, InputRefused::messageKey)
					.containsExactly(tuple(field, key)));
	}

}
