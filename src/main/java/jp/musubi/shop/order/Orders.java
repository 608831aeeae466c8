package jp.musubi.shop.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.stock.Stock;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buyers' orders after checkout: read by the buyer who placed them (signed in, or a guest
 * with the order's secret link), expired, their units given back, when no payment came in
 * time, and completed once their goods arrived and the days for sending them back have
 * passed.
 */
@Service
public class Orders {

	private final OrderRepository orders;

	private final Stock stock;

	private final BankTransfers bankTransfers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Orders(OrderRepository orders, Stock stock, BankTransfers bankTransfers, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.events = events;
		this.bankTransfers = bankTransfers;
		this.orders = orders;
		this.stock = stock;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * An order as its buyer sees it.
	 * @param personId the member asking, or {@code null}
	 * @param token the secret of the guest's link, or {@code null}
	 * @throws NotFound for anyone else, as if it did not exist
	 */
	@Transactional(readOnly = true)
	public Order forBuyer(UUID orderId, UUID personId, String token) {
		return this.orders.findById(orderId)
			.filter((order) -> order.isSeenBy(personId, token))
			.orElseThrow(() -> new NotFound("order", orderId));
	}

	/** An order as the shop's own features read it, whoever asks. */
	@Transactional(readOnly = true)
	public Optional<Order> find(UUID orderId) {
		return this.orders.findById(orderId);
	}

	/**
	 * An order held against every other transaction that asks for it so, until this one
	 * ends: what is done once per order (its invoice) is then done once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Order> lock(UUID orderId) {
		return this.orders.findLocked(orderId);
	}

	/**
	 * The shipments that left their producers in a period, of orders still standing: what
	 * the producers are settled for.
	 */
	@Transactional(readOnly = true)
	public List<Shipped> shippedBetween(Instant from, Instant to) {
		return this.orders.findShippedBetween(from, to).stream().map((row) -> {
			Order order = (Order) row[0];
			return new Shipped(order.number(), order.paymentMethod(), (Shipment) row[1]);
		}).toList();
	}

	/** A shipment that left its producer, with what its order says of the money. */
	public record Shipped(long orderNumber, PaymentMethod payment, Shipment shipment) {

		/** Whether the carrier collected the money at the door, not the agent. */
		public boolean collectedAtTheDoor() {
			return this.payment == PaymentMethod.CASH_ON_DELIVERY;
		}

	}

	/** A member's orders, newest first. */
	@Transactional(readOnly = true)
	public Page<Order> ofPerson(UUID personId, Pageable pageable) {
		return this.orders.findByPersonIdOrderByPlacedAtDesc(personId, pageable);
	}

	/**
	 * Reminds the buyers of orders awaiting a transfer whose deadline is within a day,
	 * once each, so that nobody loses an order for a forgotten transfer without a word.
	 * @return how many were reminded
	 */
	@Recurring(id = "shop-remind-unpaid-orders", interval = "PT1H")
	@Job(name = "Remind buyers of transfers due within a day")
	public int remindUnpaid() {
		java.time.Instant now = this.clock.instant();
		int reminded = 0;
		for (UUID id : this.orders.findToRemind(now, now.plus(Order.REMIND_BEFORE))) {
			Boolean done = this.transaction.execute((status) -> {
				Order order = this.orders.findById(id).orElseThrow();
				if (!order.remind(this.clock.instant())) {
					return false;
				}
				this.events.publishEvent(new PaymentReminderDue(order.id()));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				reminded++;
			}
		}
		return reminded;
	}

	/**
	 * Expires the orders whose payment deadline passed and gives their units back to the
	 * shop, each order in its own transaction so that one failing leaves the rest done.
	 * @return how many expired
	 */
	@Recurring(id = "shop-expire-unpaid-orders", interval = "PT5M")
	@Job(name = "Expire shop orders unpaid by their deadline")
	public int expireUnpaid() {
		int expired = 0;
		for (UUID id : this.orders.findUnpaidPast(this.clock.instant())) {
			Boolean done = this.transaction.execute((status) -> {
				Order order = this.orders.findById(id).orElseThrow();
				if (!order.expire(this.clock.instant())) {
					return false;
				}
				order.lines().forEach((line) -> this.stock.giveBack(line.variantId(), line.quantity()));
				if (order.paymentMethod() == PaymentMethod.BANK_TRANSFER) {
					// A transfer arriving later is not matched to an order that is gone.
					this.bankTransfers.withdraw(Checkout.reference(order));
				}
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				expired++;
			}
		}
		return expired;
	}

	/**
	 * Completes the orders delivered, or shipped and never reported delivered, whose days
	 * for sending goods back have passed (see {@link Order#complete}), each in its own
	 * transaction.
	 * @return how many were completed
	 */
	@Recurring(id = "shop-complete-delivered-orders", interval = "PT1H")
	@Job(name = "Complete shop orders whose return days have passed")
	public int completeDelivered() {
		Order.Cutoffs cutoffs = Order.Cutoffs.at(this.clock.instant());
		int completed = 0;
		for (UUID id : this.orders.findToComplete(cutoffs.deliveredBefore(), cutoffs.shippedBefore())) {
			Boolean done = this.transaction
				.execute((status) -> this.orders.findById(id).orElseThrow().complete(this.clock.instant()));
			if (Boolean.TRUE.equals(done)) {
				completed++;
			}
		}
		return completed;
	}

}
