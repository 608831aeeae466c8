package jp.musubi.shop.order.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.web.Problems;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.CheckoutRequest.ShipmentChoice;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.OrderLine;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Quotation;
import jp.musubi.shop.order.Quote;
import jp.musubi.shop.order.QuoteChanged;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout for shop fronts and apps: a quote with every charge, then the order, placed
 * once per {@code Idempotency-Key} however often the call is retried. A guest reads the
 * order back with the token the order answered with.
 */
@RestController
@Tag(name = "shop")
class OrdersApi {

	private final Quotation quotation;

	private final Checkout checkout;

	private final Orders orders;

	private final Problems problems;

	OrdersApi(Quotation quotation, Checkout checkout, Orders orders, Problems problems) {
		this.quotation = quotation;
		this.checkout = checkout;
		this.orders = orders;
		this.problems = problems;
	}

	@PostMapping("/api/v1/shop/quotes")
	@Operation(summary = "Price a checkout now: shipments per producer and temperature, parcels, fees, delivery "
			+ "dates and slots offered, tax per rate; 400 problem+json with every refused field")
	QuoteView quote(@RequestBody CheckoutBody body, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest http) {
		return QuoteView.of(this.quotation.quote(body.toRequest(user, http)));
	}

	@PostMapping("/api/v1/shop/orders")
	@Operation(summary = "Place an order; the units are taken at once or the order is refused (400, nothing taken). "
			+ "Send an Idempotency-Key: a retry with it answers 200 with the same order. With expectedTotal, a "
			+ "total changed since the quote answers 409 with the new quote")
	ResponseEntity<OrderView> place(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody CheckoutBody body, @AuthenticationPrincipal CurrentUser user, HttpServletRequest http) {
		Checkout.Placed placed = this.checkout.place(body.toRequest(user, http), key,
				(body.expectedTotal() != null) ? Yen.of(body.expectedTotal()) : null);
		OrderView view = OrderView.of(placed.order(), true);
		if (placed.replayed()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.created(URI.create("/api/v1/shop/orders/" + placed.order().id())).body(view);
	}

	@GetMapping("/api/v1/shop/orders/{id}")
	@Operation(summary = "An order for its buyer: signed in, or a guest with its token (header X-Order-Token); "
			+ "404 for anyone else")
	OrderView order(@PathVariable UUID id, @RequestHeader(name = "X-Order-Token", required = false) String token,
			@AuthenticationPrincipal CurrentUser user) {
		return OrderView.of(this.orders.forBuyer(id, (user != null) ? user.accountId() : null, token), false);
	}

	@ExceptionHandler(QuoteChanged.class)
	ResponseEntity<ProblemDetail> changed(QuoteChanged changed, HttpServletRequest http) {
		ResponseEntity<ProblemDetail> answer = this.problems
			.refused(List.of(new InputRefused("expectedTotal", "shop.checkout.changed")), http);
		ProblemDetail problem = answer.getBody();
		problem.setStatus(HttpStatus.CONFLICT.value());
		problem.setProperty("quote", QuoteView.of(changed.quote()));
		return ResponseEntity.status(HttpStatus.CONFLICT).headers(answer.getHeaders()).body(problem);
	}

	/** A checkout as a client sends it. */
	record CheckoutBody(List<LineBody> lines, String email, AddresseeBody buyer, AddresseeBody recipient,
			PaymentMethod payment, LocalDate birthDate, List<ChoiceBody> shipments, String language,
			Long expectedTotal) {

		CheckoutRequest toRequest(CurrentUser user, HttpServletRequest http) {
			List<CartLine> cartLines = (this.lines != null) ? this.lines.stream()
				.map((line) -> (line != null) ? new CartLine(line.productId(), line.variantId(),
						(line.quantity() != null) ? line.quantity() : 0) : new CartLine(null, null, 0))
				.toList() : List.of();
			List<ShipmentChoice> choices = (this.shipments != null) ? this.shipments.stream()
				.filter((c) -> c != null && c.producerId() != null && c.temperature() != null)
				.map((c) -> new ShipmentChoice(c.producerId(), c.temperature(), c.method(), c.date(), c.slot()))
				.toList() : List.of();
			Language language = Language.fromTag(this.language).orElseGet(() -> ApiLanguage.of(http));
			return new CheckoutRequest(cartLines, this.email, (this.buyer != null) ? this.buyer.toAddressee() : null,
					Optional.ofNullable(this.recipient).map(AddresseeBody::toAddressee), this.payment, this.birthDate,
					choices, language, (user != null) ? user.accountId() : null);
		}

	}

	record LineBody(UUID productId, UUID variantId, Integer quantity) {
	}

	record AddresseeBody(String name, String phone, String postalCode, String prefecture, String address) {

		Addressee toAddressee() {
			return new Addressee(this.name, this.phone, this.postalCode,
					Prefecture.ofCode(this.prefecture).orElse(null), this.address);
		}

	}

	record ChoiceBody(UUID producerId, Temperature temperature, ShippingMethod method, LocalDate date, TimeSlot slot) {
	}

	record QuoteView(List<ShipmentQuoteView> shipments, long itemsTotal, long shippingTotal, long cashOnDeliveryFees,
			long total, List<TaxView> taxes) {

		static QuoteView of(Quote quote) {
			return new QuoteView(quote.shipments().stream().map(ShipmentQuoteView::of).toList(),
					quote.itemsTotal().amount(), quote.shippingTotal().amount(), quote.cashOnDeliveryFees().amount(),
					quote.total().amount(),
					quote.taxes()
						.stream()
						.map((tax) -> new TaxView(tax.rate().percent().intValue(), tax.amount().amount(),
								tax.tax().amount()))
						.toList());
		}

	}

	record ShipmentQuoteView(UUID producerId, String producer, Temperature temperature, ShippingMethod method,
			List<ShippingMethod> methods, LocalDate shipDate, LocalDate deliveryDate, TimeSlot slot,
			LocalDate expectedDate, List<LocalDate> dates, List<TimeSlot> slots, int parcels, long fee,
			long cashOnDeliveryFee, List<LineView> lines) {

		static ShipmentQuoteView of(Quote.Shipment shipment) {
			return new ShipmentQuoteView(shipment.producerId(), shipment.producerName(), shipment.temperature(),
					shipment.method(), shipment.methods(), shipment.delivery().shipDate(),
					shipment.delivery().date().orElse(null), shipment.delivery().slot().orElse(null),
					shipment.delivery().expected(), shipment.choices().dates(), shipment.choices().slots(),
					shipment.parcels().size(), shipment.fee().total().amount(), shipment.cashOnDeliveryFee().amount(),
					shipment.lines()
						.stream()
						.map((line) -> new LineView(line.productId(), line.variantId(), line.name(), line.size(),
								line.quantity(), line.unitPrice().amount(), line.rate().percent().intValue(),
								line.shipDate(), line.orderCutoff().orElse(null)))
						.toList());
		}

	}

	record LineView(UUID productId, UUID variantId, String name, String size, int quantity, long unitPrice, int taxRate,
			LocalDate shipDate, LocalDate orderCutoff) {
	}

	record TaxView(int rate, long amount, long tax) {
	}

	record OrderView(UUID id, long number, String state, PaymentMethod payment, long total, Instant placedAt,
			Instant payBy, List<ShipmentView> shipments, String token) {

		static OrderView of(Order order, boolean withToken) {
			return new OrderView(order.id(), order.number(), order.state().name(), order.paymentMethod(),
					order.total().amount(), order.placedAt(), order.payBy().orElse(null),
					order.shipments().stream().map(ShipmentView::of).toList(), withToken ? order.viewToken() : null);
		}

	}

	record ShipmentView(UUID id, UUID producerId, Temperature temperature, ShippingMethod method, LocalDate shipDate,
			LocalDate deliveryDate, TimeSlot slot, int parcels, long fee, String progress, String trackingNumber,
			Instant shippedAt, Instant deliveredAt, List<LineView> lines) {

		static ShipmentView of(Shipment shipment) {
			return new ShipmentView(shipment.id(), shipment.producerId(), shipment.temperature(), shipment.method(),
					shipment.shipDate(), shipment.deliveryDate().orElse(null), shipment.timeSlot().orElse(null),
					shipment.parcels(), shipment.fee().amount(), shipment.progress().name(),
					shipment.trackingNumber().orElse(null), shipment.shippedAt().orElse(null),
					shipment.deliveredAt().orElse(null), shipment.lines().stream().map(ShipmentView::line).toList());
		}

		private static LineView line(OrderLine line) {
			return new LineView(line.productId(), line.variantId(), line.productName(), line.sizeLabel(),
					line.quantity(), line.unitPrice().amount(), line.taxRate().percent().intValue(), line.shipDate(),
					line.orderCutoff().orElse(null));
		}

	}

}
