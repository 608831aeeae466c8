package jp.musubi.shop.order;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jp.musubi.platform.calendar.BankingDays;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.payment.HostedCheckout;
import jp.musubi.platform.payment.PaymentReference;
import jp.musubi.platform.payment.Payments;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.stock.Stock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a confirmed checkout into an order. The units are taken in the order's own
 * transaction, each with a conditional update, so the last unit goes to one buyer and the
 * others are told at once; an order button pressed twice, or an API call retried with the
 * same {@code Idempotency-Key}, makes one order and answers both with it.
 */
@Service
public class Checkout {

	/**
	 * Banking days a buyer has to pay by transfer before the order expires and its units
	 * return to the shop: the common practice of Japan's shops.
	 */
	public static final int TRANSFER_DAYS = 5;

	/**
	 * How long a card payment on the provider's page may take before the units return.
	 */
	static final Duration CARD_HOLD = Duration.ofMinutes(30);

	static final String PAYMENT_PURPOSE = "shop-order";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Quotation quotation;

	private final OrderRepository orders;

	private final Stock stock;

	private final BankingDays bankingDays;

	private final ApplicationEventPublisher events;

	private final BankTransfers bankTransfers;

	private final Payments payments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Checkout(Quotation quotation, OrderRepository orders, Stock stock, BankingDays bankingDays,
			ApplicationEventPublisher events, BankTransfers bankTransfers, Payments payments,
			PlatformTransactionManager transactions, Clock clock) {
		this.payments = payments;
		this.bankTransfers = bankTransfers;
		this.quotation = quotation;
		this.orders = orders;
		this.stock = stock;
		this.bankingDays = bankingDays;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Places the order the buyer confirmed.
	 * @param idempotencyKey the key of this attempt, or {@code null}; the same key again
	 * answers with the order it made
	 * @param confirmedTotal the total the buyer saw, or {@code null} to accept the quote
	 * as it stands (an API caller that quoted in the same breath)
	 * @throws FieldsRefused with every rule the request breaks, and when a unit was sold
	 * meanwhile; nothing is taken
	 * @throws QuoteChanged when the total is no longer the one the buyer saw
	 */
	public Placed place(CheckoutRequest request, String idempotencyKey, Yen confirmedTotal) {
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw new FieldsRefused(List.of(new InputRefused("idempotencyKey", "shop.order.refused.keyTooLong")));
		}
		String fingerprint = fingerprint(request);
		if (key != null) {
			Optional<Placed> earlier = replay(key, fingerprint);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		try {
			return this.transaction.execute((status) -> placeNow(request, key, fingerprint, confirmedTotal));
		}
		catch (DataIntegrityViolationException twin) {
			// The same key placed by a request running beside this one: answer with its
			// order.
			if (key != null) {
				return replay(key, fingerprint).orElseThrow(() -> twin);
			}
			throw twin;
		}
	}

	private Optional<Placed> replay(String key, String fingerprint) {
		return this.orders.findByIdempotencyKey(key).map((order) -> {
			if (!order.requestFingerprint().equals(fingerprint)) {
				throw new FieldsRefused(List.of(new InputRefused("idempotencyKey", "shop.order.refused.keyReused")));
			}
			return new Placed(order, true);
		});
	}

	private Placed placeNow(CheckoutRequest request, String key, String fingerprint, Yen confirmedTotal) {
		Quote quote = this.quotation.quote(request);
		if (confirmedTotal != null && !confirmedTotal.equals(quote.total())) {
			throw new QuoteChanged(quote);
		}
		Instant now = this.clock.instant();
		Order order = new Order(this.orders.nextNumber(), request, quote,
				new Order.Placing(now, payBy(quote.payment(), now), key, fingerprint, token()));
		this.orders.saveAndFlush(order);
		if (quote.payment() == PaymentMethod.BANK_TRANSFER) {
			// The order number is the code the payer writes before their name, so the
			// bank's notice names the order.
			this.bankTransfers.expect(reference(order), order.total(), String.valueOf(order.number()),
					LocalDate.ofInstant(order.payBy().orElseThrow(), Dates.JAPAN).minusDays(1));
		}
		// The units are taken last: a size's row stays locked from its update to the
		// commit, and every other checkout of that size waits for it (bench/shop.sh).
		List<InputRefused> soldOut = new ArrayList<>();
		for (Quote.Line line : quote.lines()) {
			if (!this.stock.take(line.variantId(), line.quantity())) {
				soldOut.add(new InputRefused("lines[" + line.index() + "].quantity", "shop.order.refused.soldOut"));
			}
		}
		// Throwing rolls back the order, its transfer and the units the other lines took.
		FieldsRefused.throwIfAny(soldOut);
		this.events.publishEvent(new OrderPlaced(order.id()));
		return new Placed(order, false);
	}

	/**
	 * Opens the payment provider's page for an order paid by card; the same order opens
	 * the same page again (a reload, a double click).
	 * @param back where the payer returns to, paid or not: the order's page
	 */
	public HostedCheckout payByCard(Order order, URI back, String description) {
		return this.payments.checkout(new jp.musubi.platform.payment.CheckoutRequest(reference(order), order.total(),
				description, back, back, "shop-order-" + order.id(), order.language().locale()));
	}

	/** What a payment for the order names: its purpose and the order. */
	static PaymentReference reference(Order order) {
		return PaymentReference.of(PAYMENT_PURPOSE, order.id());
	}

	private Instant payBy(PaymentMethod payment, Instant now) {
		return switch (payment) {
			case CASH_ON_DELIVERY -> null;
			case CARD -> now.plus(CARD_HOLD);
			case BANK_TRANSFER -> {
				LocalDate lastDay = this.bankingDays.plus(Dates.today(this.clock), TRANSFER_DAYS);
				yield lastDay.plusDays(1).atStartOfDay(Dates.JAPAN).toInstant();
			}
		};
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** What the attempt asked for, so a key reused for another basket is refused. */
	private static String fingerprint(CheckoutRequest request) {
		StringBuilder text = new StringBuilder();
		text.append(request.email()).append('|').append(request.payment()).append('|');
		request.lines()
			.forEach((line) -> text.append(line.variantId()).append('x').append(line.quantity()).append(';'));
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * The order made.
	 *
	 * @param replayed whether an earlier attempt with the same key had made it
	 */
	public record Placed(Order order, boolean replayed) {
	}

}
