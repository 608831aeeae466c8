package jp.musubi.shop.shipping;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.shipping.ShippingOfferExamples.band;
import static jp.musubi.shop.shipping.ShippingOfferExamples.coolToKantoAndKansai;
import static jp.musubi.shop.shipping.ShippingOfferExamples.farm;
import static jp.musubi.shop.shipping.ShippingOfferExamples.steps;
import static jp.musubi.shop.shipping.ShippingOfferExamples.taQBinFromHome;
import static org.assertj.core.api.Assertions.assertThat;

class ShippingOfferTests {

	@Test
	void anAreasFeesStandForEveryPrefectureInItAndAnAreaLeftOutIsNotServed() {
		List<ZoneTable> tables = new ShippingOffer(List.of(coolToKantoAndKansai()), Optional.empty()).zoneTables();

		ZoneTable cool = tables.get(0);
		assertThat(cool.origin()).isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(cool.fees()).containsOnlyKeys(Prefecture.IBARAKI, Prefecture.TOCHIGI, Prefecture.GUNMA,
				Prefecture.SAITAMA, Prefecture.CHIBA, Prefecture.TOKYO, Prefecture.KANAGAWA, Prefecture.YAMANASHI,
				Prefecture.SHIGA, Prefecture.KYOTO, Prefecture.OSAKA, Prefecture.HYOGO, Prefecture.NARA,
				Prefecture.WAKAYAMA);
		SizeBand size80 = band(ShippingMethod.COOL_TA_Q_BIN, 80);
		assertThat(cool.fees().get(Prefecture.YAMANASHI).get(size80)).isEqualTo(Yen.of(1_360));
		assertThat(cool.fees().get(Prefecture.OSAKA).get(size80)).isEqualTo(Yen.of(1_620));
		assertThat(cool.coolSurcharges().get(size80)).isEqualTo(Yen.of(330));
		assertThat(cool.serves(Prefecture.HOKKAIDO)).isFalse();
	}

	@Test
	void theTablesComeInTheOrderOfTheMethodsAndShareTheFreeShipping() {
		ShippingOffer offer = new ShippingOffer(
				List.of(coolToKantoAndKansai(), taQBinFromHome().from(Prefecture.FUKUSHIMA)), farm().freeShipping());

		List<ZoneTable> tables = offer.zoneTables();

		assertThat(tables).extracting(ZoneTable::method)
			.containsExactly(ShippingMethod.TA_Q_BIN, ShippingMethod.COOL_TA_Q_BIN);
		assertThat(tables)
			.allSatisfy((table) -> assertThat(table.freeShipping()).contains(new FreeShipping(Yen.of(10_000), false)));
		assertThat(tables.get(0).fees()).hasSize(46).doesNotContainKey(Prefecture.OKINAWA);
		assertThat(offer.refusals()).isEmpty();
	}

	@Test
	void eachBrokenRuleIsRefusedOnItsOwnField() {
		ShippingMethod cool = ShippingMethod.COOL_TA_Q_BIN;
		Map<SizeBand, Yen> kanto = new LinkedHashMap<>(steps(cool, 1_060, 300));
		kanto.remove(band(cool, 120));
		kanto.put(band(cool, 60), Yen.of(-1));
		Map<DeliveryArea, Map<SizeBand, Yen>> fees = new EnumMap<>(DeliveryArea.class);
		fees.put(DeliveryArea.KANTO, kanto);
		Map<SizeBand, Yen> surcharges = new LinkedHashMap<>(ShippingOfferExamples.amounts(cool, 275, 330, 440));
		MethodFees broken = new MethodFees(cool, null, fees, surcharges);
		MethodFees nowhere = new MethodFees(ShippingMethod.YU_PACK, Prefecture.FUKUSHIMA, Map.of(), Map.of());

		List<InputRefused> refusals = new ShippingOffer(List.of(broken, nowhere), Optional.empty()).refusals();

		assertThat(refusals).extracting(InputRefused::field, InputRefused::messageKey)
			.containsExactlyInAnyOrder(Tuple.tuple("methods[COOL_TA_Q_BIN].origin", "shop.shipping.refused.origin"),
					Tuple.tuple("methods[COOL_TA_Q_BIN].fees[KANTO][60]", "shop.shipping.refused.negative"),
					Tuple.tuple("methods[COOL_TA_Q_BIN].fees[KANTO][120]", "shop.shipping.refused.bandMissing"),
					Tuple.tuple("methods[COOL_TA_Q_BIN].coolSurcharges[120]",
							"shop.shipping.refused.coolSurchargeMissing"),
					Tuple.tuple("methods[YU_PACK].fees", "shop.shipping.refused.noArea"));
	}

	@Test
	void aBandTheMethodDoesNotHaveIsRefused() {
		Map<SizeBand, Yen> kanto = new LinkedHashMap<>(steps(ShippingMethod.COOL_TA_Q_BIN, 1_060, 300));
		kanto.put(band(ShippingMethod.TA_Q_BIN, 200), Yen.of(3_000));

		List<InputRefused> refusals = new ShippingOffer(
				List.of(new MethodFees(ShippingMethod.COOL_TA_Q_BIN, Prefecture.FUKUSHIMA,
						Map.of(DeliveryArea.KANTO, kanto),
						ShippingOfferExamples.amounts(ShippingMethod.COOL_TA_Q_BIN, 275, 330, 440, 715))),
				Optional.empty())
			.refusals();

		assertThat(refusals).extracting(InputRefused::field).containsExactly("methods[COOL_TA_Q_BIN].fees[KANTO][200]");
	}

	@Test
	void aMethodThatIsNotCoolKeepsNoSurcharge() {
		MethodFees fees = new MethodFees(ShippingMethod.TA_Q_BIN, Prefecture.FUKUSHIMA, taQBinFromHome().fees(),
				Map.of(band(ShippingMethod.TA_Q_BIN, 60), Yen.of(275)));

		assertThat(fees.coolSurcharges()).isEmpty();
	}

}
