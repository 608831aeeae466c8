package jp.musubi.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browsing without a browser: follows every link of the site it reaches and
 * submits every form, once with what a person would fill in and once with each value of
 * {@link BadInput}, and judges every answer as a person would see it. Pages of one shape
 * (the same path once identifiers are taken out) are visited twice at most, and a form of
 * one shape once in the whole crawl, so the crawl ends in minutes however much data the
 * site holds.
 */
final class Crawler {

	static final String PASSWORD = "yunomori-demo-2026";

	/**
	 * Pages no crawl follows: leaving, the API (its own test calls it) and static files.
	 */
	private static final List<String> NOT_FOLLOWED = List.of("/signout", "/actuator", "/v3/", "/swagger-ui", "/api/",
			"/webjars/", "/css/", "/js/", "/images/", "/favicon", "/h2-console");

	/** Forms no crawl sends: erasing the account the crawl signs in with, and leaving. */
	private static final List<String> NOT_SENT = List.of("/signout", "/account/erase");

	private static final int VISITS_PER_SHAPE = 2;

	private static final int MOST_PAGES = 600;

	private static final Pattern UUID_SEGMENT = Pattern
		.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");

	private static final Pattern NUMBER_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern TOKEN_SEGMENT = Pattern.compile("/[A-Za-z0-9_-]{20,}(?=/|$)");

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");

	private static final Pattern STACK_TRACE = Pattern.compile(
			"\\bat (jp\\.musubi|org\\.springframework|java\\.base|org\\.hibernate)\\.|[a-z]+\\.[a-z.]+Exception\\b");

	private final String base;

	private final String who;

	private final Findings findings;

	private final Set<String> formsSent;

	private final HttpClient http;

	private final Map<String, Integer> visitsPerShape = new HashMap<>();

	private final Set<String> seen = new HashSet<>();

	/** The first page of each shape this crawl reached, by shape. */
	private final Map<String, String> pages = new LinkedHashMap<>();

	/**
	 * How the forms sent with what a person types were first answered, by status: a crawl
	 * whose forms were all refused (a lost session, a CSRF token not sent) proves little.
	 */
	private final Map<Integer, Integer> firstAnswers = new java.util.TreeMap<>();

	private String language = "ja";

	private int requests;

	/**
	 * @param formsSent the shapes of the forms sent so far, shared by all the crawls of a
	 * run
	 */
	Crawler(String base, String who, Findings findings, Set<String> formsSent) {
		this.base = base;
		this.who = who;
		this.findings = findings;
		this.formsSent = formsSent;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in through the form, as a person does. */
	Crawler signIn(String email) {
		Document form = Jsoup.parse(get("/signin").body(), this.base);
		Answer answer = send("POST", "/signin", "application/x-www-form-urlencoded",
				form("_csrf", csrf(form), "email", email, "password", PASSWORD).getBytes(StandardCharsets.UTF_8));
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new IllegalStateException(email + " could not sign in: " + answer.status() + " " + answer.location());
		}
		return this;
	}

	/** Chooses the language with the switch every page has, as a person does. */
	Crawler speak(String language) {
		this.language = language;
		follow(get("/?lang=" + language), "the language switch");
		return this;
	}

	/** Follows every link and sends every form reachable from the start page. */
	void crawl(String start) {
		Deque<String> queue = new ArrayDeque<>();
		queue.add(this.base + start);
		while (!queue.isEmpty() && this.pages.size() < MOST_PAGES) {
			String url = queue.poll();
			Answer answer = follow(get(url), "GET " + path(url));
			if (answer.status() != 200 || !answer.isHtml()) {
				continue;
			}
			if (this.pages.putIfAbsent(shape(URI.create(url)), url) == null) {
				probe(url);
			}
			Document page = Jsoup.parse(answer.body(), answer.url());
			for (Element link : page.select("a[href]")) {
				String target = link.absUrl("href").replaceAll("#.*$", "");
				if (follows(target) && this.seen.add(target) && visit(target)) {
					queue.add(target);
				}
			}
			for (Element form : page.select("form")) {
				send(form, url);
			}
		}
	}

	/**
	 * The page's address as a person might mistype or tamper with it: an identifier no
	 * record has, one that is not an identifier at all, and paging that makes no sense.
	 */
	private void probe(String url) {
		var identifier = UUID_SEGMENT.matcher(url);
		if (identifier.find()) {
			for (String other : List.of("/" + UUID.randomUUID(), "/zzz", "/%27%20OR%201=1--",
					"/99999999999999999999")) {
				String tampered = url.substring(0, identifier.start()) + other + url.substring(identifier.end());
				follow(get(tampered), "GET " + path(tampered) + " (an identifier changed)");
			}
		}
		String paging = url + (url.contains("?") ? "&" : "?") + "page=abc&size=-1&sort=%3Cx%3E";
		follow(get(paging), "GET " + path(paging) + " (paging that makes no sense)");
	}

	/** Reads again every page the crawl reached, in the language now chosen. */
	void revisit() {
		this.pages.values().forEach((url) -> follow(get(url), "GET " + path(url)));
	}

	/** The first page of each shape reached, as absolute URLs. */
	List<String> pages() {
		return List.copyOf(this.pages.values());
	}

	int requests() {
		return this.requests;
	}

	/** How the forms sent with what a person types were first answered, by status. */
	Map<Integer, Integer> firstAnswers() {
		return Map.copyOf(this.firstAnswers);
	}

	private boolean follows(String url) {
		if (!url.startsWith(this.base + "/")) {
			return false;
		}
		URI uri = URI.create(url);
		String query = (uri.getRawQuery() != null) ? uri.getRawQuery() : "";
		return NOT_FOLLOWED.stream().noneMatch((prefix) -> uri.getPath().startsWith(prefix))
				&& !query.matches("(.*&)?lang=.*");
	}

	private boolean visit(String url) {
		return this.visitsPerShape.merge(shape(URI.create(url)), 1, Integer::sum) <= VISITS_PER_SHAPE;
	}

	/**
	 * The form sent as a person fills it in, then with each bad value in every field a
	 * person can type into or a page could be made to send.
	 */
	private void send(Element form, String pageUrl) {
		String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase();
		String action = form.hasAttr("action") ? form.absUrl("action") : pageUrl;
		if (!action.startsWith(this.base + "/")) {
			return;
		}
		URI target = URI.create(action);
		if (NOT_SENT.stream().anyMatch((path) -> target.getPath().equals(path))) {
			return;
		}
		List<Field> fields = fields(form);
		TreeSet<String> names = new TreeSet<>();
		fields.forEach((field) -> names.add(field.name()));
		if (!this.formsSent.add(method + " " + shape(target) + " " + names)) {
			return;
		}
		boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
		String where = "form " + method + " " + path(action) + " on " + path(pageUrl);
		this.firstAnswers.merge(submit(method, action, multipart, fields, null, where + " with what a person types"), 1,
				Integer::sum);
		for (BadInput.Value bad : BadInput.CORPUS) {
			submit(method, action, multipart, fields, bad.text(), where + " with " + bad.name());
		}
	}

	/** Sends the form, follows where it leads, and returns the first answer's status. */
	private int submit(String method, String action, boolean multipart, List<Field> fields, String bad, String where) {
		List<String[]> values = new ArrayList<>();
		for (Field field : fields) {
			String value = (bad != null && field.typed()) ? bad : field.value();
			if (value != null) {
				values.add(new String[] { field.name(), value, field.type() });
			}
		}
		Answer first;
		if ("GET".equals(method)) {
			String query = form(values);
			first = get(action.replaceAll("\\?.*$", "") + (query.isEmpty() ? "" : "?" + query));
		}
		else if (multipart) {
			String boundary = "crawl" + UUID.randomUUID().toString().replace("-", "");
			first = send("POST", action, "multipart/form-data; boundary=" + boundary, multipart(values, boundary));
		}
		else {
			first = send("POST", action, "application/x-www-form-urlencoded",
					form(values).getBytes(StandardCharsets.UTF_8));
		}
		follow(first, where);
		return first.status();
	}

	/** The fields a form sends, each with what a person would fill in. */
	private List<Field> fields(Element form) {
		List<Field> fields = new ArrayList<>();
		Set<String> radios = new HashSet<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
			if (type.isBlank()) {
				type = "text";
			}
			switch (type) {
				case "submit", "button", "image", "reset" -> {
				}
				case "checkbox" ->
					fields.add(
							new Field(name, type,
									input.hasAttr("checked") || input.hasAttr("required")
											? input.attr("value").isEmpty() ? "on" : input.attr("value") : null,
									false));
				case "radio" -> {
					if (radios.add(name)) {
						Element chosen = form.selectFirst("input[type=radio][name=" + cssString(name) + "][checked]");
						fields.add(new Field(name, type, (chosen != null ? chosen : input).attr("value"), true));
					}
				}
				case "select" -> {
					Element option = input.selectFirst("option[selected]");
					if (option == null) {
						option = input.select("option")
							.stream()
							.filter((o) -> !o.attr("value").isEmpty())
							.findFirst()
							.orElse(input.selectFirst("option"));
					}
					fields.add(new Field(name, type, option == null ? "" : option.attr("value"), true));
				}
				case "file" -> fields.add(new Field(name, type, "crawl.png", false));
				case "hidden" -> fields.add(new Field(name, type, input.attr("value"), !name.equals("_csrf")));
				default -> fields.add(new Field(name, type,
						input.hasText() || !input.val().isEmpty() ? input.val() : typical(name, type, input), true));
			}
		}
		// The first named button, as pressing it sends its name.
		Element button = form.selectFirst("button[name], input[type=submit][name]");
		if (button != null) {
			fields.add(new Field(button.attr("name"), "submit", button.attr("value"), false));
		}
		return fields;
	}

	/** What a person fills into an empty field, guessed from its type and name. */
	private static String typical(String name, String type, Element input) {
		String lower = name.toLowerCase();
		LocalDate inTwoWeeks = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14);
		return switch (type) {
			case "email" -> "crawl@example.jp";
			case "password" -> PASSWORD;
			case "date" -> inTwoWeeks.toString();
			case "datetime-local" -> inTwoWeeks + "T10:00";
			case "time" -> "10:00";
			case "month" -> inTwoWeeks.toString().substring(0, 7);
			case "url" -> "https://example.jp/";
			case "tel" -> "0241-00-0000";
			case "number" -> input.hasAttr("min") ? input.attr("min") : "1";
			default -> {
				if (lower.contains("postal")) {
					yield "969-3301";
				}
				if (lower.contains("kana") || lower.contains("reading")) {
					yield "やまだ";
				}
				if (lower.contains("arrival") || lower.contains("date") || lower.contains("deadline")
						|| lower.contains("day") || lower.contains("from") || lower.contains("until")) {
					yield inTwoWeeks.toString();
				}
				if (lower.contains("party") || lower.contains("size") || lower.contains("count")
						|| lower.contains("hours") || lower.contains("units") || lower.contains("minutes")) {
					yield "2";
				}
				if ("numeric".equals(input.attr("inputmode")) || lower.contains("price") || lower.contains("budget")
						|| lower.contains("amount") || lower.contains("rate") || lower.contains("fee")) {
					yield "12,000";
				}
				yield "クロールのテスト";
			}
		};
	}

	/**
	 * Follows the answer's redirects as a browser does, judging each answer on the way;
	 * the last one is returned.
	 */
	private Answer follow(Answer answer, String where) {
		Answer current = answer;
		for (int hops = 0; hops < 5; hops++) {
			judge(current, where);
			if (current.status() < 300 || current.status() >= 400 || current.location().isEmpty()) {
				return current;
			}
			String next = URI.create(current.url()).resolve(current.location()).toString();
			if (!next.startsWith(this.base + "/")) {
				return current;
			}
			current = get(next);
		}
		return current;
	}

	/** What a person would be let down by on this answer. */
	private void judge(Answer answer, String where) {
		String context = this.who + " (" + this.language + "), " + where + " → " + path(answer.url());
		if (answer.status() >= 500) {
			this.findings.add(context, "answered " + answer.status() + ": " + answer.snippet());
		}
		if (answer.status() >= 400 && !answer.isHtml()) {
			this.findings.add(context, "answered " + answer.status() + " as " + answer.contentType() + ", not a page");
		}
		if (!answer.isHtml()) {
			return;
		}
		String body = answer.body();
		if (STACK_TRACE.matcher(body).find()) {
			this.findings.add(context, "shows a stack trace or an exception's name: " + answer.snippet());
		}
		var missing = MISSING_MESSAGE.matcher(body);
		if (missing.find()) {
			this.findings.add(context, "shows a message key for want of its text: " + missing.group());
		}
		Document page = Jsoup.parse(body);
		String lang = page.selectFirst("html") != null ? page.selectFirst("html").attr("lang") : "";
		if (!lang.equals(this.language)) {
			this.findings.add(context, "is in '" + lang + "', not the chosen '" + this.language + "'");
		}
	}

	private Answer get(String url) {
		return send("GET", url, null, null);
	}

	private Answer send(String method, String url, String contentType, byte[] body) {
		String absolute = url.startsWith("/") ? this.base + url : url;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(absolute))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Accept-Language", this.language);
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", contentType)
				.header("Origin", this.base)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		}
		this.requests++;
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(absolute, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			this.findings.add(this.who + ", " + method + " " + path(absolute), "no answer: " + ex);
			return new Answer(absolute, 0, "", "", new byte[0]);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A path with its identifiers taken out: the pages and forms of one shape. */
	static String shape(URI uri) {
		String path = uri.getPath();
		path = UUID_SEGMENT.matcher(path).replaceAll("/{id}");
		path = NUMBER_SEGMENT.matcher(path).replaceAll("/{n}");
		path = TOKEN_SEGMENT.matcher(path).replaceAll("/{token}");
		if (uri.getRawQuery() == null) {
			return path;
		}
		TreeSet<String> keys = new TreeSet<>();
		for (String pair : uri.getRawQuery().split("&")) {
			keys.add(pair.replaceAll("=.*$", ""));
		}
		return path + "?" + String.join("&", keys);
	}

	private String path(String url) {
		return url.startsWith(this.base) ? url.substring(this.base.length()) : url;
	}

	private static String csrf(Document page) {
		Element token = page.selectFirst("input[name=_csrf]");
		return (token != null) ? token.attr("value") : "";
	}

	private static String cssString(String name) {
		return "\"" + name.replace("\"", "\\\"") + "\"";
	}

	private static String form(String... pairs) {
		List<String[]> values = new ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.add(new String[] { pairs[i], pairs[i + 1] });
		}
		return form(values);
	}

	private static String form(List<String[]> values) {
		List<String> encoded = new ArrayList<>();
		for (String[] value : values) {
			encoded.add(URLEncoder.encode(value[0], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(value[1], StandardCharsets.UTF_8));
		}
		return String.join("&", encoded);
	}

	private static byte[] multipart(List<String[]> values, String boundary) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] value : values) {
			body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
			if ("file".equals(value[2])) {
				body.writeBytes(("Content-Disposition: form-data; name=\"" + value[0] + "\"; filename=\"" + value[1]
						+ "\"\r\nContent-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(Samples.PNG);
			}
			else {
				body.writeBytes(("Content-Disposition: form-data; name=\"" + value[0] + "\"\r\n\r\n" + value[1])
					.getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** A field of a form with what the crawl sends in it. */
	private record Field(String name, String type, String value, boolean typed) {

	}

	/** An answer as received, before any redirect is followed. */
	private record Answer(String url, int status, String contentType, String location, byte[] bytes) {

		boolean isHtml() {
			return this.contentType.startsWith("text/html");
		}

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		String snippet() {
			String text = body();
			if (isHtml()) {
				Document page = Jsoup.parse(text);
				text = (page.selectFirst("main") != null) ? page.selectFirst("main").text() : page.text();
			}
			return text.length() > 300 ? text.substring(0, 300) + "…" : text;
		}

	}

}
