package jp.musubi.shop.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.payment.Payments;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.CheckoutRequest.ShipmentChoice;
import jp.musubi.shop.product.DrinkingAge;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.shipping.Delivery;
import jp.musubi.shop.shipping.DeliveryWindow;
import jp.musubi.shop.shipping.Destination;
import jp.musubi.shop.shipping.Dimensions;
import jp.musubi.shop.shipping.Islands;
import jp.musubi.shop.shipping.Parcel;
import jp.musubi.shop.shipping.Parcels;
import jp.musubi.shop.shipping.ShipmentItem;
import jp.musubi.shop.shipping.ShippingFee;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.ZoneTable;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a checkout as it stands now: each line's product still on sale at its price, one
 * shipment per producer and temperature split into the method's parcels, the fee from the
 * producer's table to the address, the delivery date and slot judged by the method, the
 * buyer's age for liquor. Every rule broken is refused at once, each on its field, so the
 * buyer fixes all in one pass.
 */
@Service
public class Quotation {

	/** A line of more than this is a typo or a reseller; a farm shop sells by the box. */
	public static final int MAX_QUANTITY = 99;

	/** Lines in one order; more is not a household's basket. */
	public static final int MAX_LINES = 30;

	/**
	 * Days a producer takes to pack an item on hand: the shop's promise where a product
	 * has no harvest window, so every line shows a date rather than "順次発送".
	 */
	static final int HANDLING_DAYS = 2;

	private final Products products;

	private final Stock stock;

	private final ShippingTerms shippingTerms;

	private final Storefronts storefronts;

	private final Payments payments;

	private final Clock clock;

	Quotation(Products products, Stock stock, ShippingTerms shippingTerms, Storefronts storefronts, Payments payments,
			Clock clock) {
		this.payments = payments;
		this.products = products;
		this.stock = stock;
		this.shippingTerms = shippingTerms;
		this.storefronts = storefronts;
		this.clock = clock;
	}

	/**
	 * The checkout priced now.
	 * @throws FieldsRefused with every rule the request breaks
	 */
	@Transactional(readOnly = true)
	public Quote quote(CheckoutRequest request) {
		LocalDate today = Dates.today(this.clock);
		List<InputRefused> refusals = new ArrayList<>();
		if (request.lines().isEmpty()) {
			throw new FieldsRefused(List.of(new InputRefused("lines", "shop.order.refused.empty")));
		}
		if (request.lines().size() > MAX_LINES) {
			throw new FieldsRefused(List.of(new InputRefused("lines", "shop.order.refused.tooManyLines", MAX_LINES)));
		}
		if (!Addressee.isEmail(request.email())) {
			refusals.add(new InputRefused("email", "shop.order.refused.email"));
		}
		if (request.buyer() == null) {
			refusals.add(new InputRefused("buyer.name", "shop.order.refused.nameMissing"));
		}
		else {
			refusals.addAll(request.buyer().refusals("buyer."));
		}
		request.recipient().ifPresent((recipient) -> refusals.addAll(recipient.refusals("recipient.")));
		if (request.payment() == null) {
			refusals.add(new InputRefused("payment", "shop.order.refused.paymentMissing"));
		}
		else if (request.payment() == PaymentMethod.CARD && !this.payments.takesCards()) {
			refusals.add(new InputRefused("payment", "shop.order.refused.noCards"));
		}
		List<Priced> priced = price(request.lines(), today, refusals);
		if (priced.stream().anyMatch((line) -> line.product().kind() == ProductKind.LIQUOR)) {
			ageRefusal(request.birthDate(), today).ifPresent(refusals::add);
		}
		Addressee to = request.deliverTo();
		Optional<Destination> destination = Optional.empty();
		if (to != null && to.prefecture() != null && to.postal().isPresent()) {
			destination = Optional
				.of(new Destination(to.prefecture(), to.postal().get(), Islands.DEFAULT.ruleFor(to.postal().get())));
		}
		if (!refusals.isEmpty() || destination.isEmpty()) {
			FieldsRefused.throwIfAny(refusals);
		}
		List<Quote.Shipment> shipments = ship(request, priced, destination.get(), refusals);
		FieldsRefused.throwIfAny(refusals);
		return total(shipments, request.payment(), priced);
	}

	private List<Priced> price(List<CartLine> lines, LocalDate today, List<InputRefused> refusals) {
		List<Priced> priced = new ArrayList<>();
		Map<UUID, Integer> available = this.stock.available(lines.stream()
			.filter((line) -> line != null && line.variantId() != null)
			.map(CartLine::variantId)
			.toList());
		for (int i = 0; i < lines.size(); i++) {
			CartLine line = lines.get(i);
			String field = "lines[" + i + "]";
			if (line == null || line.productId() == null || line.variantId() == null) {
				refusals.add(new InputRefused(field, "shop.order.refused.lineIncomplete"));
				continue;
			}
			if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
				refusals.add(new InputRefused(field + ".quantity", "shop.order.refused.quantity", MAX_QUANTITY));
				continue;
			}
			Optional<Product> product = published(line.productId());
			Optional<Variant> variant = product.flatMap((p) -> p.variant(line.variantId()));
			if (variant.isEmpty()) {
				refusals.add(new InputRefused(field, "shop.order.refused.gone"));
				continue;
			}
			if (!product.get().takesOrdersOn(today)) {
				refusals.add(new InputRefused(field, "shop.order.refused.closed"));
				continue;
			}
			int units = available.getOrDefault(line.variantId(), 0);
			if (units < line.quantity()) {
				refusals.add((units == 0) ? new InputRefused(field + ".quantity", "shop.order.refused.soldOut")
						: new InputRefused(field + ".quantity", "shop.order.refused.notEnough", units));
				continue;
			}
			LocalDate shipDate = product.get()
				.harvest()
				.map((window) -> window.earliestShipDate(today))
				.orElse(today.plusDays(HANDLING_DAYS));
			priced.add(new Priced(i, product.get(), variant.get(), line.quantity(), units, shipDate));
		}
		return priced;
	}

	private Optional<Product> published(UUID productId) {
		try {
			return Optional.of(this.products.published(productId));
		}
		catch (NotFound gone) {
			return Optional.empty();
		}
	}

	private static Optional<InputRefused> ageRefusal(LocalDate birthDate, LocalDate today) {
		if (birthDate == null) {
			return Optional.of(new InputRefused("birthDate", "shop.order.refused.birthDateMissing"));
		}
		if (!DrinkingAge.isPlausible(birthDate, today)) {
			return Optional.of(new InputRefused("birthDate", "shop.order.refused.birthDateImplausible"));
		}
		if (!DrinkingAge.allows(birthDate, today)) {
			return Optional.of(new InputRefused("birthDate", "shop.order.refused.underAge", DrinkingAge.MINIMUM));
		}
		return Optional.empty();
	}

	private List<Quote.Shipment> ship(CheckoutRequest request, List<Priced> priced, Destination destination,
			List<InputRefused> refusals) {
		Map<Group, List<Priced>> groups = new LinkedHashMap<>();
		priced.forEach(
				(line) -> groups
					.computeIfAbsent(new Group(line.product().producerId(), line.product().temperature()),
							(g) -> new ArrayList<>())
					.add(line));
		Map<UUID, Yen> producerSubtotals = new LinkedHashMap<>();
		priced.forEach((line) -> producerSubtotals.merge(line.product().producerId(), line.amount(), Yen::plus));
		List<Quote.Shipment> shipments = new ArrayList<>();
		int index = 0;
		for (Map.Entry<Group, List<Priced>> group : groups.entrySet()) {
			String field = "shipments[" + index + "]";
			Group key = group.getKey();
			List<Priced> lines = group.getValue();
			LocalDate shipDate = lines.stream().map(Priced::shipDate).max(Comparator.naturalOrder()).orElseThrow();
			List<Offer> offers = offers(key, lines, destination, producerSubtotals.get(key.producerId()));
			if (offers.isEmpty()) {
				refusals.add(
						new InputRefused(field + ".method", (key.temperature().isCool() && !destination.coolReachable())
								? "shop.shipping.refused.coolToIsland" : "shop.order.refused.notShippable"));
				index++;
				continue;
			}
			Optional<ShipmentChoice> choice = request.choices()
				.stream()
				.filter((c) -> c.producerId().equals(key.producerId()) && c.temperature() == key.temperature())
				.findFirst();
			Offer offer = offers.get(0);
			if (choice.isPresent() && choice.get().method() != null) {
				Optional<Offer> chosen = offers.stream()
					.filter((o) -> o.table().method() == choice.get().method())
					.findFirst();
				if (chosen.isEmpty()) {
					refusals.add(new InputRefused(field + ".method", "shop.order.refused.methodNotOffered"));
					index++;
					continue;
				}
				offer = chosen.get();
			}
			DeliveryWindow window = new DeliveryWindow(offer.table().method(), shipDate, offer.table().origin(),
					destination);
			Delivery delivery;
			try {
				delivery = window.accept(choice.map(ShipmentChoice::date).orElse(null),
						choice.map(ShipmentChoice::slot).orElse(null));
			}
			catch (FieldsRefused refused) {
				for (InputRefused refusal : refused.refusals()) {
					refusals.add(
							new InputRefused(field + "." + refusal.field(), refusal.messageKey(), refusal.arguments()));
				}
				index++;
				continue;
			}
			Yen itemsTotal = lines.stream().map(Priced::amount).reduce(Yen.ZERO, Yen::plus);
			Yen codFee = Yen.ZERO;
			if (request.payment() == PaymentMethod.CASH_ON_DELIVERY) {
				if (!offer.table().method().takesDate()) {
					refusals.add(new InputRefused("payment", "shop.order.refused.codPostBox"));
				}
				else {
					Yen collected = itemsTotal.plus(offer.fee().total());
					Optional<Yen> fee = CashOnDeliveryFee.forAmount(collected)
						.filter((f) -> !collected.plus(f).isGreaterThan(CashOnDeliveryFee.MAX_COLLECTED));
					if (fee.isEmpty()) {
						refusals.add(new InputRefused("payment", "shop.order.refused.codTooMuch",
								CashOnDeliveryFee.MAX_COLLECTED.amount()));
					}
					else {
						codFee = fee.get();
					}
				}
			}
			List<Quote.Line> quoted = lines.stream().map((line) -> line.quote(request.language(), shipDate)).toList();
			shipments.add(new Quote.Shipment(index, key.producerId(),
					producerName(key.producerId(), request.language()), key.temperature(), quoted,
					offers.stream().map((o) -> o.table().method()).toList(), offer.table().method(), delivery,
					window.choices(), offer.parcels(), offer.fee(), itemsTotal, codFee));
			index++;
		}
		return shipments;
	}

	/**
	 * The producer's methods that can take these lines to the address, cheapest first.
	 */
	private List<Offer> offers(Group group, List<Priced> lines, Destination destination, Yen producerSubtotal) {
		List<Offer> offers = new ArrayList<>();
		for (ZoneTable table : this.shippingTerms.of(group.producerId())) {
			ShippingMethod method = table.method();
			if (!method.carries(group.temperature()) || !table.serves(destination.prefecture())
					|| (method.isCool() && !destination.coolReachable())) {
				continue;
			}
			try {
				List<Parcel> parcels = Parcels.split(method,
						lines.stream().map((line) -> line.item(group.temperature())).toList());
				ShippingFee fee = table.feeFor(parcels, destination, producerSubtotal);
				offers.add(new Offer(table, parcels, fee));
			}
			catch (FieldsRefused | InputRefused cannot) {
				// An item too large for the method, or an address it does not serve:
				// the method is not offered for this shipment.
			}
		}
		offers.sort(Comparator.comparing((Offer offer) -> offer.fee().total()));
		return offers;
	}

	private String producerName(UUID producerId, Language language) {
		return this.storefronts.find(producerId).map((storefront) -> storefront.name(language)).orElse("");
	}

	private static Quote total(List<Quote.Shipment> shipments, PaymentMethod payment, List<Priced> priced) {
		Yen items = Yen.ZERO;
		Yen shipping = Yen.ZERO;
		Yen cod = Yen.ZERO;
		List<Quote.Line> lines = new ArrayList<>();
		for (Quote.Shipment shipment : shipments) {
			items = items.plus(shipment.itemsTotal());
			shipping = shipping.plus(shipment.fee().total());
			cod = cod.plus(shipment.cashOnDeliveryFee());
			lines.addAll(shipment.lines());
		}
		List<Quote.TaxLine> taxes = Quote.TaxLine.of(Quote.TaxLine.goods(lines, Quote.Line::rate, Quote.Line::amount),
				shipping.plus(cod));
		boolean liquor = priced.stream().anyMatch((line) -> line.product().kind() == ProductKind.LIQUOR);
		return new Quote(shipments, items, shipping, cod, items.plus(shipping).plus(cod), taxes, payment, liquor);
	}

	/**
	 * The ways to pay the shop offers now: cards only with a payment provider configured.
	 */
	public List<PaymentMethod> paymentMethods() {
		return java.util.Arrays.stream(PaymentMethod.values())
			.filter((method) -> method != PaymentMethod.CARD || this.payments.takesCards())
			.toList();
	}

	/** The tax inside an amount that includes it, rounded down once for the rate. */
	static Yen taxIncludedIn(Yen amount, ConsumptionTaxRate rate) {
		return Yen.of(BigDecimal.valueOf(amount.amount())
			.multiply(rate.percent())
			.divide(BigDecimal.valueOf(100).add(rate.percent()), 0, RoundingMode.DOWN)
			.longValueExact());
	}

	private record Group(UUID producerId, Temperature temperature) {
	}

	private record Offer(ZoneTable table, List<Parcel> parcels, ShippingFee fee) {
	}

	private record Priced(int index, Product product, Variant variant, int quantity, int available,
			LocalDate shipDate) {

		Yen amount() {
			return this.variant.price().times(this.quantity);
		}

		ShipmentItem item(Temperature temperature) {
			return new ShipmentItem(
					Dimensions.ofCentimetres(this.variant.lengthCm(), this.variant.widthCm(), this.variant.heightCm()),
					this.variant.weightGrams(), this.quantity, temperature);
		}

		Quote.Line quote(Language language, LocalDate shipmentDate) {
			return new Quote.Line(this.index, this.product.id(), this.variant.id(), this.product.producerId(),
					this.product.name(language), this.variant.label(), this.product.kind(), this.variant.price(),
					this.product.taxRate(this.variant), this.quantity, this.available, shipmentDate,
					this.product.harvest().map(HarvestWindow::orderCutoff));
		}

	}

}
