package jp.musubi.shop.figures;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.region.HomeRegion;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.order.OrderState;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's sales figures, for the agent and for each producer of its own, read from the
 * orders as they stand: a few aggregates per period, summed by the database, however many
 * orders there are.
 */
@Service
public class ShopFigures {

	/**
	 * Who a buyer is: the member who bought, else the mail address a guest gave, in
	 * whatever case they typed it.
	 */
	private static final String BUYER = "COALESCE(CAST(o.person_id AS VARCHAR(36)), LOWER(o.email))";

	/** Where the parcels went: to the recipient of a gift, else to the buyer. */
	private static final String DELIVERY = "COALESCE(o.recipient_prefecture, o.buyer_prefecture)";

	private static final String SOLD_IN_PERIOD = "o.state IN (:sold) AND o.placed_at >= :start AND o.placed_at < :end";

	private static final List<String> SOLD = Arrays.stream(OrderState.values())
		.filter(OrderState::isSold)
		.map(OrderState::name)
		.toList();

	/** The places of the counts of a prefecture or a side. */
	private static final int YEN = 0;

	private static final int ORDERS = 1;

	private static final int BUYERS = 2;

	private final JdbcClient jdbc;

	private final HomeRegion home;

	private final Storefronts storefronts;

	private final Products products;

	private final Clock clock;

	ShopFigures(JdbcClient jdbc, HomeRegion home, Storefronts storefronts, Products products, Clock clock) {
		this.jdbc = jdbc;
		this.home = home;
		this.storefronts = storefronts;
		this.products = products;
		this.clock = clock;
	}

	/**
	 * The period asked for, this month when nothing is.
	 * @see SalesPeriod#asked(String, String, String, java.time.LocalDate)
	 */
	public SalesPeriod period(String month, String from, String to) {
		return SalesPeriod.asked(month, from, to, Dates.today(this.clock));
	}

	@Transactional(readOnly = true)
	public SalesFigures sales(SalesPeriod period) {
		return tally(period, Scope.SHOP);
	}

	/**
	 * One producer's sales as its own people read them: its lines only, and its buyers'
	 * addresses as counts of people protected ({@link ProducerFigures}).
	 * @throws NotFound when the keeper does not act for the producer
	 */
	@Transactional(readOnly = true)
	public ProducerFigures producerSales(Keeper keeper, UUID producerId, SalesPeriod period) {
		this.products.requireProducer(keeper, producerId);
		return ProducerFigures.of(producerId, tally(period, Scope.producer(producerId)));
	}

	/**
	 * The name of the producer the keeper acts for.
	 * @throws NotFound when the keeper does not act for it
	 */
	@Transactional(readOnly = true)
	public String producerName(Keeper keeper, UUID producerId) {
		this.products.requireProducer(keeper, producerId);
		return this.storefronts.producer(producerId)
			.map(OrganisationSummary::name)
			.orElseThrow(() -> new NotFound("producer", producerId));
	}

	private SalesFigures tally(SalesPeriod period, Scope scope) {
		Prefecture region = Prefecture.ofCode(this.home.prefecture())
			.orElseThrow(() -> new IllegalStateException("musubi.region.prefecture is not a JIS prefecture code"));
		String orders = " FROM shop_order o WHERE " + SOLD_IN_PERIOD + scope.orders();
		Map<String, long[]> byBuyer = new HashMap<>();
		Map<String, long[]> byDelivery = new HashMap<>();
		query("SELECT o.buyer_prefecture AS buyer, " + DELIVERY + " AS delivery, COUNT(*) AS orders, SUM(" + scope.yen()
				+ ") AS yen" + orders + " GROUP BY o.buyer_prefecture, " + DELIVERY, period, scope)
			.query((row) -> {
				for (long[] counts : List.of(cell(byBuyer, row.getString("buyer")),
						cell(byDelivery, row.getString("delivery")))) {
					counts[YEN] += row.getLong("yen");
					counts[ORDERS] += row.getLong("orders");
				}
			});
		// A buyer lives where their latest order of the period says, so that each is
		// counted once and the two sides add up to everyone.
		// The SQL is what PostgreSQL and H2 (the embedded default) both read: a window,
		// not
		// DISTINCT ON; CASE, not FILTER.
		query("SELECT latest.prefecture, COUNT(*) AS buyers FROM (SELECT o.buyer_prefecture AS prefecture,"
				+ " ROW_NUMBER() OVER (PARTITION BY " + BUYER + " ORDER BY o.placed_at DESC, o.number DESC) AS nth"
				+ orders + ") latest WHERE latest.nth = 1 GROUP BY latest.prefecture", period, scope)
			.query((row) -> {
				cell(byBuyer, row.getString("prefecture"))[BUYERS] = row.getLong("buyers");
			});
		query("SELECT " + DELIVERY + " AS prefecture, COUNT(DISTINCT " + BUYER + ") AS buyers" + orders + " GROUP BY "
				+ DELIVERY, period, scope)
			.query((row) -> {
				cell(byDelivery, row.getString("prefecture"))[BUYERS] = row.getLong("buyers");
			});
		long[] deliveryBuyers = query("SELECT COUNT(DISTINCT CASE WHEN " + DELIVERY + " = :region THEN " + BUYER
				+ " END) AS inside, COUNT(DISTINCT CASE WHEN " + DELIVERY + " <> :region THEN " + BUYER
				+ " END) AS outside, COUNT(DISTINCT " + BUYER + ") AS everyone" + orders, period, scope)
			.param("region", region.code())
			.query((row, n) -> new long[] { row.getLong("inside"), row.getLong("outside"), row.getLong("everyone") })
			.single();

		RegionSplit buyerSplit = split(byBuyer, region, null, null, deliveryBuyers[2]);
		RegionSplit deliverySplit = split(byDelivery, region, deliveryBuyers[0], deliveryBuyers[1], deliveryBuyers[2]);
		return new SalesFigures(period, region, buyerSplit, deliverySplit,
				prefectures(byBuyer, region, buyerSplit.total()),
				prefectures(byDelivery, region, deliverySplit.total()), repeatBuyers(period, scope),
				topProducts(period, scope));
	}

	private static long[] cell(Map<String, long[]> cells, String prefecture) {
		return cells.computeIfAbsent(prefecture, (code) -> new long[3]);
	}

	/**
	 * @param insideBuyers the buyers inside, or {@code null} to add up the prefectures'
	 * @param outsideBuyers likewise outside
	 */
	private static RegionSplit split(Map<String, long[]> cells, Prefecture region, Long insideBuyers,
			Long outsideBuyers, long everyone) {
		long[] inside = cells.getOrDefault(region.code(), new long[3]);
		long[] outside = new long[3];
		cells.forEach((code, counts) -> {
			if (!code.equals(region.code())) {
				for (int k = 0; k < outside.length; k++) {
					outside[k] += counts[k];
				}
			}
		});
		return RegionSplit.of(
				new SalesCount(Yen.of(inside[YEN]), inside[ORDERS],
						(insideBuyers != null) ? insideBuyers : inside[BUYERS]),
				new SalesCount(Yen.of(outside[YEN]), outside[ORDERS],
						(outsideBuyers != null) ? outsideBuyers : outside[BUYERS]),
				everyone);
	}

	private static List<PrefectureSales> prefectures(Map<String, long[]> cells, Prefecture region, SalesCount total) {
		List<PrefectureSales> rows = new ArrayList<>();
		for (Prefecture prefecture : Prefecture.values()) {
			long[] counts = cells.get(prefecture.code());
			if (counts == null || counts[ORDERS] == 0) {
				continue;
			}
			rows.add(new PrefectureSales(prefecture, prefecture == region,
					new SalesCount(Yen.of(counts[YEN]), counts[ORDERS], counts[BUYERS]),
					SalesCount.percent(counts[YEN], total.yen().amount())));
		}
		return rows;
	}

	/**
	 * The period's buyers, and those of them with two sold orders or more placed by its
	 * end, earlier periods included.
	 */
	private RepeatBuyers repeatBuyers(SalesPeriod period, Scope scope) {
		return query("SELECT COUNT(*) AS buyers, COALESCE(SUM(CASE WHEN b.orders >= 2 THEN 1 ELSE 0 END), 0)"
				+ " AS repeaters FROM (SELECT " + BUYER + " AS buyer, COUNT(*) AS orders,"
				+ " MAX(CASE WHEN o.placed_at >= :start THEN 1 ELSE 0 END) AS in_period"
				+ " FROM shop_order o WHERE o.state IN (:sold) AND o.placed_at < :end" + scope.orders() + " GROUP BY "
				+ BUYER + ") b WHERE b.in_period = 1", period, scope)
			.query((row, n) -> new RepeatBuyers(row.getLong("buyers"), row.getLong("repeaters")))
			.single();
	}

	/**
	 * The best sellers by goods in yen, then by units; a product renamed since is listed
	 * under the name it was last sold by.
	 */
	private List<ProductSales> topProducts(SalesPeriod period, Scope scope) {
		record Row(UUID productId, String name, UUID producerId, long units, long yen) {
		}
		String lines = " FROM shop_order_line l JOIN shop_order o ON o.id = l.order_id WHERE " + SOLD_IN_PERIOD
				+ scope.lines();
		List<Row> rows = query("SELECT t.product_id, n.product_name AS name, n.producer_id, t.units, t.yen FROM"
				+ " (SELECT l.product_id, SUM(l.quantity) AS units, SUM(l.unit_price * l.quantity) AS yen" + lines
				+ " GROUP BY l.product_id) t JOIN (SELECT l.product_id, l.product_name, l.producer_id, ROW_NUMBER()"
				+ " OVER (PARTITION BY l.product_id ORDER BY o.placed_at DESC, o.number DESC, l.position) AS nth"
				+ lines + ") n ON n.product_id = t.product_id AND n.nth = 1"
				+ " ORDER BY t.yen DESC, t.units DESC, name, t.product_id LIMIT :top", period, scope)
			.param("top", SalesFigures.TOP_PRODUCTS)
			.query((row, n) -> new Row(row.getObject("product_id", UUID.class), row.getString("name"),
					row.getObject("producer_id", UUID.class), row.getLong("units"), row.getLong("yen")))
			.list();
		Map<UUID, String> producers = new HashMap<>();
		return rows.stream()
			.map((row) -> new ProductSales(row.productId(), row.name(), row.producerId(),
					producers.computeIfAbsent(row.producerId(),
							(id) -> this.storefronts.producer(id).map(OrganisationSummary::name).orElse("")),
					row.units(), Yen.of(row.yen())))
			.toList();
	}

	private JdbcClient.StatementSpec query(String sql, SalesPeriod period, Scope scope) {
		return this.jdbc.sql(sql)
			.param("producer", scope.producer())
			.param("sold", SOLD)
			.param("start", period.start().atOffset(ZoneOffset.UTC))
			.param("end", period.end().atOffset(ZoneOffset.UTC));
	}

	/**
	 * Whose sales are counted, as conditions on the orders ({@code o}) and their lines
	 * ({@code l}): the whole shop's, or one producer's lines and the orders that hold
	 * one.
	 *
	 * @param orders the condition on an order, after the period's
	 * @param yen the goods of an order counted
	 * @param lines the condition on a line
	 */
	private record Scope(String orders, String yen, String lines, UUID producer) {

		static final Scope SHOP = new Scope("", "o.items_total", "", null);

		static Scope producer(UUID producerId) {
			return new Scope(
					" AND EXISTS (SELECT 1 FROM shop_order_line p WHERE p.order_id = o.id AND p.producer_id = :producer)",
					"(SELECT SUM(p.unit_price * p.quantity) FROM shop_order_line p"
							+ " WHERE p.order_id = o.id AND p.producer_id = :producer)",
					" AND l.producer_id = :producer", producerId);
		}

	}

}
