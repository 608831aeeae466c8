package jp.musubi.shop.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.calendar.BankingDays;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.zengin.BankAccount;
import jp.musubi.platform.zengin.BulkTransfer;
import jp.musubi.platform.zengin.BulkTransferWriter;
import jp.musubi.platform.zengin.NewPayee;
import jp.musubi.platform.zengin.Payout;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.storefront.Storefronts;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money after the sale: the agent's commission on each producer's goods, the monthly
 * settlement of what each producer shipped, and the bulk transfer that pays them.
 * Producers read their own terms and statements; the agent's people set commissions,
 * close months and write the transfer file.
 */
@Service
public class Settlements {

	private static final Logger log = LoggerFactory.getLogger(Settlements.class);

	private final SettlementRepository settlements;

	private final CommissionRepository commissions;

	private final PayoutAccountRepository accounts;

	private final Orders orders;

	private final Products products;

	private final Storefronts storefronts;

	private final PayoutSource source;

	private final BankingDays bankingDays;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Settlements(SettlementRepository settlements, CommissionRepository commissions, PayoutAccountRepository accounts,
			Orders orders, Products products, Storefronts storefronts, PayoutSource source, BankingDays bankingDays,
			PlatformTransactionManager transactions, Clock clock) {
		this.settlements = settlements;
		this.commissions = commissions;
		this.accounts = accounts;
		this.orders = orders;
		this.products = products;
		this.storefronts = storefronts;
		this.source = source;
		this.bankingDays = bankingDays;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The commission on a producer's goods in a month, in percent. */
	@Transactional(readOnly = true)
	public BigDecimal commission(UUID producerId, YearMonth month) {
		return this.commissions
			.findFirstByProducerIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDescSetAtDesc(producerId,
					month.atDay(1))
			.map(Commission::percent)
			.orElse(this.source.commissionPercent());
	}

	/**
	 * What a producer's terms with the agent say of money, for its people or the agent's.
	 * @throws NotFound for anyone else
	 */
	@Transactional(readOnly = true)
	public Terms terms(Keeper keeper, UUID producerId) {
		requireReader(keeper, producerId);
		YearMonth now = thisMonth();
		return new Terms(
				producerId, commission(producerId, now), this.commissions
					.findByProducerIdAndEffectiveFromGreaterThanOrderByEffectiveFrom(producerId, now.atEndOfMonth()),
				this.accounts.findById(producerId));
	}

	/**
	 * Sets a producer's commission from a month that has not begun.
	 * @throws NotFound when the person is not one of the agent's people or the producer
	 * does not exist
	 * @throws InputRefused on {@code percent} or {@code from}
	 */
	@Transactional
	public Commission setCommission(UUID personId, UUID producerId, YearMonth from, BigDecimal percent) {
		requireAgent(personId);
		if (this.storefronts.producer(producerId).isEmpty()) {
			throw new NotFound("producer", producerId);
		}
		return this.commissions
			.save(Commission.set(producerId, from, percent, personId, thisMonth(), this.clock.instant()));
	}

	/**
	 * Gives or changes the account a producer is paid into.
	 * @throws NotFound for anyone but the producer's people and system
	 * @throws jp.musubi.platform.refusal.FieldsRefused with each field the banks would
	 * not take; nothing is saved
	 */
	@Transactional
	public PayoutAccount changeAccount(Keeper keeper, UUID producerId, PayoutAccount.Details details) {
		this.products.requireProducer(keeper, producerId);
		Optional<PayoutAccount> found = this.accounts.findById(producerId);
		if (found.isPresent()) {
			found.get().change(details, this.clock.instant());
			return found.get();
		}
		return this.accounts.save(new PayoutAccount(producerId, details, this.clock.instant()));
	}

	/**
	 * Closes a month for every producer that shipped in it or still owes from the month
	 * before; a producer's month closed already stays as it was.
	 * @return how many settlements were closed now
	 * @throws InputRefused on {@code month} for a month not over yet in Japan
	 */
	public int close(YearMonth month) {
		if (!month.isBefore(thisMonth())) {
			throw new InputRefused("month", "shop.settlement.refused.notOver");
		}
		Instant from = month.atDay(1).atStartOfDay(Dates.JAPAN).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Dates.JAPAN).toInstant();
		Map<UUID, List<Settlement.Line>> lines = new LinkedHashMap<>();
		for (Orders.Shipped shipped : this.orders.shippedBetween(from, to)) {
			lines.computeIfAbsent(shipped.shipment().producerId(), (producer) -> new ArrayList<>())
				.add(new Settlement.Line(shipped.orderNumber(),
						LocalDate.ofInstant(shipped.shipment().shippedAt().orElseThrow(), Dates.JAPAN),
						shipped.shipment().itemsTotal(), shipped.shipment().fee(),
						shipped.shipment().cashOnDeliveryFee(), shipped.collectedAtTheDoor()));
		}
		Set<UUID> producers = new LinkedHashSet<>(lines.keySet());
		this.settlements.findByMonth(month.minusMonths(1).toString())
			.stream()
			.filter((before) -> !before.owedAfter().isZero())
			.forEach((before) -> producers.add(before.producerId()));
		int closed = 0;
		for (UUID producer : producers) {
			if (closeOne(producer, month, lines.getOrDefault(producer, List.of()))) {
				closed++;
			}
		}
		return closed;
	}

	/**
	 * Closes a month, as one of the agent's people asks.
	 * @throws NotFound for anyone else
	 * @throws InputRefused on {@code month} for a month not over yet in Japan
	 */
	public int close(UUID personId, YearMonth month) {
		requireAgent(personId);
		return close(month);
	}

	/** Closes last month, early on the first of the next, for the agent to pay. */
	@Recurring(id = "shop-close-settlements", cron = "0 3 1 * *", zoneId = "Asia/Tokyo")
	@Job(name = "Close last month's settlements of the shop's producers")
	public int closeLastMonth() {
		return close(thisMonth().minusMonths(1));
	}

	// Each producer in its own transaction: the monthly job and a person's close may
	// meet,
	// and the one that comes second finds the month closed (or is stopped by the unique
	// month) without undoing the others.
	private boolean closeOne(UUID producer, YearMonth month, List<Settlement.Line> lines) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute((status) -> {
				if (this.settlements.findByProducerIdAndMonth(producer, month.toString()).isPresent()) {
					return false;
				}
				Yen owed = this.settlements
					.findFirstByProducerIdAndMonthLessThanOrderByMonthDesc(producer, month.toString())
					.map(Settlement::owedAfter)
					.orElse(Yen.ZERO);
				this.settlements.save(Settlement.close(producer, month, commission(producer, month), lines, owed,
						this.clock.instant()));
				return true;
			}));
		}
		catch (DataIntegrityViolationException closedMeanwhile) {
			log.info("The settlement of {} for {} was closed meanwhile", producer, month, closedMeanwhile);
			return false;
		}
	}

	/**
	 * A month's settlements as the agent's people see them, with whom each is to be paid.
	 * @throws NotFound for anyone else
	 */
	@Transactional(readOnly = true)
	public List<Row> ofMonth(UUID personId, YearMonth month) {
		requireAgent(personId);
		return this.settlements.findByMonth(month.toString())
			.stream()
			.map((settlement) -> new Row(settlement, producerName(settlement.producerId()),
					this.accounts.existsById(settlement.producerId())))
			.sorted(Comparator.comparing(Row::producerName))
			.toList();
	}

	/**
	 * A producer's settlements, newest first.
	 * @throws NotFound for anyone but its people and the agent's
	 */
	@Transactional(readOnly = true)
	public List<Settlement> ofProducer(Keeper keeper, UUID producerId) {
		requireReader(keeper, producerId);
		return this.settlements.findByProducerIdOrderByMonthDesc(producerId);
	}

	/**
	 * One month's statement of a producer.
	 * @throws NotFound for anyone but its people and the agent's, or a month not closed
	 */
	@Transactional(readOnly = true)
	public Settlement statement(Keeper keeper, UUID producerId, YearMonth month) {
		requireReader(keeper, producerId);
		return this.settlements.findByProducerIdAndMonth(producerId, month.toString())
			.orElseThrow(() -> new NotFound("settlement", producerId));
	}

	/**
	 * The bulk transfer (総合振込) paying a month's settlements to the producers that gave an
	 * account; those without one are left for a later file. The settlements are marked
	 * sent to the bank.
	 * @throws InputRefused on {@code date} for a day that is not a banking day or has
	 * passed; on {@code month} when the agent's account is not configured or nobody is to
	 * be paid
	 */
	@Transactional
	public byte[] transferFile(UUID personId, YearMonth month, LocalDate date) {
		requireAgent(personId);
		BankAccount from = this.source.account()
			.orElseThrow(() -> new InputRefused("month", "shop.settlement.refused.noSource"));
		if (date == null || date.isBefore(LocalDate.ofInstant(this.clock.instant(), Dates.JAPAN))
				|| !this.bankingDays.isBankingDay(date)) {
			throw new InputRefused("date", "shop.settlement.refused.date");
		}
		List<Settlement> paid = new ArrayList<>();
		List<Payout> payouts = new ArrayList<>();
		for (Settlement settlement : this.settlements.findByMonth(month.toString())) {
			Optional<PayoutAccount> account = this.accounts.findById(settlement.producerId());
			if (settlement.payout().isZero() || account.isEmpty()) {
				continue;
			}
			payouts.add(new Payout(account.get().bankAccount(), account.get().holder(), settlement.payout(),
					newPayee(settlement, account.get()), ""));
			paid.add(settlement);
		}
		if (payouts.isEmpty()) {
			throw new InputRefused("month", "shop.settlement.refused.nothingToPay");
		}
		byte[] file = BulkTransferWriter
			.write(new BulkTransfer(this.source.requesterCode(), this.source.requesterName(), date, from, payouts));
		Instant now = this.clock.instant();
		paid.forEach((settlement) -> settlement.exported(now));
		return file;
	}

	/** Whether the agent's account for transfers is configured. */
	public boolean paysByTransfer() {
		return this.source.account().isPresent();
	}

	// Banks check a first payee, or one whose account changed, more closely.
	private NewPayee newPayee(Settlement settlement, PayoutAccount account) {
		return this.settlements
			.findFirstByProducerIdAndIdNotAndExportedAtIsNotNullOrderByExportedAtDesc(account.producerId(),
					settlement.id())
			.map((last) -> account.changedAt().isAfter(last.exportedAt().orElseThrow()) ? NewPayee.CHANGED
					: NewPayee.KNOWN)
			.orElse(NewPayee.FIRST);
	}

	private String producerName(UUID producerId) {
		return this.storefronts.producer(producerId).map((organisation) -> organisation.name()).orElse("");
	}

	private void requireReader(Keeper keeper, UUID producerId) {
		if (settlesForTheAgent(keeper.personId())) {
			if (this.storefronts.producer(producerId).isEmpty()) {
				throw new NotFound("producer", producerId);
			}
			return;
		}
		this.products.requireProducer(keeper, producerId);
	}

	private void requireAgent(UUID personId) {
		if (!settlesForTheAgent(personId)) {
			throw new NotFound("settlements", null);
		}
	}

	/** Whether the person is one of the agent's people, who settle with producers. */
	public boolean settlesForTheAgent(UUID personId) {
		return personId != null && this.storefronts.keepsOperatorNotice(personId);
	}

	private YearMonth thisMonth() {
		return YearMonth.from(this.clock.instant().atZone(Dates.JAPAN));
	}

	/**
	 * A producer's money terms.
	 *
	 * @param percent the commission this month
	 * @param upcoming rates set for months to come
	 */
	public record Terms(UUID producerId, BigDecimal percent, List<Commission> upcoming,
			Optional<PayoutAccount> account) {
	}

	/** A settlement on the agent's list. */
	public record Row(Settlement settlement, String producerName, boolean hasAccount) {
	}

}
