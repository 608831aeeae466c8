package jp.musubi.shop.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.shipping.Delivery;
import jp.musubi.shop.shipping.DeliveryChoices;
import jp.musubi.shop.shipping.Parcel;
import jp.musubi.shop.shipping.ShippingFee;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.SizeBand;
import jp.musubi.shop.shipping.Temperature;

/** Orders as checkout leaves them, built without the database. */
final class OrderExamples {

	/** 10:00 in Japan on the day the orders are placed. */
	static final Instant PLACED = Instant.parse("2027-08-01T01:00:00Z");

	static final LocalDate SHIP_DATE = LocalDate.of(2027, 8, 2);

	private OrderExamples() {
	}

	/**
	 * Rice from a farm and sake from a brewery, paid at the door: two shipments, ready to
	 * go at once.
	 */
	static Order riceAndSakePaidAtTheDoor() {
		return order(PaymentMethod.CASH_ON_DELIVERY);
	}

	/** The same, awaiting a bank transfer due in five days. */
	static Order riceAndSakeAwaitingATransfer() {
		return order(PaymentMethod.BANK_TRANSFER);
	}

	/** A moment in Japan, as a producer's clock reads it. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(Dates.JAPAN).toInstant();
	}

	private static Order order(PaymentMethod payment) {
		Quote.Shipment rice = shipment(0, line(0, "ゆのもり産コシヒカリ", ProductKind.FOOD, ConsumptionTaxRate.REDUCED, 3_800));
		Quote.Shipment sake = shipment(1, line(1, "純米酒 湯の森", ProductKind.LIQUOR, ConsumptionTaxRate.STANDARD, 1_650));
		Yen items = rice.itemsTotal().plus(sake.itemsTotal());
		Yen shipping = rice.fee().total().plus(sake.fee().total());
		Quote quote = new Quote(List.of(rice, sake), items, shipping, Yen.ZERO, items.plus(shipping), List.of(),
				payment, true);
		CheckoutRequest request = new CheckoutRequest(List.of(), "buyer@example.jp",
				new Addressee("山田 花子", "090-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1"), Optional.empty(),
				payment, LocalDate.of(1980, 4, 1), List.of(), Language.JA, null);
		return new Order(1_000_001, request, quote,
				new Order.Placing(PLACED, PLACED.plus(Duration.ofDays(5)), null, "fingerprint", "token"));
	}

	private static Quote.Line line(int index, String name, ProductKind kind, ConsumptionTaxRate rate, long price) {
		return new Quote.Line(index, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name, "1本", kind,
				Yen.of(price), rate, 1, 10, SHIP_DATE, Optional.empty());
	}

	private static Quote.Shipment shipment(int index, Quote.Line line) {
		ShippingMethod method = ShippingMethod.TA_Q_BIN;
		return new Quote.Shipment(index, UUID.randomUUID(), "ゆのもり", Temperature.AMBIENT, List.of(line), List.of(method),
				method, new Delivery(method, SHIP_DATE, Optional.empty(), Optional.empty(), SHIP_DATE.plusDays(1)),
				DeliveryChoices.NONE,
				List.of(new Parcel(Temperature.AMBIENT, List.of(new Parcel.Line(0, 1)), 1_300, 600,
						new SizeBand(60, 2_000))),
				new ShippingFee(1, Yen.of(1_000), Yen.ZERO, Yen.ZERO, false), line.amount(), Yen.ZERO);
	}

}
