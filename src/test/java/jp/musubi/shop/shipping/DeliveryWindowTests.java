package jp.musubi.shop.shipping;

import java.time.LocalDate;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.shipping.ShippingFixtures.SHIP_DATE;
import static jp.musubi.shop.shipping.ShippingFixtures.inTokyo;
import static jp.musubi.shop.shipping.ShippingFixtures.onChichijima;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DeliveryWindowTests {

	private static DeliveryWindow fromNagano(ShippingMethod method, Destination destination) {
		return new DeliveryWindow(method, SHIP_DATE, Prefecture.NAGANO, destination);
	}

	@Test
	void aYamatoBuyerNextDoorMayChooseFromTheNextDayToAWeekAfterShipping() {
		DeliveryChoices choices = fromNagano(ShippingMethod.COOL_TA_Q_BIN, inTokyo()).choices();

		assertThat(choices.dates()).first().isEqualTo(LocalDate.of(2026, 12, 11));
		assertThat(choices.dates()).last().isEqualTo(LocalDate.of(2026, 12, 17));
		assertThat(choices.dates()).hasSize(7);
		assertThat(choices.slots()).containsExactly(TimeSlot.MORNING, TimeSlot.FROM_14_TO_16, TimeSlot.FROM_16_TO_18,
				TimeSlot.FROM_18_TO_20, TimeSlot.FROM_19_TO_21);
	}

	@Test
	void aDateAndSlotTheMethodOffersAreAccepted() {
		Delivery delivery = fromNagano(ShippingMethod.COOL_TA_Q_BIN, inTokyo()).accept(LocalDate.of(2026, 12, 12),
				TimeSlot.MORNING);

		assertThat(delivery.expected()).isEqualTo(LocalDate.of(2026, 12, 12));
		assertThat(delivery.slot()).hasValue(TimeSlot.MORNING);
		assertThat(delivery.slot().flatMap(TimeSlot::b2Code)).hasValue("0812");
	}

	@Test
	void noDateMeansTheEarliestDay() {
		Delivery delivery = fromNagano(ShippingMethod.TA_Q_BIN, inTokyo()).accept(null, null);

		assertThat(delivery.date()).isEmpty();
		assertThat(delivery.expected()).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void aDateBeforeTheParcelCanArriveIsRefused() {
		assertDateRefused(fromNagano(ShippingMethod.TA_Q_BIN, inTokyo()), SHIP_DATE,
				"shop.shipping.refused.dateTooEarly");
	}

	@Test
	void aDateMoreThanAWeekAfterShippingIsRefused() {
		assertDateRefused(fromNagano(ShippingMethod.TA_Q_BIN, inTokyo()), LocalDate.of(2026, 12, 18),
				"shop.shipping.refused.dateTooLate");
	}

	@Test
	void yamatoHasNoNoonSlotButYuPackHas() {
		assertThatThrownBy(() -> fromNagano(ShippingMethod.TA_Q_BIN, inTokyo()).accept(null, TimeSlot.FROM_12_TO_14))
			.isInstanceOfSatisfying(FieldsRefused.class,
					(refused) -> assertThat(refused.refusals())
						.extracting(InputRefused::field, InputRefused::messageKey)
						.containsExactly(tuple("timeSlot", "shop.shipping.refused.slotNotOffered")));
		assertThat(fromNagano(ShippingMethod.YU_PACK, inTokyo()).accept(null, TimeSlot.FROM_12_TO_14).slot())
			.hasValue(TimeSlot.FROM_12_TO_14);
	}

	@Test
	void aWrongDateAndAWrongSlotAreRefusedTogether() {
		assertThatThrownBy(
				() -> fromNagano(ShippingMethod.TA_Q_BIN, inTokyo()).accept(SHIP_DATE, TimeSlot.FROM_12_TO_14))
			.isInstanceOfSatisfying(FieldsRefused.class,
					(refused) -> assertThat(refused.refusals()).extracting(InputRefused::field)
						.containsExactly("deliveryDate", "timeSlot"));
	}

	@Test
	void nekoposOffersNoDateAndNoSlotSoNoPickerIsShown() {
		DeliveryChoices choices = fromNagano(ShippingMethod.NEKOPOS, inTokyo()).choices();

		assertThat(choices.offersDates()).isFalse();
		assertThat(choices.offersSlots()).isFalse();
		assertThat(fromNagano(ShippingMethod.YU_PACKET, inTokyo()).choices()).isEqualTo(DeliveryChoices.NONE);
	}

	@Test
	void aDateForNekoposIsRefused() {
		assertDateRefused(fromNagano(ShippingMethod.NEKOPOS, inTokyo()), LocalDate.of(2026, 12, 12),
				"shop.shipping.refused.dateNotTaken");
	}

	@Test
	void aSlotForNekoposIsRefused() {
		assertThatThrownBy(() -> fromNagano(ShippingMethod.NEKOPOS, inTokyo()).accept(null, TimeSlot.MORNING))
			.isInstanceOfSatisfying(FieldsRefused.class,
					(refused) -> assertThat(refused.refusals()).extracting(InputRefused::messageKey)
						.containsExactly("shop.shipping.refused.slotNotOffered"));
	}

	@Test
	void okinawaFromNaganoTakesThreeDays() {
		Destination naha = Destination.of(Prefecture.OKINAWA, "900-0001", Islands.DEFAULT);

		assertThat(fromNagano(ShippingMethod.YU_PACK, naha).earliest()).isEqualTo(SHIP_DATE.plusDays(3));
	}

	@Test
	void transitGoesByRegion() {
		assertThat(TransitDays.between(Prefecture.NAGANO, Prefecture.NAGANO)).isEqualTo(1);
		assertThat(TransitDays.between(Prefecture.NAGANO, Prefecture.TOKYO)).isEqualTo(1);
		assertThat(TransitDays.between(Prefecture.NAGANO, Prefecture.FUKUOKA)).isEqualTo(2);
		assertThat(TransitDays.between(Prefecture.AOMORI, Prefecture.HOKKAIDO)).isEqualTo(2);
		assertThat(TransitDays.between(Prefecture.HOKKAIDO, Prefecture.OSAKA)).isEqualTo(3);
	}

	@Test
	void chichijimaAddsTheBoatsDaysSoNoDateCanBeChosen() {
		DeliveryWindow window = fromNagano(ShippingMethod.TA_Q_BIN, onChichijima());

		assertThat(window.earliest()).isEqualTo(SHIP_DATE.plusDays(10));
		assertThat(window.choices().offersDates()).isFalse();
		assertThat(window.accept(null, null).expected()).isEqualTo(SHIP_DATE.plusDays(10));
		assertDateRefused(window, SHIP_DATE.plusDays(10), "shop.shipping.refused.noDateToDestination");
	}

	@Test
	void coolToChichijimaIsRefusedBeforeAnyDateIsOffered() {
		assertThatThrownBy(() -> fromNagano(ShippingMethod.COOL_TA_Q_BIN, onChichijima()))
			.isInstanceOfSatisfying(InputRefused.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("postalCode");
				assertThat(refused.messageKey()).isEqualTo("shop.shipping.refused.coolToIsland");
			});
	}

	@Test
	void anInvalidPostalCodeIsRefused() {
		assertThatThrownBy(() -> Destination.of(Prefecture.TOKYO, "100-21", Islands.DEFAULT))
			.isInstanceOfSatisfying(InputRefused.class, (refused) -> {
				assertThat(refused.field()).isEqualTo("postalCode");
				assertThat(refused.messageKey()).isEqualTo("shop.shipping.refused.postalCode");
			});
	}

	private static void assertDateRefused(DeliveryWindow window, LocalDate date, String key) {
		assertThatThrownBy(() -> window.accept(date, null)).isInstanceOfSatisfying(FieldsRefused.class,
				(refused) -> assertThat(refused.refusals()).extracting(InputRefused::field, InputRefused::messageKey)
					.containsExactly(tuple("deliveryDate", key)));
	}

}
