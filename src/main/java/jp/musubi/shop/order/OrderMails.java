package jp.musubi.shop.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The buyer's mail about an order, in the language they bought in: what they agreed to,
 * with the tax per rate, and for a transfer where and by when to pay. It is written in
 * the order's own transaction, so it goes exactly when the order is kept (see
 * {@link MailListener}).
 */
@Component
class OrderMails {

	private final OrderRepository orders;

	private final TransferAccount transfer;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Dates dates;

	private final Storefronts storefronts;

	OrderMails(OrderRepository orders, TransferAccount transfer, Mailer mailer, MessageSource messages, Dates dates,
			Storefronts storefronts) {
		this.storefronts = storefronts;
		this.orders = orders;
		this.transfer = transfer;
		this.mailer = mailer;
		this.messages = messages;
		this.dates = dates;
	}

	@MailListener
	void on(OrderPlaced placed) {
		Order order = this.orders.findById(placed.orderId()).orElse(null);
		if (order == null) {
			return;
		}
		Locale locale = order.language().locale();
		List<String> lines = new ArrayList<>();
		for (Shipment shipment : order.shipments()) {
			for (OrderLine line : shipment.lines()) {
				lines.add(this.messages.getMessage("shop.order.line",
						new Object[] { line.productName(), line.sizeLabel(), line.quantity(),
								line.amount().format(locale),
								this.messages.getMessage(line.taxRate().messageKey(), null, locale) },
						locale));
			}
			lines.add(this.messages.getMessage("mail.shop-order.shipment",
					new Object[] { this.messages.getMessage(shipment.method().messageKey(), null, locale),
							this.dates.day(shipment.shipDate(), locale),
							this.dates.day(shipment.deliveryDate().orElse(shipment.expectedDate()), locale),
							shipment.fee().plus(shipment.cashOnDeliveryFee()).format(locale) },
					locale));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", order.buyer().name());
		model.put("number", String.valueOf(order.number()));
		model.put("lines", lines);
		model.put("total", order.total().format(locale));
		model.put("taxes", taxes(order, locale));
		model.put("payment", this.messages.getMessage(order.paymentMethod().messageKey(), null, locale));
		model.put("transfer", order.paymentMethod() == PaymentMethod.BANK_TRANSFER && order.payBy().isPresent());
		model.put("account", this.transfer);
		model.put("payBy", order.payBy().map((deadline) -> this.dates.dateTime(deadline)).orElse(""));
		model.put("liquor", order.hasLiquor());
		model.put("path", "/shop/orders/" + order.id() + "?t=" + order.viewToken());
		this.mailer.send(order.email(), locale, "shop-order-placed", new Object[] { String.valueOf(order.number()) },
				model);
	}

	@MailListener
	void on(PaymentReminderDue due) {
		Order order = this.orders.findById(due.orderId()).orElse(null);
		if (order == null || order.payBy().isEmpty()) {
			return;
		}
		Locale locale = order.language().locale();
		Map<String, Object> model = new HashMap<>();
		model.put("name", order.buyer().name());
		model.put("number", String.valueOf(order.number()));
		model.put("total", order.total().format(locale));
		model.put("payBy", this.dates.dateTime(order.payBy().get()));
		model.put("account", this.transfer);
		model.put("path", "/shop/orders/" + order.id() + "?t=" + order.viewToken());
		this.mailer.send(order.email(), locale, "shop-order-reminder", new Object[] { String.valueOf(order.number()) },
				model);
	}

	@MailListener
	void on(ShipmentShipped shipped) {
		Order order = this.orders.findById(shipped.orderId()).orElse(null);
		if (order == null) {
			return;
		}
		Shipment shipment = order.shipments()
			.stream()
			.filter((each) -> each.id().equals(shipped.shipmentId()))
			.findFirst()
			.orElseThrow();
		Locale locale = order.language().locale();
		Map<String, Object> model = new HashMap<>();
		model.put("name", order.buyer().name());
		model.put("number", String.valueOf(order.number()));
		model.put("items",
				shipment.lines()
					.stream()
					.map((line) -> line.productName() + " " + line.sizeLabel() + " × " + line.quantity())
					.toList());
		model.put("method", this.messages.getMessage(shipment.method().messageKey(), null, locale));
		model.put("tracking", shipment.trackingNumber().orElse(""));
		model.put("expected", this.dates.day(shipment.deliveryDate().orElse(shipment.expectedDate()), locale));
		model.put("path", "/shop/orders/" + order.id() + "?t=" + order.viewToken());
		this.mailer.send(order.email(), locale, "shop-shipment-shipped",
				new Object[] { String.valueOf(order.number()) }, model);
	}

	/**
	 * The buyer hears that a parcel arrived, and until which day, and whom, to tell of
	 * goods that came damaged or wrong: the seller, whose notice gives its phone.
	 */
	@MailListener
	void on(ShipmentDelivered delivered) {
		Order order = this.orders.findById(delivered.orderId()).orElse(null);
		if (order == null) {
			return;
		}
		Shipment shipment = order.shipment(delivered.shipmentId());
		Locale locale = order.language().locale();
		LocalDate on = shipment.deliveredOn().orElseThrow();
		SellerNotice seller = this.storefronts.find(shipment.producerId())
			.map((storefront) -> storefront.notice())
			.orElse(SellerNotice.EMPTY);
		Map<String, Object> model = new HashMap<>();
		model.put("name", order.buyer().name());
		model.put("number", String.valueOf(order.number()));
		model.put("items",
				shipment.lines()
					.stream()
					.map((line) -> line.productName() + " " + line.sizeLabel() + " × " + line.quantity())
					.toList());
		model.put("deliveredOn", this.dates.day(on, locale));
		model.put("returnBy", this.dates.day(on.plusDays(Order.RETURN_DAYS - 1), locale));
		model.put("seller", (seller.legalName() != null) ? seller.legalName() : "");
		model.put("phone", (seller.phone() != null) ? seller.phone() : "");
		model.put("path", "/shop/orders/" + order.id() + "?t=" + order.viewToken());
		this.mailer.send(order.email(), locale, "shop-shipment-delivered",
				new Object[] { String.valueOf(order.number()) }, model);
	}

	/**
	 * The amount at each rate with the tax in it, rounded once per rate as on the screen.
	 */
	private List<String> taxes(Order order, Locale locale) {
		List<String> taxes = new ArrayList<>();
		for (Quote.TaxLine tax : order.taxes()) {
			taxes.add(this.messages.getMessage("shop.confirm.taxLine",
					new Object[] { this.messages.getMessage(tax.rate().messageKey(), null, locale) }, locale) + " "
					+ this.messages.getMessage("shop.confirm.taxAmount",
							new Object[] { tax.amount().format(locale), tax.tax().format(locale) }, locale));
		}
		return taxes;
	}

}
