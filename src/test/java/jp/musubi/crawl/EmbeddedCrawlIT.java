package jp.musubi.crawl;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.support.MusubiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Musubi as the README starts it (the packaged jar on its embedded H2 database with the
 * demo region, nothing configured), visited by everyone the demo has: a visitor who is
 * not signed in and each demo account, one after the other. Each follows every link and
 * sends every form it reaches, with what a person fills in and with every value of
 * {@link BadInput}, in Japanese; reads every page again in English; and has Chromium
 * check each kind of page for accessibility and lay-out. Any 5xx, a stack trace, a page
 * not in the chosen language, a message key without its text, a serious or critical
 * axe-core finding, a page that scrolls sideways on a phone, a header over a fifth of the
 * phone's screen, a broken label or text running out of its box, and any error the server
 * logged meanwhile fails it, all of them listed at once.
 *
 * <p>
 * The administrator goes last, since what they may do (disable accounts, take roles)
 * would stop the others' crawls.
 */
class EmbeddedCrawlIT {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCrawlIT.class);

	/** Everyone the README's demo has, the visitor first and the administrator last. */
	private static final List<String> PEOPLE = List.of("guest", "member", "client", "producer", "adviser", "clinic",
			"facility", "staff", "admin");

	private static final Pattern LOGGED_ERROR = Pattern.compile("(?m)^\\S+\\s+ERROR .*$");

	private static MusubiProcess musubi;

	@BeforeAll
	static void start() {
		musubi = MusubiProcess.named("crawl").start();
	}

	@AfterAll
	static void stop() {
		if (musubi != null) {
			musubi.close();
		}
	}

	@Test
	void everyPageAndFormAnswersEveryoneWellInTheirLanguage() throws IOException {
		Findings findings = new Findings();
		Set<String> formsSent = ConcurrentHashMap.newKeySet();
		Set<String> measured = new HashSet<>();
		Map<Integer, Integer> answers = new TreeMap<>();
		long started = System.nanoTime();
		int requests = 0;
		int pages = 0;
		try (BrowserPass browser = new BrowserPass(musubi.baseUrl(), findings)) {
			requests += visit(null, findings, formsSent, measured, browser, answers);
			for (String person : PEOPLE) {
				if (person.equals("admin")) {
					// What the administrator may do to accounts would change the pages
					// the browser is drawing.
					browser.await();
				}
				requests += visit(person + "@demo.musubi.jp", findings, formsSent, measured, browser, answers);
			}
			browser.await();
			pages = measured.size();
		}
		String output = musubi.output();
		Matcher errors = LOGGED_ERROR.matcher(output);
		Set<String> logged = new LinkedHashSet<>();
		while (errors.find()) {
			logged.add(errors.group());
		}
		logged.forEach((line) -> findings.add("the server's log", line));
		log.info("The crawl sent {} requests and drew {} kinds of page in {} s, and sent {} kinds of form", requests,
				pages, (System.nanoTime() - started) / 1_000_000_000, formsSent.size());

		assertThat(formsSent).as("kinds of form sent").hasSizeGreaterThan(40);
		assertThat(answers.getOrDefault(302, 0) + answers.getOrDefault(303, 0))
			.as("forms taken with what a person types, of %s", answers)
			.isGreaterThan(20);
		assertThat(measured).as("kinds of page drawn").hasSizeGreaterThan(50);
		assertThat(findings.isEmpty()).as(findings.report()).isTrue();
	}

	/**
	 * One person's crawl: links and forms in Japanese, pages again in English, then
	 * drawn.
	 */
	private static int visit(String email, Findings findings, Set<String> formsSent, Set<String> measured,
			BrowserPass browser, Map<Integer, Integer> answers) {
		String who = (email != null) ? email : "a visitor";
		Crawler crawler = new Crawler(musubi.baseUrl(), who, findings, formsSent);
		if (email != null) {
			crawler.signIn(email);
		}
		long started = System.nanoTime();
		crawler.speak("ja").crawl("/");
		crawler.speak("en").revisit();
		log.info("{}: {} requests in {} s, {} kinds of page; forms answered {}", who, crawler.requests(),
				(System.nanoTime() - started) / 1_000_000_000, crawler.pages().size(), crawler.firstAnswers());
		List<String> unmeasured = crawler.pages()
			.stream()
			// One page a path: a search narrowed by its query is drawn by the same
			// template.
			.filter((url) -> measured.add(Crawler.shape(java.net.URI.create(url)).replaceAll("\\?.*$", "")))
			.toList();
		browser.check(who, email, unmeasured);
		crawler.firstAnswers().forEach((status, count) -> answers.merge(status, count, Integer::sum));
		return crawler.requests();
	}

}
