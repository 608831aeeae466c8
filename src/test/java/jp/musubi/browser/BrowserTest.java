package jp.musubi.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real Chromium on the running application, for what only a browser shows: focus,
 * computed styles, scripts, and what assistive technology reads. Subclasses are
 * {@code @MusubiTest}s. The browser starts once per class, and every test gets a fresh
 * context (cookies, session, language) and page.
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
abstract class BrowserTest {

	// Debian's Chromium, so that Playwright never downloads a browser of its own.
	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private final List<BrowserContext> otherContexts = new ArrayList<>();

	Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
		// Leeway for a busy machine: the first render of each template is slow.
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		usePage(new Browser.NewContextOptions());
	}

	@AfterEach
	void closePage() {
		this.context.close();
		this.otherContexts.forEach(BrowserContext::close);
		this.otherContexts.clear();
	}

	/**
	 * Another person's browser beside {@link #page}, with its own cookies, session and
	 * language, for tests where several people take turns. It closes with the test.
	 */
	Page anotherBrowser() {
		return openContext(new Browser.NewContextOptions());
	}

	/** Another person's browser, with JavaScript switched off. */
	Page anotherBrowserWithoutJavaScript() {
		return openContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
	}

	private Page openContext(Browser.NewContextOptions options) {
		BrowserContext other = browser.newContext(configured(options));
		this.otherContexts.add(other);
		return other.newPage();
	}

	/**
	 * Starts over in a browser with JavaScript switched off, as some visitors' are: what
	 * the test does next must work with plain HTML.
	 */
	void withoutJavaScript() {
		this.context.close();
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
	}

	private void usePage(Browser.NewContextOptions options) {
		this.context = browser.newContext(configured(options));
		this.page = this.context.newPage();
	}

	private Browser.NewContextOptions configured(Browser.NewContextOptions options) {
		return options.setBaseURL("http://localhost:" + this.port)
			.setLocale("ja-JP")
			.setTimezoneId("Asia/Tokyo")
			.setViewportSize(1280, 900);
	}

	/** Signs the person in on this page, through the sign-in form. */
	static void signIn(Page page, TestUser user) {
		page.navigate("/signin");
		page.getByLabel("メールアドレス", new Page.GetByLabelOptions().setExact(true)).fill(user.email());
		page.getByLabel("パスワード", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする").setExact(true)).click();
		PlaywrightAssertions.assertThat(page.locator("form[action='/signout'] button")).isVisible();
	}

	/**
	 * Fails on every serious or critical WCAG 2.1 A/AA violation axe finds on the page as
	 * it is now; lesser ones are left to review.
	 */
	void assertAccessible() {
		assertAccessible(this.page);
	}

	/** The same check on another person's page. */
	void assertAccessible(Page page) {
		// Contrast is judged on the styled page; a click that loaded it does not wait for
		// the style sheet.
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
		if (results.isErrored()) {
			fail("axe could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			fail(blocking.size() + " serious or critical accessibility violation(s) on " + page.url() + ":\n"
					+ blocking.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.limit(3)
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets
				+ ((rule.getNodes().size() > 3) ? " and " + (rule.getNodes().size() - 3) + " more" : "");
	}

	/**
	 * Keeps what the browser showed when a test failed, in
	 * {@code target/browser-failures}. It runs before {@code @AfterEach} closes the page.
	 */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		private static final Path FAILURES = Paths.get("target", "browser-failures");

		@Override
		public void afterTestExecution(ExtensionContext extension) {
			if (extension.getExecutionException().isEmpty()
					|| !(extension.getRequiredTestInstance() instanceof BrowserTest test) || test.page == null) {
				return;
			}
			screenshot(test.page, FAILURES.resolve(name(extension) + ".png"), extension);
			// Each other person's browser too, as they saw it last.
			for (int i = 0; i < test.otherContexts.size(); i++) {
				for (Page other : test.otherContexts.get(i).pages()) {
					screenshot(other, FAILURES.resolve(name(extension) + "-other-" + (i + 1) + ".png"), extension);
				}
			}
		}

		private static void screenshot(Page page, Path file, ExtensionContext extension) {
			try {
				page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
				System.err.println("Screenshot of the failure: " + file.toAbsolutePath() + " (" + page.url() + ")");
			}
			catch (PlaywrightException ex) {
				// The page may have crashed with the test; the test's own failure matters
				// more.
				extension.getExecutionException().get().addSuppressed(ex);
			}
		}

		private static String name(ExtensionContext extension) {
			String name = extension.getRequiredTestClass().getSimpleName() + "-"
					+ extension.getRequiredTestMethod().getName();
			String display = extension.getDisplayName();
			// Each invocation of a parameterised test gets its own picture.
			return display.startsWith("[") ? name + "-" + display.replaceAll("[^A-Za-z0-9]+", "_") : name;
		}

	}

}
