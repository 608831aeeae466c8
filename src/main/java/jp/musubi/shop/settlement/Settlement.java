package jp.musubi.shop.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;

/**
 * A producer's settlement (精算書) for a month, closed once the month is over: what its
 * shipments of that month sold, what the agent collected for them (orders paid in
 * advance) and what the carrier collected at the door (cash on delivery, which the
 * producer's own carrier account receives), the agent's commission on the goods with its
 * consumption tax, and what the agent pays the producer. When the commission is more than
 * the agent collected, the producer owes the rest, and it is taken from the next month.
 */
@Entity
@Table(name = "shop_settlement")
public class Settlement {

	@Id
	private UUID id;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "settled_month", nullable = false)
	private String month;

	@Column(name = "closed_at", nullable = false)
	private Instant closedAt;

	@Column(name = "commission_percent", nullable = false)
	private BigDecimal commissionPercent;

	@Column(nullable = false)
	private Yen goods;

	@Column(nullable = false)
	private Yen shipping;

	@Column(name = "cod_fees", nullable = false)
	private Yen cashOnDeliveryFees;

	@Column(name = "collected_by_agent", nullable = false)
	private Yen collectedByAgent;

	@Column(name = "collected_at_door", nullable = false)
	private Yen collectedAtTheDoor;

	@Column(nullable = false)
	private Yen commission;

	@Column(name = "commission_tax", nullable = false)
	private Yen commissionTax;

	@Column(name = "owed_before", nullable = false)
	private Yen owedBefore;

	@Column(nullable = false)
	private Yen payout;

	@Column(name = "owed_after", nullable = false)
	private Yen owedAfter;

	@Column(name = "exported_at")
	private Instant exportedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_settlement_line", joinColumns = @JoinColumn(name = "settlement_id"))
	@OrderColumn(name = "position")
	private List<Line> lines = new ArrayList<>();

	protected Settlement() {
	}

	private Settlement(UUID producerId, YearMonth month, BigDecimal percent, List<Line> lines, Yen owedBefore,
			Instant now) {
		this.id = UUID.randomUUID();
		this.producerId = producerId;
		this.month = month.toString();
		this.closedAt = now;
		this.commissionPercent = percent;
		this.lines = new ArrayList<>(lines);
		this.goods = sum(lines, Line::goods);
		this.shipping = sum(lines, Line::shipping);
		this.cashOnDeliveryFees = sum(lines, Line::cashOnDeliveryFee);
		this.collectedByAgent = sum(lines.stream().filter((line) -> !line.atTheDoor()).toList(), Line::total);
		this.collectedAtTheDoor = sum(lines.stream().filter(Line::atTheDoor).toList(), Line::total);
		// The commission is on the goods alone: carriage and the collection fee pass to
		// the
		// carrier. It is the agent's service to the producer, taxed at the standard rate.
		this.commission = this.goods.floorPercent(percent);
		this.commissionTax = ConsumptionTaxRate.STANDARD.taxOn(this.commission);
		this.owedBefore = owedBefore;
		long balance = this.collectedByAgent.amount() - this.commission.amount() - this.commissionTax.amount()
				- owedBefore.amount();
		this.payout = Yen.of(Math.max(balance, 0));
		this.owedAfter = Yen.of(Math.max(-balance, 0));
	}

	/**
	 * Closes a producer's month.
	 * @param percent the commission the producer's terms name for the month
	 * @param owedBefore what the producer still owed after the month before
	 */
	static Settlement close(UUID producerId, YearMonth month, BigDecimal percent, List<Line> lines, Yen owedBefore,
			Instant now) {
		return new Settlement(producerId, month, percent, lines, owedBefore, now);
	}

	/** The file that pays it was written: the agent's bank is asked to pay it. */
	void exported(Instant at) {
		if (this.exportedAt == null) {
			this.exportedAt = at;
		}
	}

	private static <T> Yen sum(List<T> items, java.util.function.Function<T, Yen> amount) {
		return items.stream().map(amount).reduce(Yen.ZERO, Yen::plus);
	}

	public UUID id() {
		return this.id;
	}

	public UUID producerId() {
		return this.producerId;
	}

	public YearMonth month() {
		return YearMonth.parse(this.month);
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public BigDecimal commissionPercent() {
		return this.commissionPercent.stripTrailingZeros();
	}

	public Yen goods() {
		return this.goods;
	}

	public Yen shipping() {
		return this.shipping;
	}

	public Yen cashOnDeliveryFees() {
		return this.cashOnDeliveryFees;
	}

	/** What buyers paid the agent in advance for these shipments. */
	public Yen collectedByAgent() {
		return this.collectedByAgent;
	}

	/** What the carrier collected at the door for the producer. */
	public Yen collectedAtTheDoor() {
		return this.collectedAtTheDoor;
	}

	public Yen commission() {
		return this.commission;
	}

	public Yen commissionTax() {
		return this.commissionTax;
	}

	/** The commission with its tax: what the agent charges. */
	public Yen charged() {
		return this.commission.plus(this.commissionTax);
	}

	public Yen owedBefore() {
		return this.owedBefore;
	}

	/** What the agent pays the producer for the month. */
	public Yen payout() {
		return this.payout;
	}

	/** What the producer still owes, taken from the next month. */
	public Yen owedAfter() {
		return this.owedAfter;
	}

	public Optional<Instant> exportedAt() {
		return Optional.ofNullable(this.exportedAt);
	}

	public List<Line> lines() {
		return List.copyOf(this.lines);
	}

	/**
	 * A shipment settled, as it stood when the month closed.
	 *
	 * @param atTheDoor whether the carrier collected its money, not the agent
	 */
	@Embeddable
	public record Line(@Column(name = "order_number", nullable = false) long orderNumber,
			@Column(name = "shipped_on", nullable = false) LocalDate shippedOn,
			@Column(name = "goods", nullable = false) Yen goods,
			@Column(name = "shipping", nullable = false) Yen shipping,
			@Column(name = "cod_fee", nullable = false) Yen cashOnDeliveryFee,
			@Column(name = "at_the_door", nullable = false) boolean atTheDoor) {

		/** What the buyer paid for the shipment. */
		public Yen total() {
			return this.goods.plus(this.shipping).plus(this.cashOnDeliveryFee);
		}

		/** The order number as shown, without grouping. */
		public String number() {
			return Long.toString(this.orderNumber);
		}

	}

}
