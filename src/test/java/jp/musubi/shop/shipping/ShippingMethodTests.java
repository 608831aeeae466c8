package jp.musubi.shop.shipping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippingMethodTests {

	@Test
	void coolTaQBinTakesUpTo120CentimetresAnd15Kilograms() {
		ParcelLimits limits = ShippingMethod.COOL_TA_Q_BIN.limits();

		assertThat(limits.sumOfSides()).isEqualTo(1_200);
		assertThat(limits.grams()).isEqualTo(15_000);
		assertThat(ShippingMethod.COOL_TA_Q_BIN.temperatures()).containsExactlyInAnyOrder(Temperature.CHILLED,
				Temperature.FROZEN);
		assertThat(ShippingMethod.COOL_TA_Q_BIN.bands()).last().extracting(SizeBand::centimetres).isEqualTo(120);
	}

	@Test
	void eachBoxMethodHasTheCarriersLimits() {
		assertThat(ShippingMethod.TA_Q_BIN.limits())
			.extracting(ParcelLimits::sumOfSides, ParcelLimits::longest, ParcelLimits::grams)
			.containsExactly(2_000, 1_700, 30_000);
		assertThat(ShippingMethod.YU_PACK.limits()).extracting(ParcelLimits::sumOfSides, ParcelLimits::grams)
			.containsExactly(1_700, 25_000);
		assertThat(ShippingMethod.CHILLED_YU_PACK.limits())
			.extracting(ParcelLimits::sumOfSides, ParcelLimits::longest, ParcelLimits::grams)
			.containsExactly(1_500, 1_000, 25_000);
		assertThat(ShippingMethod.CHILLED_YU_PACK.temperatures()).containsExactly(Temperature.CHILLED);
	}

	@Test
	void letterBoxMethodsTakeNoDateNoSlotAndThinParcelsOnly() {
		for (ShippingMethod method : new ShippingMethod[] { ShippingMethod.NEKOPOS, ShippingMethod.YU_PACKET }) {
			assertThat(method.takesDate()).as(method.name()).isFalse();
			assertThat(method.slots()).as(method.name()).isEmpty();
			assertThat(method.limits().shortest()).as(method.name()).isEqualTo(30);
			assertThat(method.limits().grams()).as(method.name()).isEqualTo(1_000);
			assertThat(method.bands()).as(method.name()).singleElement().matches(SizeBand::isFlat);
		}
		assertThat(ShippingMethod.NEKOPOS.carrier()).isEqualTo(Carrier.YAMATO);
		assertThat(ShippingMethod.YU_PACKET.carrier()).isEqualTo(Carrier.JAPAN_POST);
	}

	@Test
	void yamatoSlotsCarryTheirB2Codes() {
		assertThat(ShippingMethod.TA_Q_BIN.slots().stream().map((slot) -> slot.b2Code().orElseThrow()))
			.containsExactly("0812", "1416", "1618", "1820", "1921");
		assertThat(TimeSlot.FROM_12_TO_14.b2Code()).isEmpty();
	}

	@Test
	void yuPackAddsTheNoonSlot() {
		assertThat(ShippingMethod.YU_PACK.slots()).containsExactly(TimeSlot.MORNING, TimeSlot.FROM_12_TO_14,
				TimeSlot.FROM_14_TO_16, TimeSlot.FROM_16_TO_18, TimeSlot.FROM_18_TO_20, TimeSlot.FROM_19_TO_21);
	}

	@Test
	void onlyChilledAndFrozenMethodsAreCool() {
		assertThat(ShippingMethod.COOL_TA_Q_BIN.isCool()).isTrue();
		assertThat(ShippingMethod.CHILLED_YU_PACK.isCool()).isTrue();
		assertThat(ShippingMethod.TA_Q_BIN.isCool()).isFalse();
		assertThat(Temperature.AMBIENT.isCool()).isFalse();
	}

}
