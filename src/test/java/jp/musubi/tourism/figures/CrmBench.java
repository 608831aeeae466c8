package jp.musubi.tourism.figures;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jp.musubi.bench.Bench;
import org.postgresql.PGConnection;

import org.springframework.context.ConfigurableApplicationContext;

import static jp.musubi.bench.Bench.say;
import static jp.musubi.bench.Bench.seconds;
import static jp.musubi.bench.Bench.setting;

/**
 * The CRM figures benchmark that {@code bench/crm.sh} runs (docs/benchmarks.md, "Tourism
 * figures"): Musubi on a fresh PostgreSQL database, {@code GUESTS} guests and
 * {@code CHECK_INS} check-ins at 20 facilities generated in SQL, the figures rebuilt by
 * the product's own {@link FigureRefresh}, then the dashboard's check-in figures
 * (visitors by target area per month, repeat rate, cohorts, guests per facility and area
 * this month) timed three ways: the product's {@link Figures} over its rollups, naive SQL
 * over the raw check-ins on PostgreSQL, and the same SQL in DuckDB over the same rows
 * exported. The three must agree. Then 10,000 more check-ins and the incremental refresh,
 * timed: how stale the figures can get.
 * <p>
 * Not a test: it lives with the tests for their class path, and no test runs it.
 */
public final class CrmBench {

	private static final String SCRIPT = "bench/crm.sh";

	private static final String M = MonthNumber.sql("day");

	private static final int FACILITIES = setting("FACILITIES", 20);

	private final DataSource database;

	private final Figures figures;

	private final FigureRefresh refresh;

	private final SharedFigures shared;

	private CrmBench(DataSource database, Figures figures, FigureRefresh refresh, SharedFigures shared) {
		this.database = database;
		this.figures = figures;
		this.refresh = refresh;
		this.shared = shared;
	}

	public static void main(String[] args) throws Exception {
		int guests = setting("GUESTS", 1_000_000);
		int checkIns = setting("CHECK_INS", 10_000_000);
		int runs = setting("RUNS", 5);
		Path dataDir = Bench.dataDir(SCRIPT);
		long started = System.nanoTime();
		String summary;
		try (ConfigurableApplicationContext context = Bench.start(SCRIPT,
				"--jobrunr.background-job-server.enabled=false")) {
			say("Musubi started on the bench database in %.1f s", seconds(started));
			CrmBench bench = new CrmBench(context.getBean(DataSource.class), context.getBean(Figures.class),
					context.getBean(FigureRefresh.class), context.getBean(SharedFigures.class));
			summary = bench.run(guests, checkIns, runs, dataDir);
		}
		say("Whole run %.1f s", seconds(started));
		say(summary);
		System.exit(0);
	}

	private String run(int guests, int checkIns, int runs, Path dataDir) throws Exception {
		long loading = System.nanoTime();
		load(guests, checkIns);
		say("Generated %,d guests and %,d check-ins at %d facilities in %.1f s", guests,
				count("SELECT COUNT(*) FROM check_in"), FACILITIES, seconds(loading));

		long rebuilding = System.nanoTime();
		this.refresh.rebuild();
		say("Product's full rebuild of the rollups: %.1f s (%s), choosing and auditing the shared figures of every"
				+ " month for every reader included", seconds(rebuilding), rollupSizes());

		YearMonth month = this.figures.thisMonth();
		long auditing = System.nanoTime();
		this.shared.audit(List.of(MonthNumber.of(month)));
		say("figures audit: this month chosen and audited for the agent and %d facilities in %d ms; %s",
				count("SELECT COUNT(*) FROM figure_disclosure WHERE month_no = " + MonthNumber.of(month)) - 1,
				(System.nanoTime() - auditing) / 1_000_000, hardMonth());
		Answers product = product(month);
		Answers naive;
		try (Connection pg = this.database.getConnection()) {
			naive = naive(pg, month);
		}
		long exporting = System.nanoTime();
		Path csv = dataDir.resolve("check_in.csv");
		export(csv);
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
			try (Statement statement = duck.createStatement()) {
				statement.execute("CREATE TABLE check_in AS SELECT * FROM read_csv('" + csv
						+ "', header = true, columns = {'facility_id': 'UUID', 'guest_id': 'UUID', 'day': 'DATE',"
						+ " 'target_area': 'VARCHAR'})");
			}
			say("Exported the check-ins to CSV and loaded them into DuckDB in %.1f s", seconds(exporting));
			Answers duckAnswers = naive(duck, month);
			product.assertSame(naive, "naive SQL");
			naive.assertSame(duckAnswers, "DuckDB");
			say("Same answers from all three: %s", product.describe());

			long productMs = median(runs, () -> product(month));
			long naiveMs;
			try (Connection pg = this.database.getConnection()) {
				naiveMs = median(runs, () -> naive(pg, month));
			}
			long duckMs = median(runs, () -> naive(duck, month));
			say("Median of %d runs: product %d ms, naive SQL on PostgreSQL %d ms, DuckDB %d ms", runs, productMs,
					naiveMs, duckMs);

			long adding = System.nanoTime();
			addToday(10_000);
			say("Added 10,000 check-ins today in %.1f s", seconds(adding));
			long refreshing = System.nanoTime();
			this.refresh.refresh();
			double refreshSeconds = seconds(refreshing);
			say("Incremental refresh after them: %.1f s, so the figures are at most %.0f s stale (every 30 s, "
					+ "up to 15 s of JobRunr's polling, plus the refresh)", refreshSeconds, 45 + refreshSeconds);
			Answers after = product(month);
			Answers afterNaive;
			try (Connection pg = this.database.getConnection()) {
				afterNaive = naive(pg, month);
			}
			after.assertSame(afterNaive, "naive SQL after the incremental refresh");
			say("After the incremental refresh the product agrees with naive SQL again");
			return String.format(Locale.ROOT, "crm: dashboard %d ms, %.1fx vs naive SQL, %.1fx of DuckDB", productMs,
					naiveMs / (double) Math.max(productMs, 1), duckMs / (double) Math.max(productMs, 1));
		}
	}

	/**
	 * The region in SQL: facilities, guests of the four target areas (guest n's area
	 * follows from n, so check-ins need no join), and check-ins over three years with
	 * more lately and in winter, most guests once or twice and a few often.
	 */
	private void load(int guests, int checkIns) throws SQLException {
		try (Connection connection = this.database.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("SET session_replication_role = replica");
			sql.execute("INSERT INTO facility (id, organisation_id, kind, name, updated_at, version)"
					+ " SELECT md5('f' || n)::uuid, md5('o' || n)::uuid, 'ONSEN_LODGING', '施設 ' || lpad(n::text, 2, '0'),"
					+ " now(), 0 FROM generate_series(1, " + FACILITIES + ") n");
			sql.execute("INSERT INTO guest (id, language, origin_country, target_area, created_at, version)"
					+ " SELECT md5('g' || n)::uuid, 'ja', " + country("n") + ", " + area("n") + ", now(), 0"
					+ " FROM generate_series(1, " + guests + ") n");
			for (String index : List.of("check_in_booking_idx", "check_in_facility_idx", "check_in_guest_idx",
					"check_in_recorded_idx", "check_in_day_idx")) {
				sql.execute("DROP INDEX " + index);
			}
			// A guest number skewed to the small ones (a few come often), a facility
			// skewed
			// likewise, a day 0 to 1094 days back skewed to the recent, and a third of
			// the
			// visits moved into the winter months.
			sql.execute(
					"""
							INSERT INTO check_in (id, facility_id, guest_id, day, checked_in_at, method, target_area, origin_country)
							SELECT md5('c' || n)::uuid, md5('f' || (1 + floor(power(random(), 1.5) * %1$d))::int)::uuid,
							       md5('g' || g)::uuid, d, d + time '10:00' + (random() * interval '8 hours'), 'QR', %3$s, %4$s
							FROM (SELECT n, g,
							        CASE WHEN random() < 0.33
							             THEN make_date(extract(year FROM current_date)::int - (floor(random() * 3))::int,
							                            (ARRAY[12, 1, 2])[1 + floor(random() * 3)::int], 1 + floor(random() * 28)::int)
							             ELSE current_date - floor(power(random(), 1.4) * 1095)::int END AS d
							      FROM (SELECT n, 1 + floor(power(random(), 2.2) * %2$d)::int AS g
							            FROM generate_series(1, %5$d) n) s) v
							WHERE d <= current_date
							"""
						.formatted(FACILITIES, guests, area("g"), country("g"), checkIns));
			sql.execute("CREATE UNIQUE INDEX check_in_booking_idx ON check_in (booking_id, facility_id, day)");
			sql.execute("CREATE INDEX check_in_facility_idx ON check_in (facility_id, day)");
			sql.execute("CREATE INDEX check_in_guest_idx ON check_in (guest_id, day)");
			sql.execute("CREATE INDEX check_in_recorded_idx ON check_in (checked_in_at)");
			sql.execute("CREATE INDEX check_in_day_idx ON check_in (day)");
			sql.execute("SET session_replication_role = DEFAULT");
			sql.execute("ANALYZE");
		}
	}

	/**
	 * A month built to be hard to protect, in memory: the bench's facilities (at least
	 * 40) with every area's count drawn either under 6 or under 40, so that half the
	 * cells are small and most need partners; suppressed and audited for the agent and
	 * for every facility, as the refresh does.
	 */
	private static String hardMonth() {
		java.util.Random random = new java.util.Random(20261207);
		int size = Math.max(FACILITIES, 40);
		List<Figures.Facility> facilities = new ArrayList<>();
		Map<java.util.UUID, long[]> guests = new HashMap<>();
		Map<java.util.UUID, Long> examined = new HashMap<>();
		long[] most = new long[4];
		long[] sum = new long[4];
		for (int f = 0; f < size; f++) {
			Figures.Facility facility = new Figures.Facility(java.util.UUID.randomUUID(), "施設 " + f, f % 8 == 0);
			facilities.add(facility);
			long[] counts = new long[4];
			for (int a = 0; a < 4; a++) {
				counts[a] = random.nextBoolean() ? random.nextInt(6) : random.nextInt(40);
				most[a] = Math.max(most[a], counts[a]);
				sum[a] += counts[a];
			}
			guests.put(facility.id(), counts);
			if (facility.clinic()) {
				examined.put(facility.id(), (long) random.nextInt(15));
			}
		}
		long[] region = new long[4];
		for (int a = 0; a < 4; a++) {
			region[a] = most[a] + random.nextLong(sum[a] - most[a] + 1);
		}
		FiguresProperties properties = new FiguresProperties(10);
		for (int warm = 0; warm < 3; warm++) {
			new SharedMonth(null, facilities, region, guests, examined, properties);
		}
		long started = System.nanoTime();
		SharedMonth agent = new SharedMonth(null, facilities, region, guests, examined, properties);
		long agentMs = (System.nanoTime() - started) / 1_000_000;
		long[] times = new long[size];
		long all = System.nanoTime();
		for (int f = 0; f < size; f++) {
			long one = System.nanoTime();
			new SharedMonth(facilities.get(f).id(), facilities, region, guests, examined, properties);
			times[f] = (System.nanoTime() - one) / 1_000_000;
		}
		long allMs = (System.nanoTime() - all) / 1_000_000;
		Arrays.sort(times);
		return String.format(Locale.ROOT,
				"a hard month of %d facilities (%d of %d counts hidden from the agent): agent %d ms, every facility"
						+ " %d ms (median %d ms, worst %d ms)",
				size, agent.hidden().size(), size * 5 + 10, agentMs, allMs, times[size / 2], times[size - 1]);
	}

	/** More check-ins today, as the day's check-in desks would record them. */
	private void addToday(int count) throws SQLException {
		try (Connection connection = this.database.getConnection(); Statement sql = connection.createStatement()) {
			long guests = count("SELECT COUNT(*) FROM guest");
			sql.execute(
					"""
							INSERT INTO check_in (id, facility_id, guest_id, day, checked_in_at, method, target_area, origin_country)
							SELECT gen_random_uuid(), md5('f' || (1 + floor(random() * %1$d))::int)::uuid, md5('g' || g)::uuid,
							       current_date, now(), 'QR', %3$s, %4$s
							FROM (SELECT 1 + floor(random() * %2$d)::int AS g FROM generate_series(1, %5$d)) s
							"""
						.formatted(FACILITIES, guests, area("g"), country("g"), count));
		}
	}

	/** Guest n's target area: 45 % Tokyo area, 25 % nearby, 20 % Asia, 10 % elsewhere. */
	private static String area(String n) {
		return "(CASE WHEN " + n + " % 20 < 9 THEN 'SHUTOKEN' WHEN " + n + " % 20 < 14 THEN 'NEARBY' WHEN " + n
				+ " % 20 < 18 THEN 'ASIA' ELSE 'OTHER' END)";
	}

	private static String country(String n) {
		return "(CASE WHEN " + n + " % 20 < 14 THEN 'JP' WHEN " + n + " % 20 < 16 THEN 'KR' WHEN " + n
				+ " % 20 < 17 THEN 'TW' WHEN " + n + " % 20 < 18 THEN 'CN' WHEN " + n
				+ " % 20 < 19 THEN 'US' ELSE 'FR' END)";
	}

	private void export(Path csv) throws Exception {
		try (Connection connection = this.database.getConnection();
				Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("COPY check_in (facility_id, guest_id, day, target_area) TO STDOUT WITH (FORMAT csv, HEADER)",
						out);
		}
	}

	/** The product: the region's dashboard as the page reads it. */
	private Answers product(YearMonth month) {
		RegionFigures region = this.figures.region(month, Locale.JAPANESE);
		Answers answers = new Answers();
		SuppressedTable visitors = region.visitorsByArea();
		for (int i = 0; i < visitors.rows().size(); i++) {
			for (int j = 0; j < visitors.columns().size(); j++) {
				answers.put("visitors " + visitors.rows().get(i) + " " + j, visitors.cell(i, j).value());
			}
		}
		SuppressedTable cohorts = region.cohorts();
		for (int i = 0; i < cohorts.rows().size(); i++) {
			for (int j = 0; j < cohorts.columns().size(); j++) {
				answers.put("cohort " + cohorts.rows().get(i) + " " + j, cohorts.cell(i, j).value());
			}
		}
		SuppressedTable facilities = region.facilityGuests();
		for (int i = 0; i < facilities.rows().size(); i++) {
			for (int j = 0; j < facilities.columns().size(); j++) {
				answers.put("facility " + facilities.rows().get(i) + " " + j, facilities.cell(i, j).value());
			}
		}
		answers.put("repeat guests", region.repeat().guests());
		answers.put("repeat repeaters", region.repeat().repeaters());
		return answers;
	}

	/**
	 * The same figures in plain SQL over the raw check-ins, for PostgreSQL and DuckDB
	 * alike.
	 */
	private Answers naive(Connection connection, YearMonth month) {
		int current = MonthNumber.of(month);
		int first = current - Figures.MONTHS + 1;
		LocalDate from = MonthNumber.month(first).atDay(1);
		LocalDate monthStart = month.atDay(1);
		LocalDate next = month.plusMonths(1).atDay(1);
		Answers answers = new Answers();
		List<String> areas = Arrays.stream(jp.musubi.tourism.guest.TargetArea.values()).map(Enum::name).toList();
		Map<String, String> names = facilityNames();
		try (Statement sql = connection.createStatement()) {
			Map<String, Long> cells = new HashMap<>();
			try (ResultSet rows = sql.executeQuery("SELECT " + M + " AS m, target_area, COUNT(DISTINCT guest_id) AS n"
					+ " FROM check_in WHERE day >= DATE '" + from + "' AND day < DATE '" + next + "'" + " GROUP BY " + M
					+ ", target_area")) {
				while (rows.next()) {
					cells.put("visitors " + MonthNumber.month(rows.getInt(1)) + " " + areas.indexOf(rows.getString(2)),
							rows.getLong(3));
				}
			}
			for (int m = first; m <= current; m++) {
				for (int j = 0; j < areas.size(); j++) {
					String key = "visitors " + MonthNumber.month(m) + " " + j;
					answers.put(key, cells.getOrDefault(key, 0L));
				}
			}
			cells.clear();
			try (ResultSet rows = sql.executeQuery("SELECT f.first_month, " + MonthNumber.sql("c.day")
					+ ", COUNT(DISTINCT c.guest_id) FROM check_in c JOIN (SELECT guest_id, MIN(" + M
					+ ") AS first_month FROM check_in GROUP BY guest_id) f ON f.guest_id = c.guest_id"
					+ " WHERE f.first_month >= " + first + " GROUP BY f.first_month, " + MonthNumber.sql("c.day"))) {
				while (rows.next()) {
					int after = rows.getInt(2) - rows.getInt(1);
					if (after < Figures.MONTHS) {
						cells.put("cohort " + MonthNumber.month(rows.getInt(1)) + " " + after, rows.getLong(3));
					}
				}
			}
			for (int m = first; m <= current; m++) {
				for (int k = 0; k < Figures.MONTHS; k++) {
					String key = "cohort " + MonthNumber.month(m) + " " + k;
					answers.put(key, cells.getOrDefault(key, 0L));
				}
			}
			cells.clear();
			try (ResultSet rows = sql.executeQuery("SELECT CAST(facility_id AS VARCHAR), target_area,"
					+ " COUNT(DISTINCT guest_id) FROM check_in WHERE day >= DATE '" + monthStart + "' AND day < DATE '"
					+ next + "' GROUP BY facility_id, target_area")) {
				while (rows.next()) {
					cells.put("facility " + names.get(rows.getString(1)) + " " + areas.indexOf(rows.getString(2)),
							rows.getLong(3));
				}
			}
			for (String name : new java.util.TreeSet<>(names.values())) {
				for (int j = 0; j < areas.size(); j++) {
					String key = "facility " + name + " " + j;
					answers.put(key, cells.getOrDefault(key, 0L));
				}
			}
			try (ResultSet rows = sql.executeQuery("SELECT COUNT(*), SUM(CASE WHEN days >= 2 THEN 1 ELSE 0 END)"
					+ " FROM (SELECT guest_id, COUNT(DISTINCT day) AS days FROM check_in WHERE day >= DATE '" + from
					+ "' GROUP BY guest_id) g")) {
				rows.next();
				answers.put("repeat guests", rows.getLong(1));
				answers.put("repeat repeaters", rows.getLong(2));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return answers;
	}

	private Map<String, String> facilityNames() {
		Map<String, String> names = new HashMap<>();
		try (Connection connection = this.database.getConnection();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("SELECT CAST(id AS VARCHAR), name FROM facility")) {
			while (rows.next()) {
				names.put(rows.getString(1), rows.getString(2));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	private long count(String query) throws SQLException {
		try (Connection connection = this.database.getConnection();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String rollupSizes() throws SQLException {
		List<String> sizes = new ArrayList<>();
		for (String table : List.of("figure_visit", "figure_area_month", "figure_guest", "figure_cohort",
				"figure_repeat")) {
			sizes.add(String.format(Locale.ROOT, "%s %,d rows", table, count("SELECT COUNT(*) FROM " + table)));
		}
		return String.join(", ", sizes);
	}

	private static long median(int runs, Supplier<Answers> figures) {
		figures.get();
		long[] times = new long[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			figures.get();
			times[i] = (System.nanoTime() - started) / 1_000_000;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	/** Named figures; a hidden (suppressed) product count is null and not compared. */
	private static final class Answers {

		private final Map<String, Long> values = new TreeMap<>();

		void put(String key, Long value) {
			this.values.put(key, value);
		}

		void assertSame(Answers other, String what) {
			if (!this.values.keySet().equals(other.values.keySet())) {
				throw new IllegalStateException("Different figures from " + what + ": " + this.values.keySet() + " vs "
						+ other.values.keySet());
			}
			for (Map.Entry<String, Long> entry : this.values.entrySet()) {
				Long mine = entry.getValue();
				Long theirs = other.values.get(entry.getKey());
				if (mine != null && theirs != null && !mine.equals(theirs)) {
					throw new IllegalStateException(entry.getKey() + ": " + mine + " but " + theirs + " from " + what);
				}
			}
		}

		String describe() {
			long hidden = this.values.values().stream().filter((value) -> value == null).count();
			return String.format(Locale.ROOT, "%d figures, %d of them suppressed on the page; repeat rate %d of %d",
					this.values.size(), hidden, this.values.get("repeat repeaters"), this.values.get("repeat guests"));
		}

	}

}
