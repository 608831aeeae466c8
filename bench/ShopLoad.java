import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load client of bench/shop.sh (issue 13), run by the java source launcher with the
 * PostgreSQL driver on the class path. Against a running Musubi with the demo region on
 * PostgreSQL, as guests through POST /api/v1/shop/orders (JSON, no cookie, an
 * Idempotency-Key each, bank transfer, one unit):
 * <ol>
 * <li>warm-up: CLIENTS buyers check out the tea set for WARMUP seconds, not counted;</li>
 * <li>flash sale: the rice's 5 kg size set to UNITS units, then BUYERS threads, each with a
 * request built, released together by a latch; counts 201 against sold-out refusals and
 * anything else, while one connection polls the size's available units;</li>
 * <li>bare: CLIENTS JDBC connections run the conditional stock update the product runs,
 * {@code UPDATE shop_stock SET available = available - 1 WHERE variant_id = ? AND
 * available >= 1}, autocommitted, on the tea set's row for DURATION seconds;</li>
 * <li>steady: CLIENTS buyers check out the tea set for DURATION seconds, each sending its
 * next order when the last was answered;</li>
 * <li>bare again, so that a machine growing busier or quieter during the run weighs on both
 * sides; the bare rate is the mean of the two.</li>
 * </ol>
 * Oversold: the units of the rice's orders in the database beyond UNITS, plus how far the
 * polled count ever fell below zero. Settings come from the environment (see shop.sh).
 */
public class ShopLoad {

	static final String BASE = env("BASE", "http://localhost:18091");

	static final int BUYERS = Integer.parseInt(env("BUYERS", "2000"));

	static final int UNITS = Integer.parseInt(env("UNITS", "100"));

	static final int CLIENTS = Integer.parseInt(env("CLIENTS", "16"));

	static final int DURATION = Integer.parseInt(env("DURATION", "20"));

	static final int WARMUP = Integer.parseInt(env("WARMUP", "15"));

	static final String BODY = """
			{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],
			 "email":"buyer-%d@example.jp",
			 "buyer":{"name":"佐藤 一郎","phone":"03-1234-5678","postalCode":"160-0022","prefecture":"13",
			          "address":"新宿区新宿1-1"},
			 "payment":"BANK_TRANSFER"}""";

	static final AtomicInteger buyerNumber = new AtomicInteger();

	static final Map<String, AtomicInteger> otherAnswers = new ConcurrentHashMap<>();

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(60))
		.build();

	public static void main(String[] args) throws Exception {
		try (Connection db = connect()) {
			String[] rice = variant(db, "5kg");
			String[] tea = variant(db, "1箱");

			setStock(db, tea[1], 100_000_000);
			steady(tea, WARMUP);
			otherAnswers.clear();

			int soldBefore = unitsOrdered(db, rice[1]);
			setStock(db, rice[1], UNITS);
			Flash flash = flashSale(db, rice);
			int soldInDb = unitsOrdered(db, rice[1]) - soldBefore;
			int left = available(db, rice[1]);
			int oversold = Math.max(0, soldInDb - UNITS) + Math.max(0, -flash.lowest);
			System.out.printf(
					"flash sale: %d buyers at once for %d units: %d placed (201), %d refused sold out, %d other; "
							+ "%d units in orders, %d left, lowest count seen %d; all answered in %d ms, p50 %d ms, "
							+ "p99 %d ms, max %d ms%n",
					BUYERS, UNITS, flash.placed, flash.soldOut, flash.other, soldInDb, left, flash.lowest,
					flash.millis, percentile(flash.latencies, 50), percentile(flash.latencies, 99),
					percentile(flash.latencies, 100));
			report();
			if (flash.placed != soldInDb || soldInDb + left != UNITS) {
				System.out.printf("flash sale: MISMATCH: answers say %d placed, the database %d units sold and %d left%n",
						flash.placed, soldInDb, left);
			}

			setStock(db, tea[1], 100_000_000);
			double bare1 = bare(tea[1]);
			System.out.printf("bare stock update, before: %.0f updates/s (%d connections, %d s)%n", bare1, CLIENTS,
					DURATION);
			setStock(db, tea[1], 100_000_000);
			Steady steady = steady(tea, DURATION);
			System.out.printf(
					"steady checkouts: %.1f orders/s (%d placed, %d clients, %d s), p50 %d ms, p99 %d ms, max %d ms, "
							+ "other answers %d%n",
					steady.rate, steady.placed, CLIENTS, DURATION, percentile(steady.latencies, 50),
					percentile(steady.latencies, 99), percentile(steady.latencies, 100), steady.other);
			report();
			setStock(db, tea[1], 100_000_000);
			double bare2 = bare(tea[1]);
			System.out.printf("bare stock update, after: %.0f updates/s%n", bare2);
			double bareRate = (bare1 + bare2) / 2;
			double ratio = steady.rate / bareRate;
			System.out.printf("checkouts %.1f/s over bare %.0f updates/s = %.3fx%n", steady.rate, bareRate, ratio);
			System.out.printf("shop: flash sale %d sold of %d, oversold %d, checkout p99 %d ms, %.1fx of bare stock update%n",
					soldInDb, UNITS, oversold, percentile(steady.latencies, 99), ratio);
		}
	}

	record Flash(int placed, int soldOut, int other, int lowest, long millis, long[] latencies) {
	}

	static Flash flashSale(Connection db, String[] rice) throws Exception {
		AtomicInteger placed = new AtomicInteger();
		AtomicInteger soldOut = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		long[] latencies = new long[BUYERS];
		CountDownLatch ready = new CountDownLatch(BUYERS);
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> buyers = new ArrayList<>();
		for (int i = 0; i < BUYERS; i++) {
			int buyer = i;
			HttpRequest request = order(rice);
			Thread thread = new Thread(() -> {
				ready.countDown();
				try {
					go.await();
					long start = System.nanoTime();
					HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
					latencies[buyer] = System.nanoTime() - start;
					switch (kind(answer)) {
						case PLACED -> placed.incrementAndGet();
						case SOLD_OUT -> soldOut.incrementAndGet();
						default -> other.incrementAndGet();
					}
				}
				catch (Exception failed) {
					other.incrementAndGet();
					otherAnswers.computeIfAbsent(failed.toString(), (k) -> new AtomicInteger()).incrementAndGet();
				}
			}, "buyer-" + i);
			thread.start();
			buyers.add(thread);
		}
		ready.await();
		// One connection watches the count while the sale runs.
		int[] lowest = { Integer.MAX_VALUE };
		Thread watcher = new Thread(() -> {
			try (PreparedStatement query = db.prepareStatement("SELECT available FROM shop_stock WHERE variant_id = ?")) {
				query.setObject(1, UUID.fromString(rice[1]));
				while (!Thread.currentThread().isInterrupted()) {
					try (ResultSet row = query.executeQuery()) {
						row.next();
						lowest[0] = Math.min(lowest[0], row.getInt(1));
					}
					Thread.sleep(2);
				}
			}
			catch (SQLException | InterruptedException ended) {
				// The sale is over.
			}
		});
		watcher.start();
		long start = System.nanoTime();
		go.countDown();
		for (Thread buyer : buyers) {
			buyer.join();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		watcher.interrupt();
		watcher.join();
		lowest[0] = Math.min(lowest[0], available(db, rice[1]));
		return new Flash(placed.get(), soldOut.get(), other.get(), lowest[0], millis, latencies);
	}

	record Steady(double rate, int placed, int other, long[] latencies) {
	}

	static Steady steady(String[] variant, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<long[]> perClient = new ArrayList<>();
		AtomicInteger placed = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		List<Thread> clients = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < CLIENTS; i++) {
			long[][] mine = { new long[1024] };
			int[] count = { 0 };
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					HttpRequest request = order(variant);
					long sent = System.nanoTime();
					try {
						HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - sent;
						if (count[0] == mine[0].length) {
							mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
						}
						mine[0][count[0]++] = took;
						if (kind(answer) == Kind.PLACED) {
							placed.incrementAndGet();
						}
						else {
							other.incrementAndGet();
						}
					}
					catch (Exception failed) {
						other.incrementAndGet();
						otherAnswers.computeIfAbsent(failed.toString(), (k) -> new AtomicInteger()).incrementAndGet();
					}
				}
				synchronized (perClient) {
					perClient.add(Arrays.copyOf(mine[0], count[0]));
				}
			});
			thread.start();
			clients.add(thread);
		}
		for (Thread client : clients) {
			client.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
		return new Steady(placed.get() / elapsed, placed.get(), other.get(), all);
	}

	/** Updates per second of the bare conditional update from CLIENTS connections. */
	static double bare(String variant) throws Exception {
		long end = System.nanoTime() + DURATION * 1_000_000_000L;
		LongAdder updates = new LongAdder();
		List<Thread> clients = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < CLIENTS; i++) {
			Thread thread = new Thread(() -> {
				try (Connection connection = connect();
						PreparedStatement update = connection.prepareStatement(
								"UPDATE shop_stock SET available = available - 1 WHERE variant_id = ? AND available >= 1")) {
					update.setObject(1, UUID.fromString(variant));
					while (System.nanoTime() < end) {
						if (update.executeUpdate() == 1) {
							updates.increment();
						}
					}
				}
				catch (SQLException failed) {
					throw new IllegalStateException(failed);
				}
			});
			thread.start();
			clients.add(thread);
		}
		for (Thread client : clients) {
			client.join();
		}
		return updates.sum() / ((System.nanoTime() - start) / 1e9);
	}

	enum Kind {

		PLACED, SOLD_OUT, OTHER

	}

	static Kind kind(HttpResponse<String> answer) {
		if (answer.statusCode() == 201) {
			return Kind.PLACED;
		}
		if (answer.statusCode() == 400 && answer.body().contains("shop.order.refused.soldOut")) {
			return Kind.SOLD_OUT;
		}
		String body = answer.body();
		otherAnswers
			.computeIfAbsent(answer.statusCode() + " " + body.substring(0, Math.min(body.length(), 300)),
					(k) -> new AtomicInteger())
			.incrementAndGet();
		return Kind.OTHER;
	}

	static HttpRequest order(String[] variant) {
		return HttpRequest.newBuilder(URI.create(BASE + "/api/v1/shop/orders"))
			.timeout(Duration.ofSeconds(300))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers
				.ofString(BODY.formatted(variant[0], variant[1], buyerNumber.incrementAndGet())))
			.build();
	}

	static void report() {
		new TreeMap<>(otherAnswers).forEach((answer, count) -> System.out.println("  other answer x" + count + ": " + answer));
		otherAnswers.clear();
	}

	/** Nearest rank, in milliseconds; 100 is the maximum. */
	static long percentile(long[] nanos, int percent) {
		if (nanos.length == 0) {
			return 0;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return Math.round(sorted[Math.max(rank, 1) - 1] / 1e6);
	}

	/** Product id and variant id of the demo size with this label. */
	static String[] variant(Connection db, String label) throws SQLException {
		try (PreparedStatement query = db
			.prepareStatement("SELECT product_id, id FROM shop_variant WHERE label = ? ORDER BY position LIMIT 1")) {
			query.setString(1, label);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new IllegalStateException("no demo size labelled " + label);
				}
				return new String[] { row.getString(1), row.getString(2) };
			}
		}
	}

	static void setStock(Connection db, String variant, int units) throws SQLException {
		try (PreparedStatement update = db
			.prepareStatement("UPDATE shop_stock SET available = ?, updated_at = now() WHERE variant_id = ?")) {
			update.setInt(1, units);
			update.setObject(2, UUID.fromString(variant));
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("no stock row for " + variant);
			}
		}
	}

	static int available(Connection db, String variant) throws SQLException {
		return single(db, "SELECT available FROM shop_stock WHERE variant_id = ?", variant);
	}

	static int unitsOrdered(Connection db, String variant) throws SQLException {
		return single(db, "SELECT COALESCE(SUM(quantity), 0) FROM shop_order_line WHERE variant_id = ?", variant);
	}

	static int single(Connection db, String sql, String variant) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setObject(1, UUID.fromString(variant));
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getInt(1);
			}
		}
	}

	static Connection connect() throws SQLException {
		return DriverManager.getConnection(env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
				env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
	}

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value == null || value.isEmpty()) ? otherwise : value;
	}

}
