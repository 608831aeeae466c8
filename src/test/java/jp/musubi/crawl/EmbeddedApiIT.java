package jp.musubi.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.support.MusubiProcess;
import jp.musubi.support.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * The twin of the HTML crawl for the JSON API (issue 9, point 2). Musubi starts as the
 * README starts it (the packaged jar on the embedded H2 database with the demo region),
 * and every operation under {@code /api/v1} that its OpenAPI document lists is called: as
 * anonymous, as each demo person with their browser session, and with the API tokens of
 * three organisations (made on the organisation's page, as an owner does). Path
 * parameters are ids the caller was shown, ids of others, unknown and malformed ones;
 * bodies are built from the schema and then spoiled field by field with
 * {@link ApiCorpus}; query parameters likewise.
 *
 * <p>
 * Every answer is judged as a partner's program would meet it: no 5xx, every refusal
 * {@code application/problem+json} with its words in the {@code Accept-Language} asked
 * for (Japanese, and English in a second pass), no trace of the code's insides, no
 * success for an anonymous caller where the document asks for credentials, and no error
 * with a stack trace in the log. All findings are listed together at the end.
 */
class EmbeddedApiIT {

	private static final String DEMO_PASSWORD = "yunomori-demo-2026";

	private static final List<String> PEOPLE = List.of("admin", "staff", "member", "client", "facility", "guest");

	/** Whose organisations' tokens are made: the agent, a client, a facility. */
	private static final List<String> TOKEN_OWNERS = List.of("staff", "client", "facility");

	private static final String UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

	private static final Pattern INSIDES = Pattern
		.compile("Exception|at jp\\.musubi\\.|org\\.springframework|org\\.hibernate");

	private static final Pattern LOG_ERROR = Pattern.compile("^\\S+\\s+ERROR\\s");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<Finding> findings = new ArrayList<>();

	private final Ids ids = new Ids();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger uniqueness = new AtomicInteger();

	/**
	 * Operations whose valid-looking body no caller got past the checks of its fields.
	 */
	private final List<String> unreached = new ArrayList<>();

	/** How each operation answered, to show what the crawl reached. */
	private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

	private MusubiProcess musubi;

	private JsonNode document;

	@Test
	void everyOperationAnswersEveryCallerAndEveryInputWithoutAFaultInTheCallersLanguage() throws Exception {
		long launched = System.nanoTime();
		try (MusubiProcess started = MusubiProcess.named("api-crawl").start()) {
			this.musubi = started;
			long up = System.nanoTime();
			this.document = JSON.readTree(get("/v3/api-docs"));
			List<Caller> callers = callers();
			List<Operation> operations = operations();
			long crawlStarted = System.nanoTime();
			for (Operation op : operations) {
				crawl(op, callers);
			}
			long crawled = System.nanoTime();
			List<String> logged = errorsInTheLog();
			System.out.printf(
					"API crawl: %d operations, %d callers, %d requests; start %d s, sign-ins and tokens %d s, crawl %d s%n",
					operations.size(), callers.size(), this.requests.get(), seconds(launched, up),
					seconds(up, crawlStarted), seconds(crawlStarted, crawled));
			this.statuses.forEach((op, counts) -> System.out.println("  " + op + " " + counts));
			System.out.println("Valid-looking bodies refused for every caller:");
			this.unreached.forEach((refused) -> System.out.println("  " + refused));
			report(logged);
		}
	}

	private void crawl(Operation op, List<Caller> callers) {
		// Who gets furthest with a valid request: the corpus is sent as that caller, so
		// that it meets the checks of the body rather than the refusal of the caller.
		Caller best = null;
		int bestRank = -1;
		String bestAnswer = "";
		for (Caller caller : callers) {
			for (Map<String, String> path : realPaths(op, caller)) {
				Answer answer = send(Call.of(op, caller, "valid", path).withBody(validBody(op, caller)));
				int rank = rank(answer.status());
				if (rank > bestRank) {
					bestRank = rank;
					best = caller;
					bestAnswer = answer.body();
				}
			}
		}
		Caller anonymous = callers.get(0);
		Caller furthest = best;
		Caller token = callers.stream()
			.filter(Caller::token)
			.filter((caller) -> !caller.equals(furthest))
			.findFirst()
			.orElseThrow();
		Map<String, String> realPath = first(realPaths(op, best));
		if (bestRank == rank(400) && op.hasJsonBody()) {
			this.unreached.add(op.method() + " " + op.template() + " as " + best + ": " + snippet(bestAnswer));
		}
		for (Caller caller : List.of(anonymous, best, token)) {
			for (String name : op.pathParameters()) {
				for (ApiCorpus.Piece piece : ApiCorpus.PATH_VALUES) {
					Map<String, String> path = new LinkedHashMap<>(first(realPaths(op, caller)));
					path.put(name, piece.encoded());
					send(Call.of(op, caller, "path." + name + "=" + piece.name(), path)
						.withBody(validBody(op, caller)));
				}
			}
		}
		for (JsonNode parameter : op.queryParameters()) {
			String name = parameter.path("name").asString();
			for (ApiCorpus.Piece piece : ApiCorpus.QUERY_VALUES) {
				send(Call.of(op, best, "query." + name + "=" + piece.name(), realPath)
					.withQuery(name + "=" + piece.encoded()));
			}
		}
		if (op.hasJsonBody()) {
			ObjectNode valid = validBody(op, best);
			for (ApiCorpus.Body body : ApiCorpus.BODIES) {
				send(Call.of(op, best, "body=" + body.name(), realPath).withRawBody(body.contentType(), body.text()));
			}
			for (FieldPath field : fields(valid)) {
				for (ApiCorpus.Value value : field.nested() ? ApiCorpus.NESTED_VALUES : ApiCorpus.FIELD_VALUES) {
					send(Call.of(op, best, "body." + field + "=" + value.name(), realPath)
						.withRawBody("application/json", spoiled(valid, field, value.json())));
				}
				send(Call.of(op, best, "body." + field + "=missing", realPath)
					.withRawBody("application/json", JSON.writeValueAsString(without(valid, field))));
			}
		}
		if (op.isMultipart()) {
			for (Upload upload : Upload.VARIANTS) {
				send(Call.of(op, best, "multipart=" + upload.name(), realPath).withMultipart(upload));
			}
		}
		if (best.session() && op.changes()) {
			send(Call.of(op, best.withoutCsrf(), "withoutCsrf", realPath).withBody(validBody(op, best)));
		}
		// The second language: what a caller asking for English meets, refusals first.
		for (Caller caller : List.of(anonymous, best, token)) {
			Map<String, String> path = first(realPaths(op, caller));
			send(Call.of(op, caller, "valid", path).withBody(validBody(op, caller)).inEnglish());
			for (String name : op.pathParameters()) {
				Map<String, String> unknown = new LinkedHashMap<>(path);
				unknown.put(name, UNKNOWN_UUID);
				send(Call.of(op, caller, "path." + name + "=unknownUuid", unknown)
					.withBody(validBody(op, caller))
					.inEnglish());
			}
			if (op.hasJsonBody()) {
				send(Call.of(op, caller, "body=malformed", path)
					.withRawBody("application/json", "{\"a\":")
					.inEnglish());
				ObjectNode valid = validBody(op, caller);
				for (FieldPath field : fields(valid)) {
					if (!field.nested()) {
						send(Call.of(op, caller, "body." + field + "=object", path)
							.withRawBody("application/json", spoiled(valid, field, "{\"a\":1}"))
							.inEnglish());
					}
				}
			}
			for (JsonNode parameter : op.queryParameters()) {
				String name = parameter.path("name").asString();
				send(Call.of(op, caller, "query." + name + "=abc", path).withQuery(name + "=abc").inEnglish());
			}
		}
	}

	private static int rank(int status) {
		if (status >= 200 && status < 300) {
			return 6;
		}
		return switch (status) {
			case 409 -> 5;
			case 400, 422 -> 4;
			case 404 -> 3;
			case 403 -> 2;
			case 401 -> 1;
			default -> 0;
		};
	}

	private static Map<String, String> first(List<Map<String, String>> paths) {
		return paths.isEmpty() ? Map.of() : paths.get(0);
	}

	// ---------------------------------------------------------------- the callers

	private List<Caller> callers() throws Exception {
		List<Caller> callers = new ArrayList<>();
		callers.add(new Caller("anonymous", Map.of(), true, false, false));
		Map<String, Caller> people = new LinkedHashMap<>();
		for (String person : PEOPLE) {
			String cookie = RawHttp.signIn(this.musubi.port(), person + "@demo.musubi.jp", DEMO_PASSWORD);
			String csrf = csrfToken(cookie, "/account");
			Caller caller = new Caller(person, Map.of("Cookie", cookie, "X-CSRF-TOKEN", csrf), false, true, false);
			people.put(person, caller);
			callers.add(caller);
		}
		for (String owner : TOKEN_OWNERS) {
			Caller person = people.get(owner);
			JsonNode me = JSON.readTree(answer(request(person, "/api/v1/me").GET().build()).body());
			String organisation = me.path("organisations").path(0).path("id").asString();
			callers.add(new Caller(owner + "-org-token",
					Map.of("Authorization", "Bearer " + createToken(person, organisation)), false, false, true));
		}
		return callers;
	}

	/** As the organisation's owner does it: on the organisation's page, with its form. */
	private String createToken(Caller owner, String organisation) throws Exception {
		String cookie = owner.headers().get("Cookie");
		String csrf = csrfToken(cookie, "/organisations/" + organisation);
		HttpResponse<String> created = answer(request(owner, "/organisations/" + organisation + "/tokens")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
					+ "&name=" + URLEncoder.encode("API crawl", StandardCharsets.UTF_8)))
			.build());
		Element secret = Jsoup.parse(created.body()).getElementById("api-token");
		if (secret == null) {
			throw new IllegalStateException("no token made for " + organisation + ": " + created.statusCode());
		}
		return secret.text().strip();
	}

	private String csrfToken(String cookie, String page) throws Exception {
		HttpResponse<String> answer = answer(HttpRequest.newBuilder(URI.create(this.musubi.url(page)))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.GET()
			.build());
		Element input = Jsoup.parse(answer.body()).selectFirst("input[name=_csrf]");
		if (input == null) {
			throw new IllegalStateException("no form on " + page + ": " + answer.statusCode());
		}
		return input.attr("value");
	}

	private HttpRequest.Builder request(Caller caller, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.musubi.url(path)))
			.timeout(Duration.ofSeconds(60));
		caller.headers().forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> answer(HttpRequest request) throws IOException, InterruptedException {
		this.requests.incrementAndGet();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String get(String path) throws Exception {
		return answer(HttpRequest.newBuilder(URI.create(this.musubi.url(path))).GET().build()).body();
	}

	// ---------------------------------------------------------------- the operations

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.document.path("paths").forEachEntry((template, item) -> item.forEachEntry((method, spec) -> {
			if (template.startsWith("/api/v1/")) {
				operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, spec, needsCredentials(spec)));
			}
		}));
		// Reading first, shallow before deep (a contract before its milestones), so that
		// ids are known before they are needed; what ends something (withdraw, cancel,
		// delete) last, so that the rest still has something to act on.
		operations.sort(Comparator.comparingInt(Operation::phase)
			.thenComparingInt((op) -> op.template().split("/").length)
			.thenComparing(Operation::template)
			.thenComparing(Operation::method));
		return operations;
	}

	private boolean needsCredentials(JsonNode spec) {
		JsonNode security = spec.has("security") ? spec.get("security") : this.document.path("security");
		if (!security.isArray() || security.isEmpty()) {
			return false;
		}
		for (JsonNode requirement : security) {
			if (requirement.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private List<Map<String, String>> realPaths(Operation op, Caller caller) {
		List<String> names = op.pathParameters();
		if (names.isEmpty()) {
			return List.of(Map.of());
		}
		// The caller's own ids (at most two), then one that another caller was shown.
		List<Map<String, String>> paths = new ArrayList<>();
		Map<String, String> own = new LinkedHashMap<>();
		Map<String, String> second = new LinkedHashMap<>();
		Map<String, String> foreign = new LinkedHashMap<>();
		Map<String, String> prefix = new LinkedHashMap<>();
		for (String name : names) {
			List<String> keys = this.ids.keysFor(op.template(), name, prefix);
			List<String> mine = this.ids.of(caller, keys);
			List<String> others = this.ids.ofOthers(caller, keys);
			own.put(name, mine.isEmpty() ? (others.isEmpty() ? UNKNOWN_UUID : others.get(0)) : mine.get(0));
			second.put(name, (mine.size() > 1) ? mine.get(1) : own.get(name));
			foreign.put(name, others.isEmpty() ? own.get(name) : others.get(0));
			prefix.put(name, own.get(name));
		}
		paths.add(own);
		if (!second.equals(own)) {
			paths.add(second);
		}
		if (!foreign.equals(own) && !foreign.equals(second)) {
			paths.add(foreign);
		}
		// A caller shown none of its own (a facility's token never lists its facility)
		// tries a few that others were shown: one of them may be its own.
		String last = names.get(names.size() - 1);
		List<String> others = this.ids.ofOthers(caller, this.ids.keysFor(op.template(), last, prefix));
		if (this.ids.of(caller, this.ids.keysFor(op.template(), last, prefix)).isEmpty()) {
			for (String id : others.subList(Math.min(1, others.size()), Math.min(3, others.size()))) {
				Map<String, String> another = new LinkedHashMap<>(own);
				another.put(last, id);
				paths.add(another);
			}
		}
		return paths;
	}

	// ---------------------------------------------------------------- bodies

	private ObjectNode validBody(Operation op, Caller caller) {
		JsonNode schema = op.jsonSchema();
		if (schema == null) {
			return null;
		}
		JsonNode value = valid("body", resolve(schema), caller, 0);
		return (value instanceof ObjectNode object) ? object : NODES.objectNode();
	}

	private JsonNode valid(String name, JsonNode schema, Caller caller, int depth) {
		schema = resolve(schema);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		if (schema.has("enum")) {
			// A partner's token may send leads only from the broadcast or the API.
			return name.equals("source") ? NODES.stringNode("BROADCAST") : schema.get("enum").get(0);
		}
		String type = schema.path("type").asString("object");
		String format = schema.path("format").asString("");
		switch (type) {
			case "string" -> {
				if (format.equals("uuid")) {
					List<String> known = this.ids.of(caller, this.ids.keysForField(name));
					List<String> any = known.isEmpty() ? this.ids.ofOthers(caller, this.ids.keysForField(name)) : known;
					return NODES.stringNode(any.isEmpty() ? UNKNOWN_UUID : any.get(0));
				}
				if (format.equals("date")) {
					// Arrivals spread over the season, so that bookings do not sell a day
					// out
					// and meet the refusal of a full day before the checks of their
					// fields.
					LocalDate day = name.equals("arrival") ? today.plusDays(3 + this.uniqueness.incrementAndGet() % 200)
							: date(name, today);
					return NODES.stringNode(day.toString());
				}
				if (format.equals("date-time")) {
					return NODES.stringNode(Instant.now().plus(Duration.ofDays(2)).toString());
				}
				return NODES.stringNode(text(name, schema, caller));
			}
			case "integer" -> {
				return NODES.numberNode(integer(name, schema));
			}
			case "number" -> {
				return NODES.numberNode(switch (name) {
					case "latitude" -> 37.5;
					case "longitude" -> 140.1;
					case "hours" -> 8.0;
					default -> 1.5;
				});
			}
			case "boolean" -> {
				return NODES.booleanNode(true);
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 3) {
					array.add(valid(singular(name), schema.path("items"), caller, depth + 1));
				}
				return array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				if (depth >= 3) {
					return object;
				}
				schema.path("properties")
					.forEachEntry((property, propertySchema) -> object.set(property,
							valid(property, propertySchema, caller, depth + 1)));
				if (schema.path("additionalProperties").isObject()) {
					String language = name.equals("names") ? "en" : "ja";
					object.set(language, valid(name, schema.get("additionalProperties"), caller, depth + 1));
				}
				return object;
			}
		}
	}

	private static LocalDate date(String name, LocalDate today) {
		return switch (name) {
			case "week" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case "seasonStart", "paidOn", "lastVisitBefore" -> today;
			case "seasonEnd" -> today.plusDays(300);
			case "lastVisitAfter" -> today.minusDays(365);
			case "inspectionDate" -> today.plusDays(35);
			case "paymentDate" -> today.plusDays(60);
			default -> today.plusDays(30);
		};
	}

	private long integer(String name, JsonNode schema) {
		long value = switch (name) {
			case "rating", "minScore" -> 5;
			case "maxScore" -> 10;
			case "people", "maxParty" -> 2;
			case "nights", "partySize", "minParty", "minVisits", "days" -> 1;
			case "firstDay" -> 0;
			case "cancellationFeePercent" -> 30;
			case "freeCancellationDays" -> 2;
			case "unitsPerDay" -> 10;
			case "level" -> 3;
			case "years" -> 2;
			case "hoursPerWeek", "estimatedHours" -> 20;
			default -> schema.has("example") ? schema.get("example").asLong() : 1;
		};
		if (schema.has("minimum")) {
			value = Math.max(value, schema.get("minimum").asLong());
		}
		if (schema.has("maximum")) {
			value = Math.min(value, schema.get("maximum").asLong());
		}
		return value;
	}

	private String text(String name, JsonNode schema, Caller caller) {
		String text = switch (name) {
			case "email" -> "api-crawl@example.jp";
			case "postalCode" -> "969-3301";
			case "prefecture", "prefectureCode" -> "07";
			case "country" -> "JP";
			case "language", "languages" -> "ja";
			case "phone" -> "0241-22-0000";
			case "code" -> "CRAWL-" + this.uniqueness.incrementAndGet();
			case "targetArea" -> "NEARBY";
			case "registrationNumber" -> "";
			case "links", "link", "website" -> "https://example.jp/portfolio";
			case "location" -> "07";
			case "city" -> "喜多方市";
			case "bookingNumber", "checkInToken", "redemptionCode" -> {
				List<String> known = this.ids.of(caller, List.of(name));
				List<String> any = known.isEmpty() ? this.ids.ofOthers(caller, List.of(name)) : known;
				yield any.isEmpty() ? "" : any.get(0);
			}
			default -> "API クロールの確認 " + this.uniqueness.incrementAndGet();
		};
		int limit = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		return (text.length() > limit) ? text.substring(0, limit) : text;
	}

	private static String singular(String name) {
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
			resolved = this.document.path("components").path("schemas").path(name);
		}
		return resolved;
	}

	/** Every field of the body, to depth three: {@code milestones.0.title}. */
	private static List<FieldPath> fields(ObjectNode body) {
		List<FieldPath> fields = new ArrayList<>();
		collect(body, List.of(), fields);
		return fields;
	}

	private static void collect(JsonNode node, List<String> at, List<FieldPath> fields) {
		if (at.size() >= 3) {
			return;
		}
		if (node.isObject()) {
			node.forEachEntry((name, child) -> {
				List<String> path = append(at, name);
				fields.add(new FieldPath(path));
				collect(child, path, fields);
			});
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<String> path = append(at, "0");
			fields.add(new FieldPath(path));
			collect(node.get(0), path, fields);
		}
	}

	private static List<String> append(List<String> path, String name) {
		List<String> longer = new ArrayList<>(path);
		longer.add(name);
		return longer;
	}

	private static final String MARK = "\u0001spoiled\u0001";

	private static String spoiled(ObjectNode valid, FieldPath field, String json) {
		JsonNode copy = valid.deepCopy();
		JsonNode parent = copy;
		List<String> path = field.path();
		for (String step : path.subList(0, path.size() - 1)) {
			parent = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
		}
		String last = path.get(path.size() - 1);
		if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), NODES.stringNode(MARK));
		}
		else {
			((ObjectNode) parent).put(last, MARK);
		}
		return JSON.writeValueAsString(copy).replace(JSON.writeValueAsString(NODES.stringNode(MARK)), json);
	}

	private static JsonNode without(ObjectNode valid, FieldPath field) {
		JsonNode copy = valid.deepCopy();
		JsonNode parent = copy;
		List<String> path = field.path();
		for (String step : path.subList(0, path.size() - 1)) {
			parent = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
		}
		String last = path.get(path.size() - 1);
		if (parent instanceof ArrayNode array) {
			array.remove(Integer.parseInt(last));
		}
		else {
			((ObjectNode) parent).remove(last);
		}
		return copy;
	}

	// ---------------------------------------------------------------- sending and
	// judging

	private Answer send(Call call) {
		String path = call.op().template();
		for (Map.Entry<String, String> parameter : call.path().entrySet()) {
			path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
		}
		String address = this.musubi.url(path) + ((call.query() != null) ? "?" + call.query() : "");
		HttpRequest.Builder builder;
		try {
			builder = HttpRequest.newBuilder(URI.create(address));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("the crawl made an address it cannot send: " + address, ex);
		}
		builder.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("Accept-Language", call.language());
		call.caller().headers().forEach(builder::header);
		if (call.contentType() != null) {
			builder.header("Content-Type", call.contentType());
		}
		builder.method(call.op().method(), (call.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(call.body())
				: HttpRequest.BodyPublishers.noBody());
		HttpResponse<byte[]> response;
		try {
			this.requests.incrementAndGet();
			response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			record(new Finding(call, 0, "no answer: " + ex));
			return new Answer(0, "", "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		boolean text = contentType.isEmpty() || contentType.contains("json") || contentType.startsWith("text/");
		Answer answer = new Answer(response.statusCode(), contentType,
				text ? new String(response.body(), StandardCharsets.UTF_8) : "");
		judge(call, answer);
		this.statuses.computeIfAbsent(call.op().method() + " " + call.op().template(), (key) -> new TreeMap<>())
			.merge(answer.status(), 1, Integer::sum);
		if (answer.status() >= 200 && answer.status() < 300 && contentType.contains("json")) {
			this.ids.harvest(call.caller(), call.op(), answer.body());
		}
		return answer;
	}

	private void judge(Call call, Answer answer) {
		int status = answer.status();
		if (status >= 500) {
			record(new Finding(call, status, "server error: " + snippet(answer.body())));
		}
		else if (status >= 300 && status < 400) {
			record(new Finding(call, status, "redirect instead of an answer"));
		}
		else if (status >= 200 && status < 300 && call.caller().anonymous() && call.op().needsCredentials()) {
			record(new Finding(call, status, "anonymous succeeded where the document asks for credentials"));
		}
		if (status >= 400) {
			if (!answer.contentType().startsWith("application/problem+json")) {
				record(new Finding(call, status,
						"not problem+json (" + answer.contentType() + "): " + snippet(answer.body())));
			}
			else {
				judgeLanguage(call, answer);
			}
		}
		Matcher insides = INSIDES.matcher(answer.body());
		if (insides.find()) {
			record(new Finding(call, status, "the code's insides shown (" + insides.group() + "): "
					+ snippet(answer.body().substring(Math.max(0, insides.start() - 100)))));
		}
	}

	private void judgeLanguage(Call call, Answer answer) {
		JsonNode problem;
		try {
			problem = JSON.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			record(new Finding(call, answer.status(), "problem+json that is not JSON: " + snippet(answer.body())));
			return;
		}
		List<String> words = new ArrayList<>();
		if (problem.hasNonNull("detail")) {
			words.add(problem.get("detail").asString());
		}
		problem.path("errors").forEach((error) -> words.add(error.path("message").asString()));
		for (String text : words) {
			boolean english = call.language().equals("en");
			if (!english && !JAPANESE.matcher(text).find()) {
				record(new Finding(call, answer.status(), "not Japanese under Accept-Language: ja: " + snippet(text)));
			}
			if (english && KANA.matcher(text).find()) {
				record(new Finding(call, answer.status(), "Japanese under Accept-Language: en: " + snippet(text)));
			}
		}
	}

	private void record(Finding finding) {
		this.findings.add(finding);
	}

	private static String snippet(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return (flat.length() > 240) ? flat.substring(0, 240) + "…" : flat;
	}

	/** Errors logged with a stack trace. */
	private List<String> errorsInTheLog() throws IOException {
		List<String> lines = this.musubi.output().lines().toList();
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!LOG_ERROR.matcher(lines.get(i)).find()) {
				continue;
			}
			boolean trace = false;
			for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
				trace |= lines.get(j).startsWith("\tat ") || lines.get(j).startsWith("Caused by");
				trace |= lines.get(j).matches("^[a-z][\\w.$]+(Exception|Error)(: .*)?$");
			}
			if (trace) {
				errors.add(snippet(lines.get(i)) + " / " + snippet(lines.get(Math.min(lines.size() - 1, i + 1))));
			}
		}
		return errors;
	}

	private void report(List<String> logged) {
		if (this.findings.isEmpty() && logged.isEmpty()) {
			return;
		}
		// One line per kind of fault and operation, with a few of the variants that met
		// it.
		Map<String, List<Finding>> grouped = new LinkedHashMap<>();
		for (Finding finding : this.findings) {
			String kind = finding.what().replaceAll(":.*", "").replaceAll("\\(.*\\)", "").strip();
			grouped
				.computeIfAbsent(finding.call().op().method() + " " + finding.call().op().template() + " → "
						+ finding.status() + " " + kind, (key) -> new ArrayList<>())
				.add(finding);
		}
		StringBuilder message = new StringBuilder();
		message.append(this.findings.size())
			.append(" findings in ")
			.append(grouped.size())
			.append(" groups, and ")
			.append(logged.size())
			.append(" errors in the log:\n");
		grouped.forEach((group, members) -> {
			message.append("\n").append(group).append(" (").append(members.size()).append("×)\n");
			members.stream().limit(4).forEach((finding) -> message.append("    ").append(finding).append('\n'));
		});
		if (!logged.isEmpty()) {
			message.append("\nLogged:\n");
			logged.stream().limit(40).forEach((line) -> message.append("    ").append(line).append('\n'));
		}
		fail(message.toString());
	}

	private static long seconds(long from, long to) {
		return Duration.ofNanos(to - from).toSeconds();
	}

	// ---------------------------------------------------------------- the pieces

	/** Who calls: its headers, and what kind of caller it is. */
	record Caller(String name, Map<String, String> headers, boolean anonymous, boolean session, boolean token) {

		Caller withoutCsrf() {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.remove("X-CSRF-TOKEN");
			return new Caller(this.name, headers, this.anonymous, this.session, this.token);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** An operation of the OpenAPI document. */
	record Operation(String method, String template, JsonNode spec, boolean needsCredentials) {

		List<String> pathParameters() {
			List<String> names = new ArrayList<>();
			Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(this.template);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		List<JsonNode> queryParameters() {
			List<JsonNode> parameters = new ArrayList<>();
			this.spec.path("parameters").forEach((parameter) -> {
				if (parameter.path("in").asString().equals("query")) {
					parameters.add(parameter);
				}
			});
			return parameters;
		}

		JsonNode jsonSchema() {
			JsonNode schema = this.spec.path("requestBody").path("content").path("application/json").path("schema");
			return schema.isMissingNode() ? null : schema;
		}

		boolean hasJsonBody() {
			return jsonSchema() != null;
		}

		boolean isMultipart() {
			return this.spec.path("requestBody").path("content").has("multipart/form-data");
		}

		boolean changes() {
			return !this.method.equals("GET");
		}

		int phase() {
			if (this.method.equals("GET")) {
				return 0;
			}
			boolean ends = this.method.equals("DELETE") || this.template.endsWith("/withdraw")
					|| this.template.endsWith("/cancel");
			return ends ? 2 : 1;
		}

	}

	/** One request to send, and how it is named in a finding. */
	record Call(Operation op, Caller caller, String variant, Map<String, String> path, String query, String contentType,
			byte[] body, String language) {

		static Call of(Operation op, Caller caller, String variant, Map<String, String> path) {
			return new Call(op, caller, variant, path, null, null, null, "ja");
		}

		Call withBody(ObjectNode json) {
			if (json == null || !this.op.hasJsonBody()) {
				return this;
			}
			return withRawBody("application/json", JSON.writeValueAsString(json));
		}

		Call withRawBody(String contentType, String text) {
			return new Call(this.op, this.caller, this.variant, this.path, this.query, contentType,
					text.getBytes(
							contentType.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8),
					this.language);
		}

		Call withMultipart(Upload upload) {
			return new Call(this.op, this.caller, this.variant, this.path, this.query,
					"multipart/form-data; boundary=" + Upload.BOUNDARY, upload.body(), this.language);
		}

		Call withQuery(String query) {
			return new Call(this.op, this.caller, this.variant, this.path, query, this.contentType, this.body,
					this.language);
		}

		Call inEnglish() {
			return new Call(this.op, this.caller, this.variant, this.path, this.query, this.contentType, this.body,
					"en");
		}

	}

	record Answer(int status, String contentType, String body) {

	}

	record Finding(Call call, int status, String what) {

		@Override
		public String toString() {
			return this.call.op().method() + " " + this.call.op().template() + " as " + this.call.caller() + " ["
					+ this.call.variant() + ", " + this.call.language() + "] " + this.call.path().values() + " → "
					+ this.status + ": " + this.what;
		}

	}

	/** A field of a body by its path: names of properties, or an index in a list. */
	record FieldPath(List<String> path) {

		boolean nested() {
			return this.path.size() > 1;
		}

		@Override
		public String toString() {
			return String.join(".", this.path);
		}

	}

	/** A file sent to a multipart operation. */
	record Upload(String name, String filename, String contentType, byte[] content, boolean withFile) {

		static final String BOUNDARY = "crawl-boundary-7MA4YWxkTrZu0gW";

		static final List<Upload> VARIANTS = List.of(
				new Upload("text", "report.txt", "text/plain", "納品物です。".getBytes(StandardCharsets.UTF_8), true),
				new Upload("emptyFile", "empty.txt", "text/plain", new byte[0], true),
				new Upload("pathInName", "../../etc/passwd", "text/plain", "x".getBytes(StandardCharsets.UTF_8), true),
				new Upload("controlInName", "a\u0007b\u202e.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8),
						true),
				new Upload("longName", "x".repeat(5_000) + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8),
						true),
				new Upload("disguised", "photo.jpg", "image/jpeg",
						"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), true),
				new Upload("noFile", "", "", new byte[0], false));

		byte[] body() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				if (this.withFile) {
					out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
							+ this.filename + "\"\r\nContent-Type: " + this.contentType + "\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
					out.write(this.content);
					out.write("\r\n".getBytes(StandardCharsets.UTF_8));
				}
				out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nメモ\r\n--"
						+ BOUNDARY + "--\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	/**
	 * The ids (and booking numbers, check-in tokens, codes) each caller was shown, by the
	 * field that held them and by the list they were in, so that an operation's path is
	 * filled with what that caller could know.
	 */
	static final class Ids {

		private static final Set<String> KEPT_TEXTS = Set.of("number", "bookingNumber", "checkInToken",
				"redemptionCode");

		private final Map<String, Map<String, Set<String>>> byCaller = new LinkedHashMap<>();

		void harvest(Caller caller, Operation op, String body) {
			JsonNode answer;
			try {
				answer = JSON.readTree(body);
			}
			catch (RuntimeException ex) {
				return;
			}
			String list = op.method().equals("GET") ? "path:" + op.template() : "created:" + op.template();
			JsonNode items = answer.isArray() ? answer : answer.path("items");
			if (items.isArray()) {
				items.forEach((item) -> keep(caller, list, item.path("id")));
			}
			else if (!op.method().equals("GET")) {
				keep(caller, list, answer.path("id"));
			}
			walk(caller, answer, "");
		}

		private void walk(Caller caller, JsonNode node, String parent) {
			if (node.isObject()) {
				node.forEachEntry((name, child) -> {
					if (child.isString()) {
						if (name.equals("id")) {
							keep(caller, parent + ".id", child);
						}
						else if (UUID_TEXT.matcher(child.asString()).matches() || KEPT_TEXTS.contains(name)) {
							keep(caller, name, child);
							if (name.equals("number")) {
								keep(caller, "bookingNumber", child);
							}
						}
					}
					walk(caller, child, name);
				});
			}
			else if (node.isArray()) {
				node.forEach((child) -> walk(caller, child, parent));
			}
		}

		private void keep(Caller caller, String key, JsonNode value) {
			if (value.isString() && !value.asString().isBlank()) {
				this.byCaller.computeIfAbsent(caller.name(), (name) -> new LinkedHashMap<>())
					.computeIfAbsent(key, (name) -> new LinkedHashSet<>())
					.add(value.asString());
			}
		}

		/** Where ids for a path parameter are found: its list, its field, its kind. */
		List<String> keysFor(String template, String parameter, Map<String, String> before) {
			List<String> keys = new ArrayList<>();
			String[] segments = template.split("/");
			int at = List.of(segments).indexOf("{" + parameter + "}");
			if (at < 0) {
				// {id}.pdf and the like
				for (int i = 0; i < segments.length; i++) {
					if (segments[i].startsWith("{" + parameter + "}")) {
						at = i;
					}
				}
			}
			String collection = segments[at - 1];
			String prefix = String.join("/", List.of(segments).subList(0, at));
			keys.add("path:" + prefix);
			keys.add("created:" + prefix);
			if (parameter.equals("id")) {
				keys.add(collection + ".id");
				keys.add(singular(collection) + "Id");
			}
			else {
				keys.addAll(keysForField(parameter));
			}
			return keys;
		}

		List<String> keysForField(String field) {
			List<String> keys = new ArrayList<>();
			keys.add(field);
			if (field.endsWith("Id")) {
				String kind = field.substring(0, field.length() - 2);
				keys.add(plural(kind) + ".id");
				keys.add(kind + ".id");
				keys.add("listed:/" + plural(kind));
			}
			else if (field.equals("skills") || field.equals("skill") || field.equals("programmes")
					|| field.equals("programme")) {
				keys.add(plural(singular(field)) + ".id");
				keys.add("path:/api/v1/tourism/" + plural(singular(field)));
			}
			return keys;
		}

		List<String> of(Caller caller, List<String> keys) {
			Map<String, Set<String>> mine = this.byCaller.getOrDefault(caller.name(), Map.of());
			List<String> found = new ArrayList<>();
			for (String key : keys) {
				for (String id : values(mine, key)) {
					if (!found.contains(id)) {
						found.add(id);
					}
				}
			}
			return found;
		}

		/**
		 * The ids under a key; {@code listed:/segments} are those of any list so named.
		 */
		private static Set<String> values(Map<String, Set<String>> pool, String key) {
			if (!key.startsWith("listed:")) {
				return pool.getOrDefault(key, Set.of());
			}
			String suffix = key.substring("listed:".length());
			Set<String> found = new LinkedHashSet<>();
			pool.forEach((name, ids) -> {
				if ((name.startsWith("path:") || name.startsWith("created:")) && name.endsWith(suffix)) {
					found.addAll(ids);
				}
			});
			return found;
		}

		List<String> ofOthers(Caller caller, List<String> keys) {
			List<String> mine = of(caller, keys);
			List<String> found = new ArrayList<>();
			this.byCaller.forEach((name, pool) -> {
				if (name.equals(caller.name())) {
					return;
				}
				for (String key : keys) {
					for (String id : values(pool, key)) {
						if (!mine.contains(id) && !found.contains(id)) {
							found.add(id);
						}
					}
				}
			});
			return found;
		}

		private static String plural(String kind) {
			if (kind.endsWith("y")) {
				return kind.substring(0, kind.length() - 1) + "ies";
			}
			return kind.endsWith("s") ? kind : kind + "s";
		}

	}

}
