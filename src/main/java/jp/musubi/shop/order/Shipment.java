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

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One producer's parcels of an order at one temperature: the method, the planned ship
 * date, the delivery date and slot the buyer asked for (none when left to the carrier),
 * and what it cost.
 */
@Entity
@Table(name = "shop_shipment")
public class Shipment {

	@Id
	private UUID id;

	@Column(name = "order_id", nullable = false)
	private UUID orderId;

	@Column(nullable = false)
	private int position;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Temperature temperature;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ShippingMethod method;

	@Column(name = "ship_date", nullable = false)
	private LocalDate shipDate;

	@Column(name = "delivery_date")
	private LocalDate deliveryDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "time_slot")
	private TimeSlot timeSlot;

	@Column(name = "expected_date", nullable = false)
	private LocalDate expectedDate;

	@Column(nullable = false)
	private int parcels;

	@Column(nullable = false)
	private Yen carriage;

	@Column(name = "cool_surcharge", nullable = false)
	private Yen coolSurcharge;

	@Column(name = "island_surcharge", nullable = false)
	private Yen islandSurcharge;

	@Column(name = "cod_fee", nullable = false)
	private Yen cashOnDeliveryFee;

	@Column(name = "items_total", nullable = false)
	private Yen itemsTotal;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "shipment_id", insertable = false, updatable = false)
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<OrderLine> lines = new ArrayList<>();

	protected Shipment() {
	}

	Shipment(UUID orderId, Quote.Shipment quoted) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.position = quoted.index();
		this.producerId = quoted.producerId();
		this.temperature = quoted.temperature();
		this.method = quoted.method();
		this.shipDate = quoted.delivery().shipDate();
		this.deliveryDate = quoted.delivery().date().orElse(null);
		this.timeSlot = quoted.delivery().slot().orElse(null);
		this.expectedDate = quoted.delivery().expected();
		this.parcels = quoted.parcels().size();
		this.carriage = quoted.fee().carriage();
		this.coolSurcharge = quoted.fee().cool();
		this.islandSurcharge = quoted.fee().island();
		this.cashOnDeliveryFee = quoted.cashOnDeliveryFee();
		this.itemsTotal = quoted.itemsTotal();
		quoted.lines().forEach((line) -> this.lines.add(new OrderLine(orderId, this.id, line)));
	}

	/**
	 * Handed to the carrier with this tracking number.
	 * @throws InputRefused on {@code trackingNumber} when it has gone already or the
	 * number is not 10 to 14 digits (hyphens allowed), as Yamato's and Japan Post's
	 * numbers are
	 */
	void ship(String trackingNumber, Instant now) {
		if (this.shippedAt != null) {
			throw new InputRefused("trackingNumber", "shop.shipment.refused.shipped");
		}
		String typed = JapaneseText.normalizeToNull(trackingNumber);
		String digits = (typed != null) ? typed.replaceAll("[\\s\\-]", "") : "";
		if (!digits.matches("\\d{10,14}")) {
			throw new InputRefused("trackingNumber", "shop.shipment.refused.trackingNumber");
		}
		this.trackingNumber = digits;
		this.shippedAt = now;
	}

	/**
	 * Reached its buyer on the day the producer read from the carrier's tracking.
	 * @param on the day it was delivered, in Japan; {@code null} for today
	 * @throws InputRefused on {@code deliveredOn} when it has not gone yet, was reported
	 * delivered already, or the day is before the day it went or after today
	 */
	void deliver(LocalDate on, Instant now) {
		if (this.shippedAt == null) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.notShipped");
		}
		if (this.deliveredAt != null) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.delivered");
		}
		LocalDate today = LocalDate.ofInstant(now, Dates.JAPAN);
		LocalDate day = (on != null) ? on : today;
		if (day.isAfter(today)) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.deliveredLater");
		}
		if (day.isBefore(LocalDate.ofInstant(this.shippedAt, Dates.JAPAN))) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.deliveredBeforeShipped");
		}
		// Only the day is known of a delivery reported later; the rules count days.
		this.deliveredAt = day.equals(today) ? now : day.atStartOfDay(Dates.JAPAN).toInstant();
	}

	/** Where the shipment stands: still to pack, with the carrier, or delivered. */
	public Progress progress() {
		if (this.deliveredAt != null) {
			return Progress.DELIVERED;
		}
		return (this.shippedAt != null) ? Progress.SHIPPED : Progress.TO_SHIP;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public UUID id() {
		return this.id;
	}

	public int position() {
		return this.position;
	}

	public UUID producerId() {
		return this.producerId;
	}

	public Temperature temperature() {
		return this.temperature;
	}

	public ShippingMethod method() {
		return this.method;
	}

	public LocalDate shipDate() {
		return this.shipDate;
	}

	public Optional<LocalDate> deliveryDate() {
		return Optional.ofNullable(this.deliveryDate);
	}

	public Optional<TimeSlot> timeSlot() {
		return Optional.ofNullable(this.timeSlot);
	}

	public LocalDate expectedDate() {
		return this.expectedDate;
	}

	public int parcels() {
		return this.parcels;
	}

	/** Carriage, cool and island surcharges together. */
	public Yen fee() {
		return this.carriage.plus(this.coolSurcharge).plus(this.islandSurcharge);
	}

	public Yen carriage() {
		return this.carriage;
	}

	public Yen coolSurcharge() {
		return this.coolSurcharge;
	}

	public Yen islandSurcharge() {
		return this.islandSurcharge;
	}

	public Yen cashOnDeliveryFee() {
		return this.cashOnDeliveryFee;
	}

	public Yen itemsTotal() {
		return this.itemsTotal;
	}

	/**
	 * What the carrier collects at the door, or the shipment's share of a prepaid total.
	 */
	public Yen total() {
		return this.itemsTotal.plus(fee()).plus(this.cashOnDeliveryFee);
	}

	/** What this shipment charges at each rate and the tax in it. */
	public List<Quote.TaxLine> taxes() {
		return taxesOf(List.of(this));
	}

	/**
	 * What shipments charge together at each rate and the tax in it, rounded once per
	 * rate: what one invoice for them shows.
	 */
	public static List<Quote.TaxLine> taxesOf(List<Shipment> shipments) {
		List<OrderLine> lines = shipments.stream().flatMap((shipment) -> shipment.lines.stream()).toList();
		Yen services = shipments.stream()
			.map((shipment) -> shipment.fee().plus(shipment.cashOnDeliveryFee))
			.reduce(Yen.ZERO, Yen::plus);
		return Quote.TaxLine.of(Quote.TaxLine.goods(lines, OrderLine::taxRate, OrderLine::amount), services);
	}

	public Optional<String> trackingNumber() {
		return Optional.ofNullable(this.trackingNumber);
	}

	public Optional<Instant> shippedAt() {
		return Optional.ofNullable(this.shippedAt);
	}

	public Optional<Instant> deliveredAt() {
		return Optional.ofNullable(this.deliveredAt);
	}

	/** The day it was delivered, in Japan. */
	public Optional<LocalDate> deliveredOn() {
		return deliveredAt().map((at) -> LocalDate.ofInstant(at, Dates.JAPAN));
	}

	/** The day it went, in Japan. */
	public Optional<LocalDate> shippedOn() {
		return shippedAt().map((at) -> LocalDate.ofInstant(at, Dates.JAPAN));
	}

	public List<OrderLine> lines() {
		return List.copyOf(this.lines);
	}

	public boolean hasLiquor() {
		return this.lines.stream().anyMatch(OrderLine::isLiquor);
	}

	/** Where a shipment stands, as its buyer and its producer read it. */
	public enum Progress {

		TO_SHIP, SHIPPED, DELIVERED;

		public String messageKey() {
			return "shop.shipment.progress." + name();
		}

	}

}
