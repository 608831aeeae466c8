package jp.musubi.crawl;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages the crawl reached, as Debian's Chromium draws them: checked by axe-core for
 * WCAG 2.2 A and AA (serious and critical findings fail), and measured on a phone (390 by
 * 844): nothing scrolls sideways, the header with its menu folded keeps to a fifth of the
 * screen, no label is broken one character a line and nothing runs out of its card or
 * list. Japanese is measured at the normal text size, English (the longest words) at the
 * large one.
 */
final class BrowserPass implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BrowserPass.class);

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final List<String> BLOCKING = List.of("serious", "critical");

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	private static final String BOX_FAULTS = """
			() => {
				const faults = [];
				const shown = (element) => {
					const style = getComputedStyle(element);
					return style.position !== 'absolute' && style.position !== 'fixed' && style.visibility !== 'hidden';
				};
				for (const label of document.querySelectorAll('main dt, main th, main label')) {
					const box = label.getBoundingClientRect();
					const text = label.textContent.trim();
					const style = getComputedStyle(label);
					const size = parseFloat(style.fontSize);
					const lines = box.height / (parseFloat(style.lineHeight) || 1.5 * size);
					if (box.width > 0 && text.length >= 2 && lines >= 1.9 && box.width < 2 * size && shown(label)) {
						faults.push(`label "${text.slice(0, 20)}" is broken into lines under two characters wide (${Math.round(box.width)}px)`);
					}
				}
				for (const box of document.querySelectorAll('main .card, main dl')) {
					const outer = box.getBoundingClientRect();
					for (const element of box.querySelectorAll('*')) {
						if (!shown(element) || element.closest('.table-scroll')) {
							continue;
						}
						const inner = element.getBoundingClientRect();
						if (inner.width > 0 && (inner.left < outer.left - 1 || inner.right > outer.right + 1)) {
							faults.push(`${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 20)}" runs out of its ${box.tagName.toLowerCase()}`);
						}
					}
				}
				return faults;
			}
			""";

	private final String base;

	private final Findings findings;

	/**
	 * The one thread Playwright is used from: the pages of one person are drawn while the
	 * next person's crawl goes on, so the browser and the server's answers overlap.
	 */
	private final ExecutorService drawing = Executors.newSingleThreadExecutor();

	private final List<Future<?>> drawn = new ArrayList<>();

	private Playwright playwright;

	private Browser browser;

	BrowserPass(String base, Findings findings) {
		this.base = base;
		this.findings = findings;
		this.drawn.add(this.drawing.submit(() -> {
			this.playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			this.browser = this.playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run",
							"--disable-dev-shm-usage")));
		}));
	}

	/**
	 * Checks the pages as the person sees them, signed in when an address is given, in
	 * Japanese and in English, beside whatever the caller does next.
	 */
	void check(String who, String email, List<String> pages) {
		this.drawn.add(this.drawing.submit(() -> draw(who, email, pages)));
	}

	/**
	 * Waits until every page given so far is drawn; a failure to draw fails the caller.
	 */
	void await() {
		try {
			for (Future<?> task : this.drawn) {
				task.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The browser could not draw the pages", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void draw(String who, String email, List<String> pages) {
		long started = System.nanoTime();
		try (BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL(this.base)
			.setLocale("ja-JP")
			.setTimezoneId("Asia/Tokyo")
			.setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			if (email != null) {
				page.navigate("/signin");
				page.locator("#email").fill(email);
				page.locator("#password").fill(Crawler.PASSWORD);
				page.locator("main form button[type=submit]").first().click();
				page.waitForURL((url) -> !url.contains("/signin"));
			}
			for (String language : List.of("ja", "en")) {
				page.navigate("/?lang=" + language);
				if ("en".equals(language)) {
					context.addCookies(List.of(new Cookie("musubi-text", "large").setUrl(this.base).setSameSite(null)));
				}
				for (String url : pages) {
					check(page, who + " (" + language + (language.equals("en") ? ", large text" : "") + ")", url,
							"ja".equals(language));
				}
			}
		}
		log.info("{}: {} kinds of page drawn twice in {} s", who, pages.size(),
				(System.nanoTime() - started) / 1_000_000_000);
	}

	/**
	 * @param contrast whether axe judges colour contrast too: the colours are the same in
	 * every language, and large text needs less contrast than normal (3:1 against 4.5:1),
	 * so the pass at the normal size is the one that can fail; it is axe's slowest rule.
	 */
	private void check(Page page, String who, String url, boolean contrast) {
		String path = url.substring(this.base.length());
		String where = who + ", " + path;
		try {
			// Drawn on the phone first: a chart drawn wide keeps its width for a moment
			// after the window narrows, which no phone shows.
			page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
			page.navigate(url);
			page.waitForLoadState();
			Number sideways = (Number) page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (sideways.intValue() > 0) {
				this.findings.add(where, "scrolls sideways by " + sideways + "px on a phone");
			}
			Number header = (Number) page.evaluate(
					"() => { const h = document.querySelector('.site-header'); return h ? h.getBoundingClientRect().height : 0; }");
			if (header.doubleValue() > PHONE_HEIGHT / 5.0) {
				this.findings.add(where, "has a header " + header.intValue() + "px tall on a phone, over a fifth of "
						+ PHONE_HEIGHT + "px");
			}
			@SuppressWarnings("unchecked")
			List<String> boxes = (List<String>) page.evaluate(BOX_FAULTS);
			boxes.forEach((fault) -> this.findings.add(where, fault + " on a phone"));

			page.setViewportSize(1280, 900);
			AxeBuilder axe = new AxeBuilder(page).withTags(WCAG_22_AA);
			if (!contrast) {
				axe.disableRules(List.of("color-contrast"));
			}
			AxeResults results = axe.analyze();
			if (results.isErrored()) {
				this.findings.add(where, "axe could not check it: " + results.getErrorMessage());
			}
			results.getViolations()
				.stream()
				.filter((rule) -> BLOCKING.contains(rule.getImpact()))
				.forEach((rule) -> this.findings.add(where, describe(rule)));
		}
		catch (PlaywrightException ex) {
			this.findings.add(where, "could not be drawn: " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.limit(3)
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "axe " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
	}

	@Override
	public void close() {
		try {
			await();
		}
		finally {
			this.drawing.submit(() -> {
				if (this.playwright != null) {
					this.playwright.close();
				}
			});
			this.drawing.shutdown();
			try {
				this.drawing.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
