package jp.musubi.shop.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.order.OrderExamples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * After the carrier: an order is delivered once each of its shipments is reported
 * delivered, on a day between the day it went and today, and completed once the eight
 * days the law gives a mail-order buyer to send goods back have passed, or fourteen days
 * after its parcels went when nobody reported them delivered.
 */
class OrderDeliveryTests {

	private final Order order = OrderExamples.riceAndSakePaidAtTheDoor();

	private final UUID rice = this.order.shipments().get(0).id();

	private final UUID sake = this.order.shipments().get(1).id();

	@Test
	void anOrderIsDeliveredOnceEveryShipmentIsReportedDelivered() {
		this.order.ship(this.rice, "1234-5678-9012", at("2027-08-02T16:00"));
		this.order.ship(this.sake, "1234-5678-9013", at("2027-08-02T16:30"));
		assertThat(this.order.state()).isEqualTo(OrderState.SHIPPED);

		Shipment delivered = this.order.deliver(this.rice, LocalDate.of(2027, 8, 3), at("2027-08-04T09:00"));

		assertThat(delivered.progress()).isEqualTo(Shipment.Progress.DELIVERED);
		assertThat(delivered.deliveredOn()).contains(LocalDate.of(2027, 8, 3));
		assertThat(this.order.state()).as("the sake is still on its way").isEqualTo(OrderState.SHIPPED);

		Instant now = at("2027-08-04T09:05");
		this.order.deliver(this.sake, null, now);

		assertThat(this.order.state()).isEqualTo(OrderState.DELIVERED);
		assertThat(this.order.shipments().get(1).deliveredAt()).as("reported today: the moment it was reported")
			.contains(now);
	}

	@Test
	void aShipmentMayBeDeliveredBeforeTheOthersOfItsOrderGo() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));

		this.order.deliver(this.rice, null, at("2027-08-03T12:00"));

		assertThat(this.order.state()).isEqualTo(OrderState.PREPARING);
		this.order.ship(this.sake, "123456789013", at("2027-08-05T16:00"));
		assertThat(this.order.state()).isEqualTo(OrderState.SHIPPED);
		this.order.deliver(this.sake, null, at("2027-08-06T12:00"));
		assertThat(this.order.state()).isEqualTo(OrderState.DELIVERED);
	}

	@Test
	void aShipmentThatHasNotGoneCannotBeDelivered() {
		assertRefused(() -> this.order.deliver(this.rice, null, at("2027-08-03T12:00")),
				"shop.shipment.refused.notShipped");
		assertThat(this.order.shipments().get(0).progress()).isEqualTo(Shipment.Progress.TO_SHIP);
		assertThat(this.order.state()).isEqualTo(OrderState.PREPARING);
	}

	@Test
	void aDeliveryOnADayBeforeTheShipmentWentOrAfterTodayIsRefusedAndChangesNothing() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));

		assertRefused(() -> this.order.deliver(this.rice, LocalDate.of(2027, 8, 1), at("2027-08-03T12:00")),
				"shop.shipment.refused.deliveredBeforeShipped");
		assertRefused(() -> this.order.deliver(this.rice, LocalDate.of(2027, 8, 4), at("2027-08-03T12:00")),
				"shop.shipment.refused.deliveredLater");

		assertThat(this.order.shipments().get(0).deliveredAt()).isEmpty();
		assertThat(this.order.shipments().get(0).progress()).isEqualTo(Shipment.Progress.SHIPPED);
	}

	@Test
	void aShipmentIsDeliveredOnce() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		this.order.deliver(this.rice, LocalDate.of(2027, 8, 3), at("2027-08-03T12:00"));

		assertRefused(() -> this.order.deliver(this.rice, LocalDate.of(2027, 8, 3), at("2027-08-03T13:00")),
				"shop.shipment.refused.delivered");
		assertThat(this.order.shipments().get(0).deliveredAt()).contains(at("2027-08-03T12:00"));
	}

	@Test
	void anExpiredOrderTakesNoDelivery() {
		Order unpaid = OrderExamples.riceAndSakeAwaitingATransfer();
		unpaid.expire(at("2027-08-10T00:00"));

		assertRefused(() -> unpaid.deliver(unpaid.shipments().get(0).id(), null, at("2027-08-10T12:00")),
				"shop.shipment.refused.closed");
		assertThat(unpaid.state()).isEqualTo(OrderState.EXPIRED);
	}

	@Test
	void anotherOrdersShipmentIsNotFound() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));

		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.order.deliver(UUID.randomUUID(), null, at("2027-08-03T12:00")));
	}

	@Test
	void aDeliveredOrderIsCompletedTheDayAfterItsEightReturnDaysCountingTheDayOfDelivery() {
		deliverBoth(LocalDate.of(2027, 8, 3), at("2027-08-03T20:00"));

		assertThat(this.order.complete(at("2027-08-10T23:59"))).as("the 8th day, the 3rd counted").isFalse();
		assertThat(this.order.state()).isEqualTo(OrderState.DELIVERED);

		Instant dayAfter = at("2027-08-11T00:00");
		assertThat(this.order.complete(dayAfter)).isTrue();

		assertThat(this.order.state()).isEqualTo(OrderState.COMPLETED);
		assertThat(this.order.closedAt()).contains(dayAfter);
		assertThat(this.order.complete(at("2027-08-12T00:00"))).as("once").isFalse();
	}

	@Test
	void theReturnDaysCountFromTheLastShipmentDelivered() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		this.order.ship(this.sake, "123456789013", at("2027-08-02T16:00"));
		this.order.deliver(this.rice, null, at("2027-08-03T12:00"));
		this.order.deliver(this.sake, null, at("2027-08-06T12:00"));

		assertThat(this.order.complete(at("2027-08-12T00:00"))).isFalse();
		assertThat(this.order.complete(at("2027-08-14T00:00"))).isTrue();
	}

	@Test
	void aShippedOrderNobodyReportedDeliveredIsCompletedFourteenDaysAfterItWent() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		this.order.ship(this.sake, "123456789013", at("2027-08-03T16:00"));

		assertThat(this.order.complete(at("2027-08-16T23:59"))).isFalse();
		assertThat(this.order.complete(at("2027-08-17T00:00"))).isTrue();
		assertThat(this.order.state()).isEqualTo(OrderState.COMPLETED);
	}

	@Test
	void aShippedOrderWaitsForTheReturnDaysOfAShipmentDeliveredLate() {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		this.order.ship(this.sake, "123456789013", at("2027-08-02T16:00"));
		this.order.deliver(this.rice, LocalDate.of(2027, 8, 14), at("2027-08-14T12:00"));

		assertThat(this.order.complete(at("2027-08-17T00:00"))).isFalse();
		assertThat(this.order.complete(at("2027-08-22T00:00"))).isTrue();
	}

	@Test
	void onlyAnOrderWhoseGoodsWentIsCompleted() {
		assertThat(this.order.complete(at("2028-01-01T00:00"))).isFalse();
		assertThat(this.order.state()).isEqualTo(OrderState.PREPARING);
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		assertThat(this.order.complete(at("2028-01-01T00:00"))).as("the sake has not gone").isFalse();
	}

	@Test
	void theCutoffsAreTheStartsOfDaysInJapan() {
		Order.Cutoffs cutoffs = Order.Cutoffs.at(at("2027-08-11T09:00"));

		assertThat(cutoffs.deliveredBefore()).isEqualTo(at("2027-08-04T00:00"));
		assertThat(cutoffs.shippedBefore()).isEqualTo(at("2027-07-29T00:00"));
	}

	private void deliverBoth(LocalDate on, Instant now) {
		this.order.ship(this.rice, "123456789012", at("2027-08-02T16:00"));
		this.order.ship(this.sake, "123456789013", at("2027-08-02T16:00"));
		this.order.deliver(this.rice, on, now);
		this.order.deliver(this.sake, on, now);
	}

	private static void assertRefused(Runnable change, String messageKey) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(change::run).satisfies((refused) -> {
			assertThat(refused.field()).isEqualTo("deliveredOn");
			assertThat(refused.messageKey()).isEqualTo(messageKey);
		});
	}

}
