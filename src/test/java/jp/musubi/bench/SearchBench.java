package jp.musubi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import jp.musubi.bench.WorkCorpus.Concept;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.search.RequestQuery;
import jp.musubi.work.search.RequestSearch;

import static jp.musubi.bench.Bench.say;
import static jp.musubi.bench.Bench.seconds;
import static jp.musubi.bench.Bench.setting;

/**
 * The work search benchmark that {@code bench/search.sh} runs (docs/benchmarks.md, "Work
 * search"): Musubi on a fresh PostgreSQL database, {@code N} generated work requests, the
 * Lucene index built by Hibernate Search's mass indexer, then a fixed set of labelled
 * Japanese queries, each through the product's {@link RequestSearch} (the service the
 * /work page calls) and through a naive {@code ILIKE '%words%'} on PostgreSQL. Prints
 * latency (p50, p95) and recall against what the generator knows each request is about.
 * <p>
 * Not a test: it lives with the tests only for their class path, and no test runs it.
 */
public final class SearchBench {

	private static final String SCRIPT = "bench/search.sh";

	/** Results per page for both methods (the /work page shows 10). */
	private static final int PAGE = 20;

	private static final String LIKE_WHERE = " FROM work_request WHERE status = 'PUBLISHED'"
			+ " AND (title ILIKE ? OR description ILIKE ?)";

	private static final String LIKE_PAGE = "SELECT id, title, description, category, pricing, budget, deadline,"
			+ " remote, location_prefecture, published_at" + LIKE_WHERE + " ORDER BY published_at DESC LIMIT " + PAGE;

	private static final String LIKE_COUNT = "SELECT count(*)" + LIKE_WHERE;

	/**
	 * The labelled queries: what is typed, the kind of difficulty, and what a request
	 * must be about to be relevant.
	 */
	static final List<Query> QUERIES = List.of(q("word", "翻訳", Concept.TRANSLATION), q("word", "温泉", Concept.ONSEN),
			q("word", "農産物", Concept.FARM_PRODUCE), q("word", "会計", Concept.ACCOUNTING), q("word", "伝票", Concept.SLIP),
			q("word", "文字起こし", Concept.TRANSCRIPTION), q("compound", "湯治", Concept.TOJI),
			q("compound", "データ入力", Concept.DATA_ENTRY), q("compound", "観光パンフレット", Concept.TOURIST_PAMPHLET),
			q("katakana", "ウェブデザイン", Concept.WEB_DESIGN), q("katakana", "ウエブデザイン", Concept.WEB_DESIGN),
			q("katakana", "サーバー", Concept.SERVER), q("katakana", "バイオリン", Concept.VIOLIN),
			q("width", "Excel", Concept.EXCEL), q("width", "ＥＸＣＥＬ", Concept.EXCEL),
			q("width", "ﾃﾞｰﾀ入力", Concept.DATA_ENTRY), q("words", "翻訳 英語", Concept.TRANSLATION, Concept.ENGLISH),
			q("words", "温泉 モニター", Concept.ONSEN, Concept.MONITOR), q("limits", "パンフ", Concept.PAMPHLET),
			q("limits", "りんご", Concept.APPLE), q("limits", "京都", Concept.KYOTO));

	private final DataSource database;

	private final RequestSearch search;

	private SearchBench(DataSource database, RequestSearch search) {
		this.database = database;
		this.search = search;
	}

	public static void main(String[] args) throws Exception {
		int n = setting("N", 100_000);
		int warmup = setting("WARMUP", 3);
		int runs = setting("RUNS", 20);
		long seed = setting("SEED", 42);
		Path dataDir = Bench.dataDir(SCRIPT);

		long started = System.nanoTime();
		String summary;
		try (ConfigurableApplicationContext context = Bench.start(SCRIPT)) {
			say("Musubi started on the bench database (all migrations applied) in %.1f s", seconds(started));
			SearchBench bench = new SearchBench(context.getBean(DataSource.class),
					context.getBean(RequestSearch.class));

			long loading = System.nanoTime();
			List<WorkCorpus.Request> requests = bench.load(n, seed);
			say("Generated and inserted %d work requests in %.1f s (table with indexes: %s)", n, seconds(loading),
					bench.tableSize());

			long indexing = System.nanoTime();
			Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(WorkRequest.class)
				.massIndexer()
				.mergeSegmentsOnFinish(true)
				.startAndWait();
			say("Mass indexer built the Lucene index in %.1f s (%s on disk)", seconds(indexing),
					megabytes(directorySize(dataDir.resolve("search"))));

			summary = bench.measure(requests, warmup, runs);
		}
		say("Whole run %.1f s", seconds(started));
		say(summary);
		System.exit(0);
	}

	/** Generates the requests and inserts them in JDBC batches. */
	private List<WorkCorpus.Request> load(int n, long seed) throws SQLException {
		WorkCorpus corpus = new WorkCorpus(seed, Instant.now());
		List<WorkCorpus.Request> requests = new ArrayList<>(n);
		try (Connection connection = this.database.getConnection()) {
			Map<String, UUID> skills = new HashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT id, name FROM skill")) {
				while (rows.next()) {
					skills.put(rows.getString("name"), rows.getObject("id", UUID.class));
				}
			}
			connection.setAutoCommit(false);
			try (PreparedStatement request = connection.prepareStatement("INSERT INTO work_request (id,"
					+ " client_organisation_id, created_by, title, description, category, pricing, budget, hourly_rate,"
					+ " estimated_hours, deadline, remote, location_prefecture, status, created_at, submitted_at,"
					+ " published_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
					PreparedStatement skill = connection
						.prepareStatement("INSERT INTO work_request_skill (request_id, skill_id) VALUES (?, ?)")) {
				for (int i = 0; i < n; i++) {
					WorkCorpus.Request generated = corpus.next();
					requests.add(generated);
					request.setObject(1, generated.id());
					request.setObject(2, generated.client());
					request.setObject(3, generated.createdBy());
					request.setString(4, generated.title());
					request.setString(5, generated.description());
					request.setString(6, generated.category().name());
					request.setString(7, generated.pricing().name());
					request.setLong(8, generated.budget());
					request.setObject(9, generated.hourlyRate(), Types.BIGINT);
					request.setObject(10, generated.estimatedHours(), Types.INTEGER);
					request.setObject(11, generated.deadline());
					request.setBoolean(12, generated.remote());
					request.setString(13, generated.location());
					request.setString(14, generated.status().name());
					request.setObject(15, timestamp(generated.createdAt()));
					request.setObject(16, timestamp(generated.submittedAt()));
					request.setObject(17, timestamp(generated.publishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
					request.addBatch();
					for (String name : generated.skills()) {
						UUID id = skills.get(name);
						if (id == null) {
							throw new IllegalStateException("No skill " + name + " in the vocabulary (V4)");
						}
						skill.setObject(1, generated.id());
						skill.setObject(2, id);
						skill.addBatch();
					}
					if (i % 1000 == 999 || i == n - 1) {
						request.executeBatch();
						skill.executeBatch();
						connection.commit();
					}
				}
			}
			connection.setAutoCommit(true);
			// What autovacuum would soon do: statistics for the planner, a visibility
			// map.
			try (Statement statement = connection.createStatement()) {
				statement.execute("VACUUM ANALYZE work_request");
				statement.execute("VACUUM ANALYZE work_request_skill");
			}
		}
		return requests;
	}

	/** Runs the queries and prints the tables; returns the summary line. */
	private String measure(List<WorkCorpus.Request> requests, int warmup, int runs) throws SQLException {
		long published = requests.stream().filter((r) -> r.status() == RequestStatus.PUBLISHED).count();
		say("");
		say("%d of the %d requests are published. Every query runs %d times per method after %d warm-up rounds,"
				+ " round robin over the queries; a page is %d results.", published, requests.size(), runs, warmup,
				PAGE);

		say("Load average (1, 5, 15 min) before the queries: %s", loadAverage());
		for (int round = 0; round < warmup; round++) {
			for (Query query : QUERIES) {
				product(query);
				like(query);
			}
		}
		Map<Query, long[]> productTimes = new LinkedHashMap<>();
		Map<Query, long[]> likeTimes = new LinkedHashMap<>();
		Map<Query, Found> productPages = new HashMap<>();
		Map<Query, Found> likePages = new HashMap<>();
		for (Query query : QUERIES) {
			productTimes.put(query, new long[runs]);
			likeTimes.put(query, new long[runs]);
		}
		for (int run = 0; run < runs; run++) {
			for (Query query : QUERIES) {
				long start = System.nanoTime();
				productPages.put(query, product(query));
				productTimes.get(query)[run] = System.nanoTime() - start;
				start = System.nanoTime();
				likePages.put(query, like(query));
				likeTimes.get(query)[run] = System.nanoTime() - start;
			}
		}

		say("Load average (1, 5, 15 min) after the timed runs: %s (other work on the machine slows both methods)",
				loadAverage());
		say("");
		say("| class | query | relevant | hits product | hits LIKE | recall product | recall LIKE"
				+ " | first page relevant product | first page relevant LIKE | p50 product | p95 product"
				+ " | p50 LIKE | p95 LIKE |");
		say("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
		for (Query query : QUERIES) {
			Set<UUID> relevant = new HashSet<>();
			requests.stream()
				.filter((r) -> r.status() == RequestStatus.PUBLISHED && r.isAbout(query.about()))
				.forEach((r) -> relevant.add(r.id()));
			Set<UUID> productAll = productAll(query, productPages.get(query).total());
			Set<UUID> likeAll = likeAll(query);
			Outcome outcome = new Outcome(query, relevant.size(), productAll.size(), likeAll.size(),
					recall(productAll, relevant), recall(likeAll, relevant),
					firstPage(productPages.get(query), relevant), firstPage(likePages.get(query), relevant),
					productTimes.get(query), likeTimes.get(query));
			byKind.computeIfAbsent(query.kind(), (kind) -> new ArrayList<>()).add(outcome);
			say("| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |", query.kind(), query.words(),
					relevant.size(), productAll.size(), likeAll.size(), percent(outcome.recallProduct()),
					percent(outcome.recallLike()), outcome.firstPageProduct(), outcome.firstPageLike(),
					millis(percentile(outcome.productTimes(), 50)), millis(percentile(outcome.productTimes(), 95)),
					millis(percentile(outcome.likeTimes(), 50)), millis(percentile(outcome.likeTimes(), 95)));
		}

		say("");
		say("| class | queries | recall product | recall LIKE | p50 product | p95 product | p50 LIKE | p95 LIKE |");
		say("|---|---|---|---|---|---|---|---|");
		List<Outcome> all = new ArrayList<>();
		byKind.forEach((kind, outcomes) -> {
			all.addAll(outcomes);
			say("| %s | %d | %s | %s | %s | %s | %s | %s |", kind, outcomes.size(), percent(meanRecall(outcomes, true)),
					percent(meanRecall(outcomes, false)), millis(percentile(pooled(outcomes, true), 50)),
					millis(percentile(pooled(outcomes, true), 95)), millis(percentile(pooled(outcomes, false), 50)),
					millis(percentile(pooled(outcomes, false), 95)));
		});
		long productP50 = percentile(pooled(all, true), 50);
		long likeP50 = percentile(pooled(all, false), 50);
		say("| all | %d | %s | %s | %s | %s | %s | %s |", all.size(), percent(meanRecall(all, true)),
				percent(meanRecall(all, false)), millis(productP50), millis(percentile(pooled(all, true), 95)),
				millis(likeP50), millis(percentile(pooled(all, false), 95)));
		say("");
		say("Recall: relevant published requests among all hits, averaged over the queries (each query counts"
				+ " once). First page: relevant among the first %d results. Latency in ms over all timed runs.", PAGE);
		return String.format(Locale.ROOT, "search: p50 speedup vs LIKE %.1fx, recall product %.0f%% vs LIKE %.0f%%",
				(double) likeP50 / productP50, 100 * meanRecall(all, true), 100 * meanRecall(all, false));
	}

	/** The product: what the /work page asks for, first page by relevance. */
	private Found product(Query query) {
		RequestSearch.Results results = this.search.search(words(query), PageRequest.of(0, PAGE));
		return new Found(results.page().getContent().stream().map(WorkRequest::id).toList(),
				results.page().getTotalElements());
	}

	/** All the product's hits, a thousand at a time (not timed). */
	private Set<UUID> productAll(Query query, long total) {
		Set<UUID> ids = new HashSet<>();
		for (int page = 0; (long) page * 1000 < total; page++) {
			this.search.search(words(query), PageRequest.of(page, 1000))
				.page()
				.getContent()
				.forEach((request) -> ids.add(request.id()));
		}
		return ids;
	}

	private static RequestQuery words(Query query) {
		return new RequestQuery(query.words(), null, Set.of(), null, null, null, null);
	}

	/** The naive baseline: the newest page of substring matches, and their count. */
	private Found like(Query query) throws SQLException {
		String pattern = "%" + query.words() + "%";
		List<UUID> ids = new ArrayList<>(PAGE);
		long total;
		try (Connection connection = this.database.getConnection()) {
			try (PreparedStatement page = connection.prepareStatement(LIKE_PAGE)) {
				page.setString(1, pattern);
				page.setString(2, pattern);
				try (ResultSet rows = page.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getObject(1, UUID.class));
						// Read the row as a page would show it.
						for (int column = 2; column <= 10; column++) {
							rows.getObject(column);
						}
					}
				}
			}
			try (PreparedStatement count = connection.prepareStatement(LIKE_COUNT)) {
				count.setString(1, pattern);
				count.setString(2, pattern);
				try (ResultSet rows = count.executeQuery()) {
					rows.next();
					total = rows.getLong(1);
				}
			}
		}
		return new Found(ids, total);
	}

	private Set<UUID> likeAll(Query query) throws SQLException {
		String pattern = "%" + query.words() + "%";
		Set<UUID> ids = new HashSet<>();
		try (Connection connection = this.database.getConnection();
				PreparedStatement all = connection.prepareStatement("SELECT id" + LIKE_WHERE)) {
			all.setString(1, pattern);
			all.setString(2, pattern);
			try (ResultSet rows = all.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
		}
		return ids;
	}

	private String tableSize() throws SQLException {
		try (Connection connection = this.database.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('work_request'))")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static double recall(Set<UUID> found, Set<UUID> relevant) {
		if (relevant.isEmpty()) {
			return 1;
		}
		return (double) found.stream().filter(relevant::contains).count() / relevant.size();
	}

	private static String firstPage(Found found, Set<UUID> relevant) {
		return found.ids().stream().filter(relevant::contains).count() + "/" + found.ids().size();
	}

	private static double meanRecall(List<Outcome> outcomes, boolean product) {
		return outcomes.stream()
			.mapToDouble((o) -> product ? o.recallProduct() : o.recallLike())
			.average()
			.orElse(Double.NaN);
	}

	private static long[] pooled(List<Outcome> outcomes, boolean product) {
		return outcomes.stream()
			.flatMapToLong((o) -> Arrays.stream(product ? o.productTimes() : o.likeTimes()))
			.toArray();
	}

	/** Nearest-rank percentile. */
	private static long percentile(long[] values, int percentile) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	private static String millis(long nanos) {
		double ms = nanos / 1e6;
		return String.format(Locale.ROOT, (ms < 10) ? "%.2f" : "%.0f", ms);
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static long directorySize(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0;
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
	}

	private static Query q(String kind, String words, Concept... about) {
		return new Query(kind, words, EnumSet.copyOf(Arrays.asList(about)));
	}

	/** A labelled query. */
	record Query(String kind, String words, Set<Concept> about) {
	}

	private record Found(List<UUID> ids, long total) {
	}

	private record Outcome(Query query, int relevant, int hitsProduct, int hitsLike, double recallProduct,
			double recallLike, String firstPageProduct, String firstPageLike, long[] productTimes, long[] likeTimes) {
	}

}
