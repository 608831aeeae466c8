package jp.musubi.shop.shipping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.shipping.ShippingFixtures.byBand;
import static jp.musubi.shop.shipping.ShippingFixtures.chilledPeachBoxes;
import static jp.musubi.shop.shipping.ShippingFixtures.inTokyo;
import static jp.musubi.shop.shipping.ShippingFixtures.onChichijima;
import static jp.musubi.shop.shipping.ShippingFixtures.orchardCoolTable;
import static jp.musubi.shop.shipping.ShippingFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZoneTableTests {

	/** A 120 size and a 100 size parcel (see ParcelsTests). */
	private final List<Parcel> peaches = Parcels.split(ShippingMethod.COOL_TA_Q_BIN, shipment(chilledPeachBoxes(4)));

	@Test
	void eachParcelPaysItsBandsFeeToTheDestinationAndItsCoolSurcharge() {
		ShippingFee fee = orchardCoolTable().feeFor(this.peaches, inTokyo(), Yen.of(8_000));

		assertThat(fee.parcels()).isEqualTo(2);
		assertThat(fee.carriage()).isEqualTo(Yen.of(1_900 + 1_600));
		assertThat(fee.cool()).isEqualTo(Yen.of(715 + 440));
		assertThat(fee.island()).isEqualTo(Yen.ZERO);
		assertThat(fee.total()).isEqualTo(Yen.of(4_655));
		assertThat(fee.free()).isFalse();
	}

	@Test
	void theFeeDependsOnTheDestinationPrefecture() {
		Destination osaka = Destination.of(Prefecture.OSAKA, "530-0001", Islands.DEFAULT);

		ShippingFee fee = orchardCoolTable().feeFor(this.peaches, osaka, Yen.of(8_000));

		assertThat(fee.carriage()).isEqualTo(Yen.of(2_100 + 1_800));
	}

	@Test
	void carriageIsFreeFromTheThresholdButTheCoolSurchargeStays() {
		ShippingFee atThreshold = orchardCoolTable().feeFor(this.peaches, inTokyo(), Yen.of(10_000));
		ShippingFee justBelow = orchardCoolTable().feeFor(this.peaches, inTokyo(), Yen.of(9_999));

		assertThat(atThreshold.free()).isTrue();
		assertThat(atThreshold.carriage()).isEqualTo(Yen.ZERO);
		assertThat(atThreshold.total()).isEqualTo(Yen.of(1_155));
		assertThat(justBelow.free()).isFalse();
		assertThat(justBelow.total()).isEqualTo(Yen.of(4_655));
	}

	@Test
	void freeShippingThatCoversCoolCostsNothing() {
		ZoneTable table = orchardCoolTable(Optional.of(new FreeShipping(Yen.of(10_000), true)));

		assertThat(table.feeFor(this.peaches, inTokyo(), Yen.of(12_000)).total()).isEqualTo(Yen.ZERO);
	}

	@Test
	void withoutAnOfferShippingIsNeverFree() {
		ZoneTable table = orchardCoolTable(Optional.empty());

		assertThat(table.feeFor(this.peaches, inTokyo(), Yen.of(1_000_000)).total()).isEqualTo(Yen.of(4_655));
	}

	@Test
	void anIslandSurchargeIsAddedPerParcelEvenWhenCarriageIsFree() {
		Islands islands = new Islands(List.of(new IslandRule("100-01", "東京都大島町", 1, Yen.of(500), true)));
		Destination izuOshima = Destination.of(Prefecture.TOKYO, "100-0101", islands);

		ShippingFee fee = orchardCoolTable().feeFor(this.peaches, izuOshima, Yen.of(10_000));

		assertThat(fee.island()).isEqualTo(Yen.of(1_000));
		assertThat(fee.total()).isEqualTo(Yen.of(1_155 + 1_000));
	}

	@Test
	void aPrefectureMissingFromTheTableIsRefused() {
		Destination sapporo = Destination.of(Prefecture.HOKKAIDO, "060-0001", Islands.DEFAULT);

		assertThatThrownBy(() -> orchardCoolTable().feeFor(this.peaches, sapporo, Yen.of(8_000)))
			.isInstanceOfSatisfying(InputRefused.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("destination");
				assertThat(refused.messageKey()).isEqualTo("shop.shipping.refused.destinationNotServed");
			});
	}

	@Test
	void coolParcelsToChichijimaAreRefused() {
		assertThatThrownBy(() -> orchardCoolTable().feeFor(this.peaches, onChichijima(), Yen.of(8_000)))
			.isInstanceOfSatisfying(InputRefused.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("postalCode");
				assertThat(refused.messageKey()).isEqualTo("shop.shipping.refused.coolToIsland");
			});
	}

	@Test
	void aTableLackingABandsFeeIsRefused() {
		ShippingMethod method = ShippingMethod.COOL_TA_Q_BIN;
		Map<Prefecture, Map<SizeBand, Yen>> fees = Map.of(Prefecture.TOKYO, byBand(method, 1_000, 1_300, 1_600));

		assertThatThrownBy(() -> new ZoneTable(method, Prefecture.NAGANO, fees, byBand(method, 275, 330, 440, 715),
				Optional.empty()))
			.isInstanceOfSatisfying(FieldsRefused.class,
					(refused) -> assertThat(refused.refusals()).extracting(InputRefused::messageKey)
						.containsExactly("shop.shipping.refused.feeMissing"));
	}

	@Test
	void aCoolTableLackingASurchargeIsRefused() {
		ShippingMethod method = ShippingMethod.COOL_TA_Q_BIN;
		Map<Prefecture, Map<SizeBand, Yen>> fees = Map.of(Prefecture.TOKYO, byBand(method, 1_000, 1_300, 1_600, 1_900));

		assertThatThrownBy(
				() -> new ZoneTable(method, Prefecture.NAGANO, fees, byBand(method, 275, 330), Optional.empty()))
			.isInstanceOfSatisfying(FieldsRefused.class,
					(refused) -> assertThat(refused.refusals()).extracting(InputRefused::field)
						.containsExactly("coolSurcharges"));
	}

	@Test
	void aNegativeFeeIsRefused() {
		assertThatThrownBy(() -> ZoneTable.uniform(ShippingMethod.YU_PACK, Prefecture.NAGANO,
				Map.of(Prefecture.TOKYO, Yen.of(-1))))
			.isInstanceOf(FieldsRefused.class);
	}

	@Test
	void aLetterBoxMethodHasOneFlatFee() {
		ZoneTable table = ZoneTable.uniform(ShippingMethod.NEKOPOS, Prefecture.NAGANO,
				Map.of(Prefecture.TOKYO, Yen.of(385)));
		List<Parcel> parcels = Parcels.split(ShippingMethod.NEKOPOS, shipment(ShippingFixtures.teaPacks(4)));

		assertThat(table.feeFor(parcels, inTokyo(), Yen.of(3_000)).total()).isEqualTo(Yen.of(770));
	}

}
