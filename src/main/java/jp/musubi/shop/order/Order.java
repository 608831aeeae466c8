package jp.musubi.shop.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A buyer's order across producers, as they agreed to it on the confirmation screen: one
 * shipment per producer and temperature, each line with the price and rate of that
 * moment. It moves from awaiting payment (or preparing, when paid at the door) through
 * shipped and delivered to completed, once the days in which the buyer may send goods
 * back have passed; unpaid by its deadline, it expires.
 */
@Entity
@Table(name = "shop_order")
public class Order {

	@Id
	private UUID id;

	@Column(nullable = false)
	private long number;

	@Column(name = "person_id")
	private UUID personId;

	@Column(nullable = false)
	private String email;

	@Column(name = "buyer_name", nullable = false)
	private String buyerName;

	@Column(name = "buyer_phone", nullable = false)
	private String buyerPhone;

	@Column(name = "buyer_postal_code", nullable = false)
	private String buyerPostalCode;

	@Column(name = "buyer_prefecture", nullable = false)
	private String buyerPrefecture;

	@Column(name = "buyer_address", nullable = false)
	private String buyerAddress;

	@Column(name = "recipient_name")
	private String recipientName;

	@Column(name = "recipient_phone")
	private String recipientPhone;

	@Column(name = "recipient_postal_code")
	private String recipientPostalCode;

	@Column(name = "recipient_prefecture")
	private String recipientPrefecture;

	@Column(name = "recipient_address")
	private String recipientAddress;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_method", nullable = false)
	private PaymentMethod paymentMethod;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderState state;

	@Column(name = "items_total", nullable = false)
	private Yen itemsTotal;

	@Column(name = "shipping_total", nullable = false)
	private Yen shippingTotal;

	@Column(name = "cod_fee_total", nullable = false)
	private Yen cashOnDeliveryFees;

	@Column(nullable = false)
	private Yen total;

	// Kept to show the age was asked as the law on liquor sales expects, not only ticked.
	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	@Column(name = "request_fingerprint")
	private String requestFingerprint;

	@Column(name = "view_token", nullable = false)
	private String viewToken;

	@Column(name = "placed_at", nullable = false)
	private Instant placedAt;

	@Column(name = "pay_by")
	private Instant payBy;

	@Column(name = "paid_at")
	private Instant paidAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "order_id", insertable = false, updatable = false)
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Shipment> shipments = new ArrayList<>();

	@Version
	private long version;

	/** How long before a transfer's deadline its buyer is reminded. */
	static final java.time.Duration REMIND_BEFORE = java.time.Duration.ofDays(1);

	/**
	 * Days, the day of delivery counted, in which the buyer may still send goods back or
	 * report them damaged: 特定商取引法 第15条の3 gives a mail-order buyer eight days from
	 * receiving the goods unless the seller's notice states other return terms, and a
	 * producer's own terms (perishables, often none for the buyer's convenience) are not
	 * longer. The order stays open through them, and is completed the day after.
	 */
	static final int RETURN_DAYS = 8;

	/**
	 * Days, the day the last shipment went counted, after which an order nobody reported
	 * delivered is completed all the same: a parcel takes one to three days on the main
	 * islands and up to about six to most remote ones, and the return days follow. A
	 * parcel to 父島 takes longer (the ship sails about once in six days); its producer
	 * reports the delivery, and the return days then count from it.
	 */
	static final int UNREPORTED_DAYS = 14;

	protected Order() {
	}

	Order(long number, CheckoutRequest request, Quote quote, Placing placing) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.personId = request.personId();
		this.email = request.email().strip();
		Addressee buyer = request.buyer();
		this.buyerName = buyer.name();
		this.buyerPhone = buyer.phone();
		this.buyerPostalCode = buyer.postal().orElseThrow().value();
		this.buyerPrefecture = buyer.prefecture().code();
		this.buyerAddress = buyer.address();
		request.recipient().ifPresent((recipient) -> {
			this.recipientName = recipient.name();
			this.recipientPhone = recipient.phone();
			this.recipientPostalCode = recipient.postal().orElseThrow().value();
			this.recipientPrefecture = recipient.prefecture().code();
			this.recipientAddress = recipient.address();
		});
		this.language = request.language().tag();
		this.paymentMethod = quote.payment();
		this.itemsTotal = quote.itemsTotal();
		this.shippingTotal = quote.shippingTotal();
		this.cashOnDeliveryFees = quote.cashOnDeliveryFees();
		this.total = quote.total();
		this.birthDate = quote.liquor() ? request.birthDate() : null;
		this.idempotencyKey = placing.idempotencyKey();
		this.requestFingerprint = placing.fingerprint();
		this.viewToken = placing.viewToken();
		this.placedAt = placing.now();
		if (quote.payment() == PaymentMethod.CASH_ON_DELIVERY) {
			this.state = OrderState.PREPARING;
		}
		else {
			this.state = OrderState.AWAITING_PAYMENT;
			this.payBy = placing.payBy();
		}
		quote.shipments().forEach((shipment) -> this.shipments.add(new Shipment(this.id, shipment)));
	}

	/**
	 * The payment came in: the order goes to its producers. A payment for an order that
	 * expired meanwhile is left for the agent to refund; it does not revive the order,
	 * whose units may be sold already.
	 * @return whether the order took the payment
	 */
	boolean pay(Instant at) {
		if (this.state != OrderState.AWAITING_PAYMENT) {
			return false;
		}
		this.state = OrderState.PAID;
		this.paidAt = at;
		return true;
	}

	/**
	 * Whether the buyer is to be reminded of the payment deadline now: awaiting a
	 * transfer, within a day of the deadline, and not reminded before.
	 * @return whether to remind, marked so it is asked once
	 */
	boolean remind(Instant now) {
		if (this.state != OrderState.AWAITING_PAYMENT || this.paymentMethod != PaymentMethod.BANK_TRANSFER
				|| this.payBy == null || this.remindedAt != null || this.payBy.isBefore(now)
				|| this.payBy.isAfter(now.plus(REMIND_BEFORE))) {
			return false;
		}
		this.remindedAt = now;
		return true;
	}

	/**
	 * No payment came by the deadline.
	 * @return whether it expired now, so its units are to be given back
	 */
	boolean expire(Instant now) {
		if (this.state != OrderState.AWAITING_PAYMENT || this.payBy == null || this.payBy.isAfter(now)) {
			return false;
		}
		this.state = OrderState.EXPIRED;
		this.closedAt = now;
		return true;
	}

	/**
	 * The producer handed a shipment to the carrier; once every shipment has gone, the
	 * order is shipped.
	 * @throws InputRefused on {@code trackingNumber} when the order is not paid (or paid
	 * at the door), the shipment has gone already, or the number is not a carrier's
	 */
	Shipment ship(UUID shipmentId, String trackingNumber, Instant now) {
		if (this.state != OrderState.PAID && this.state != OrderState.PREPARING) {
			throw new InputRefused("trackingNumber", "shop.shipment.refused.notReady");
		}
		Shipment shipment = shipment(shipmentId);
		shipment.ship(trackingNumber, now);
		if (this.shipments.stream().allMatch((each) -> each.shippedAt().isPresent())) {
			this.state = OrderState.SHIPPED;
		}
		return shipment;
	}

	/**
	 * A shipment reached the buyer; once every shipment has, the order is delivered.
	 * @param on the day it was delivered, or {@code null} for today
	 * @throws InputRefused on {@code deliveredOn} when the order is closed (expired,
	 * cancelled, completed), or the shipment cannot be delivered on that day (see
	 * {@link Shipment#deliver})
	 */
	Shipment deliver(UUID shipmentId, LocalDate on, Instant now) {
		if (this.state != OrderState.PAID && this.state != OrderState.PREPARING && this.state != OrderState.SHIPPED) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.closed");
		}
		Shipment shipment = shipment(shipmentId);
		shipment.deliver(on, now);
		if (this.shipments.stream().allMatch((each) -> each.deliveredAt().isPresent())) {
			this.state = OrderState.DELIVERED;
		}
		return shipment;
	}

	/**
	 * Closes an order whose goods arrived and whose return days have passed: every
	 * shipment delivered {@link #RETURN_DAYS} ago, or, when a shipment's delivery was
	 * never reported, gone {@link #UNREPORTED_DAYS} ago.
	 * @return whether it was completed now
	 */
	boolean complete(Instant now) {
		if (this.state != OrderState.DELIVERED && this.state != OrderState.SHIPPED) {
			return false;
		}
		Cutoffs cutoffs = Cutoffs.at(now);
		for (Shipment shipment : this.shipments) {
			boolean settled = shipment.deliveredAt()
				.map((delivered) -> delivered.isBefore(cutoffs.deliveredBefore()))
				.orElseGet(() -> shipment.shippedAt().orElseThrow().isBefore(cutoffs.shippedBefore()));
			if (!settled) {
				return false;
			}
		}
		this.state = OrderState.COMPLETED;
		this.closedAt = now;
		return true;
	}

	/**
	 * One of its shipments.
	 * @throws NotFound when it has no such shipment
	 */
	Shipment shipment(UUID shipmentId) {
		return this.shipments.stream()
			.filter((candidate) -> candidate.id().equals(shipmentId))
			.findFirst()
			.orElseThrow(() -> new NotFound("shipment", shipmentId));
	}

	/** Whether the order's page may be shown to someone holding this token or person. */
	boolean isSeenBy(UUID person, String token) {
		return (person != null && person.equals(this.personId))
				|| (token != null && java.security.MessageDigest.isEqual(token.getBytes(), this.viewToken.getBytes()));
	}

	public UUID id() {
		return this.id;
	}

	public long number() {
		return this.number;
	}

	public Optional<UUID> personId() {
		return Optional.ofNullable(this.personId);
	}

	public String email() {
		return this.email;
	}

	public Addressee buyer() {
		return new Addressee(this.buyerName, this.buyerPhone, this.buyerPostalCode,
				Prefecture.ofCode(this.buyerPrefecture).orElseThrow(), this.buyerAddress);
	}

	/** Where the parcels go when it is not the buyer: a gift. */
	public Optional<Addressee> recipient() {
		if (this.recipientName == null) {
			return Optional.empty();
		}
		return Optional.of(new Addressee(this.recipientName, this.recipientPhone, this.recipientPostalCode,
				Prefecture.ofCode(this.recipientPrefecture).orElseThrow(), this.recipientAddress));
	}

	public Addressee deliverTo() {
		return recipient().orElseGet(this::buyer);
	}

	public Language language() {
		return Language.fromTag(this.language).orElse(Language.DEFAULT);
	}

	public PaymentMethod paymentMethod() {
		return this.paymentMethod;
	}

	public OrderState state() {
		return this.state;
	}

	public Yen itemsTotal() {
		return this.itemsTotal;
	}

	public Yen shippingTotal() {
		return this.shippingTotal;
	}

	public Yen cashOnDeliveryFees() {
		return this.cashOnDeliveryFees;
	}

	public Yen total() {
		return this.total;
	}

	public Instant placedAt() {
		return this.placedAt;
	}

	/** The payment deadline of an order paid in advance. */
	public Optional<Instant> payBy() {
		return Optional.ofNullable(this.payBy);
	}

	public Optional<Instant> paidAt() {
		return Optional.ofNullable(this.paidAt);
	}

	/**
	 * When the sale was made, as an invoice dates it: the day the payment came in, or,
	 * paid at the door, the day the last shipment left.
	 * @return empty while unpaid or not yet shipped
	 */
	public Optional<Instant> soldAt() {
		if (this.paidAt != null) {
			return Optional.of(this.paidAt);
		}
		if (this.paymentMethod != PaymentMethod.CASH_ON_DELIVERY
				|| this.shipments.stream().anyMatch((shipment) -> shipment.shippedAt().isEmpty())) {
			return Optional.empty();
		}
		return this.shipments.stream().map((shipment) -> shipment.shippedAt().orElseThrow()).max(Instant::compareTo);
	}

	/** When it was completed, expired or cancelled. */
	public Optional<Instant> closedAt() {
		return Optional.ofNullable(this.closedAt);
	}

	public String viewToken() {
		return this.viewToken;
	}

	String requestFingerprint() {
		return this.requestFingerprint;
	}

	public List<Shipment> shipments() {
		return List.copyOf(this.shipments);
	}

	/** Every line, in the cart's order. */
	public List<OrderLine> lines() {
		return this.shipments.stream()
			.flatMap((shipment) -> shipment.lines().stream())
			.sorted(java.util.Comparator.comparingInt(OrderLine::position))
			.toList();
	}

	/** The total at each rate and the tax in it, as the confirmation screen showed it. */
	public List<Quote.TaxLine> taxes() {
		return Quote.TaxLine.of(Quote.TaxLine.goods(lines(), OrderLine::taxRate, OrderLine::amount),
				this.shippingTotal.plus(this.cashOnDeliveryFees));
	}

	public boolean hasLiquor() {
		return lines().stream().anyMatch(OrderLine::isLiquor);
	}

	/**
	 * When a shipment has to have been delivered, or, never reported delivered, to have
	 * gone, for its order to be completed now: the start of a day in Japan, as the law
	 * counts the return days by the calendar.
	 */
	record Cutoffs(Instant deliveredBefore, Instant shippedBefore) {

		static Cutoffs at(Instant now) {
			LocalDate today = LocalDate.ofInstant(now, Dates.JAPAN);
			return new Cutoffs(today.minusDays(RETURN_DAYS - 1).atStartOfDay(Dates.JAPAN).toInstant(),
					today.minusDays(UNREPORTED_DAYS - 1).atStartOfDay(Dates.JAPAN).toInstant());
		}

	}

	/**
	 * What placing the order fixed besides the quote.
	 *
	 * @param payBy the payment deadline for an order paid in advance
	 */
	record Placing(Instant now, Instant payBy, String idempotencyKey, String fingerprint, String viewToken) {
	}

}
