package jp.musubi.shop.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.pdf.PdfDownload;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.fulfilment.B2CustomerCode;
import jp.musubi.shop.fulfilment.B2Csv;
import jp.musubi.shop.fulfilment.B2Label;
import jp.musubi.shop.fulfilment.IssuedLabel;
import jp.musubi.shop.fulfilment.TrackingImport;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Carrier;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.storefront.Location;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A producer's side of its orders: the shipments to pack, by planned ship date, each with
 * the order it belongs to and its packing slip, handing one to the carrier with its
 * tracking number, and reporting it delivered. A producer sees only its own shipments and
 * the addresses they go to; another producer's are not found.
 */
@Service
public class Fulfilment {

	private final ShipmentRepository shipments;

	private final OrderRepository orders;

	private final Products products;

	private final ApplicationEventPublisher events;

	private final Storefronts storefronts;

	private final MessageSource messages;

	private final B2ContractRepository contracts;

	private final PackingSlips slips;

	private final Clock clock;

	private final TransactionTemplate reading;

	Fulfilment(ShipmentRepository shipments, OrderRepository orders, Products products, Storefronts storefronts,
			B2ContractRepository contracts, PackingSlips slips, MessageSource messages,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.storefronts = storefronts;
		this.contracts = contracts;
		this.slips = slips;
		this.messages = messages;
		this.shipments = shipments;
		this.orders = orders;
		this.products = products;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The producer's shipments to send, the earliest planned first.
	 * @throws NotFound when the keeper does not act for the producer
	 */
	@Transactional(readOnly = true)
	public Page<ToShip> toShip(Keeper keeper, UUID producerId, Pageable pageable) {
		this.products.requireProducer(keeper, producerId);
		return this.shipments.findToShip(producerId, pageable)
			.map((shipment) -> new ToShip(this.orders.findById(shipment.orderId()).orElseThrow(), shipment));
	}

	/**
	 * The producer's shipments with the carrier and not reported delivered, the earliest
	 * gone first.
	 * @throws NotFound when the keeper does not act for the producer
	 */
	@Transactional(readOnly = true)
	public Page<ToShip> inTransit(Keeper keeper, UUID producerId, Pageable pageable) {
		this.products.requireProducer(keeper, producerId);
		return this.shipments.findInTransit(producerId, pageable)
			.map((shipment) -> new ToShip(this.orders.findById(shipment.orderId()).orElseThrow(), shipment));
	}

	/**
	 * Hands a shipment to the carrier.
	 * @throws NotFound when there is no such shipment of a producer the keeper acts for
	 * @throws InputRefused on {@code trackingNumber} when it cannot go (see
	 * {@link Order#ship})
	 */
	@Transactional
	public Reported ship(Keeper keeper, UUID shipmentId, String trackingNumber) {
		Order order = orderOf(keeper, shipmentId);
		Shipment shipped = order.ship(shipmentId, trackingNumber, this.clock.instant());
		this.events.publishEvent(new ShipmentShipped(order.id(), shipmentId));
		return new Reported(order, shipped);
	}

	/**
	 * Reports a shipment delivered, as the carrier's tracking shows it; the buyer is
	 * mailed.
	 * @param on the day it was delivered, or {@code null} for today
	 * @throws NotFound when there is no such shipment of a producer the keeper acts for
	 * @throws InputRefused on {@code deliveredOn} when it cannot be delivered on that day
	 * (see {@link Order#deliver})
	 */
	@Transactional
	public Reported deliver(Keeper keeper, UUID shipmentId, LocalDate on) {
		Order order = orderOf(keeper, shipmentId);
		Shipment delivered = order.deliver(shipmentId, on, this.clock.instant());
		this.events.publishEvent(new ShipmentDelivered(order.id(), shipmentId));
		return new Reported(order, delivered);
	}

	/**
	 * The packing slip (納品書) of one of the producer's shipments, in its buyer's language.
	 * It is set after the shipment is read, outside the transaction, so that a slow
	 * document holds no connection.
	 * @param locale the reader's language, for the document's title
	 * @throws NotFound when there is no such shipment of a producer the keeper acts for
	 */
	public PdfDownload packingSlip(Keeper keeper, UUID shipmentId, Locale locale) {
		ToShip slip = this.reading.execute((status) -> {
			Order order = orderOf(keeper, shipmentId);
			return new ToShip(order, order.shipment(shipmentId));
		});
		byte[] pdf = this.slips.render(List.of(slip), storefront(slip.shipment().producerId()), locale);
		return new PdfDownload("packing-slip-" + reference(slip.order(), slip.shipment()) + ".pdf", pdf);
	}

	/**
	 * The packing slips of every shipment the producer has to send, one a page, the
	 * earliest planned first: what a producer prints before packing the day's parcels.
	 * @throws NotFound when the keeper does not act for the producer
	 * @throws InputRefused on {@code slips} when there is nothing to send
	 */
	public PdfDownload packingSlips(Keeper keeper, UUID producerId, Locale locale) {
		List<ToShip> toShip = this.reading
			.execute((status) -> toShip(keeper, producerId, Pageable.unpaged()).getContent());
		if (toShip.isEmpty()) {
			throw new InputRefused("slips", "shop.shipments.refused.noSlips");
		}
		return new PdfDownload("packing-slips-" + Dates.today(this.clock) + ".pdf",
				this.slips.render(toShip, storefront(producerId), locale));
	}

	/**
	 * The ご請求先顧客コード the producer keeps for its B2 exports.
	 * @throws NotFound when the keeper does not act for the producer
	 */
	@Transactional(readOnly = true)
	public Optional<B2CustomerCode> b2CustomerCode(Keeper keeper, UUID producerId) {
		this.products.requireProducer(keeper, producerId);
		return this.contracts.findById(producerId).map(B2Contract::customerCode);
	}

	/**
	 * Keeps the producer's ご請求先顧客コード, which every later B2 export uses unless its form
	 * says another.
	 * @throws NotFound when the keeper does not act for the producer
	 * @throws InputRefused on {@code customerCode} when it is not ten to twelve digits
	 */
	@Transactional
	public B2CustomerCode keepB2CustomerCode(Keeper keeper, UUID producerId, String typed) {
		this.products.requireProducer(keeper, producerId);
		B2CustomerCode code = B2CustomerCode.typed(typed)
			.orElseThrow(() -> new InputRefused(B2CustomerCode.FIELD, "shop.shipments.refused.customerCode"));
		this.contracts.findById(producerId)
			.ifPresentOrElse((contract) -> contract.change(code, this.clock.instant()),
					() -> this.contracts.save(new B2Contract(producerId, code, this.clock.instant())));
		return code;
	}

	/**
	 * The labels of the producer's Yamato shipments still to send, as ヤマトB2クラウド imports
	 * them; each label's reference (お客様管理番号) is the order number and the shipment's place
	 * in it, which the tracking import matches on.
	 * @param customerCode the ご請求先顧客コード of the producer's Yamato contract, or
	 * {@code null} (or blank) for the one the producer keeps
	 * @throws NotFound when the keeper does not act for the producer
	 * @throws InputRefused on {@code customerCode} when it is not 10 to 12 digits, or
	 * none was given and none is kept, and on {@code labels} for a character B2 cannot
	 * print
	 */
	@Transactional(readOnly = true)
	public byte[] labels(Keeper keeper, UUID producerId, String customerCode) {
		this.products.requireProducer(keeper, producerId);
		String code = B2CustomerCode.typed(customerCode)
			.or(() -> this.contracts.findById(producerId).map(B2Contract::customerCode))
			.orElseThrow(() -> new InputRefused(B2CustomerCode.FIELD, "shop.shipments.refused.customerCode"))
			.digits();
		B2Label.Party sender = sender(producerId);
		List<B2Label> labels = new ArrayList<>();
		for (Shipment shipment : this.shipments.findToShip(producerId, Pageable.unpaged()).getContent()) {
			if (shipment.method().carrier() != Carrier.YAMATO) {
				continue;
			}
			Order order = this.orders.findById(shipment.orderId()).orElseThrow();
			labels.add(label(order, shipment, sender, code));
		}
		return B2Csv.write(labels);
	}

	/**
	 * Marks shipped every shipment a file of tracking numbers names, in one go: a file
	 * that names a shipment the producer does not have to send changes nothing.
	 * @return how many shipments were marked
	 * @throws InputRefused on {@code file} for a file that cannot be read, with its line
	 */
	@Transactional
	public int importTracking(Keeper keeper, UUID producerId, byte[] file) {
		this.products.requireProducer(keeper, producerId);
		List<IssuedLabel> issued = TrackingImport.read(file);
		Map<String, Shipment> open = new HashMap<>();
		for (Shipment shipment : this.shipments.findToShip(producerId, Pageable.unpaged()).getContent()) {
			Order order = this.orders.findById(shipment.orderId()).orElseThrow();
			open.put(reference(order, shipment), shipment);
		}
		Map<String, String> numbers = new LinkedHashMap<>();
		for (IssuedLabel label : issued) {
			if (!open.containsKey(label.customerReference())) {
				throw new InputRefused(TrackingImport.FILE, "shop.shipments.refused.unknownReference", label.line(),
						label.customerReference());
			}
			// A shipment of several parcels has a label each: the first number tracks it.
			numbers.putIfAbsent(label.customerReference(), label.trackingNumber());
		}
		numbers.forEach((reference, number) -> {
			Shipment shipment = open.get(reference);
			Order order = this.orders.findById(shipment.orderId()).orElseThrow();
			order.ship(shipment.id(), number, this.clock.instant());
			this.events.publishEvent(new ShipmentShipped(order.id(), shipment.id()));
		});
		return numbers.size();
	}

	private B2Label label(Order order, Shipment shipment, B2Label.Party sender, String customerCode) {
		Addressee to = order.deliverTo();
		boolean collect = !shipment.cashOnDeliveryFee().isZero();
		B2Label.Kind kind = (shipment.method() == ShippingMethod.NEKOPOS) ? B2Label.Kind.NEKOPOS
				: collect ? B2Label.Kind.COLLECT : B2Label.Kind.PREPAID;
		List<OrderLine> lines = shipment.lines();
		String item = lines.get(0).productName() + ((lines.size() > 1) ? " ほか" : "");
		return new B2Label(reference(order, shipment), kind, shipment.temperature(), shipment.shipDate(),
				kind.takesTimeSlot() ? shipment.deliveryDate() : Optional.empty(),
				kind.takesTimeSlot() ? shipment.timeSlot() : Optional.empty(),
				new B2Label.Party(to.name(), phone(to.phone()), to.postal().orElseThrow(),
						to.prefecture() != null ? prefectureName(to) + to.address() : to.address(), ""),
				sender, item, collect ? Optional.of(shipment.total()) : Optional.empty(),
				collect ? Optional.of(taxIn(shipment)) : Optional.empty(), shipment.parcels(), customerCode, "01");
	}

	/**
	 * The consumption tax inside what the driver collects, rounded down once per rate.
	 */
	private static Yen taxIn(Shipment shipment) {
		return shipment.taxes().stream().map(Quote.TaxLine::tax).reduce(Yen.ZERO, Yen::plus);
	}

	/**
	 * The order of one of the keeper's producer's shipments.
	 * @throws NotFound when there is no such shipment of a producer the keeper acts for
	 */
	private Order orderOf(Keeper keeper, UUID shipmentId) {
		Shipment shipment = this.shipments.findById(shipmentId).orElseThrow(() -> new NotFound("shipment", shipmentId));
		try {
			this.products.requireProducer(keeper, shipment.producerId());
		}
		catch (NotFound notTheirs) {
			throw new NotFound("shipment", shipmentId);
		}
		return this.orders.findById(shipment.orderId()).orElseThrow();
	}

	private Storefront storefront(UUID producerId) {
		return this.storefronts.find(producerId).orElseThrow(() -> new NotFound("producer", producerId));
	}

	private B2Label.Party sender(UUID producerId) {
		Storefront storefront = storefront(producerId);
		Location location = storefront.location();
		String address = ((location.prefecture() != null)
				? this.messages.getMessage(location.prefecture().messageKey(), null, Locale.JAPANESE) : "")
				+ Objects.requireNonNullElse(location.address(), "");
		return new B2Label.Party(storefront.notice().legalName(), phone(storefront.notice().phone()),
				PostalCode.parse(location.postalCode()).orElseThrow(), address, "");
	}

	private String prefectureName(Addressee to) {
		return this.messages.getMessage(to.prefecture().messageKey(), null, Locale.JAPANESE);
	}

	/** A phone as B2 takes it: digits and hyphens, full-width digits made half-width. */
	private static String phone(String typed) {
		return JapaneseText.normalize(typed).replaceAll("[^0-9-]", "");
	}

	/** The label's reference: the order number and the shipment's place in the order. */
	static String reference(Order order, Shipment shipment) {
		return order.number() + "-" + (shipment.position() + 1);
	}

	/** A shipment with the order it belongs to. */
	public record ToShip(Order order, Shipment shipment) {
	}

	/** A shipment reported shipped or delivered, with its order as that left it. */
	public record Reported(Order order, Shipment shipment) {
	}

}
