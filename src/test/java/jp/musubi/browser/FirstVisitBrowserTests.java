package jp.musubi.browser;

import java.time.Clock;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.OrganisationDetails;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first visit in a real browser: signing up, confirming by mail, signing in,
 * changing the language, finding an agent and signing out; and that the pages serve
 * people who use a keyboard, a screen reader, larger text or no JavaScript.
 */
@MusubiTest
class FirstVisitBrowserTests extends BrowserTest {

	private static final String PASSWORD = "yunomori onsen in the snow";

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	Clock clock;

	@Test
	void aNewcomerSignsUpConfirmsSignsInSwitchesToEnglishFindsAnAgentAndSignsOut() {
		listedAgent("ゆのもりテレワークセンター", "Yunomori Telework Centre", Prefecture.FUKUSHIMA, "在宅で働く人のテレワーク講座と仕事の紹介");
		listedAgent("みなとテレワーク協会", "Minato Telework Association", Prefecture.TOKYO, "テレワークの相談窓口");
		String email = Fixtures.uniqueEmail("hanako");

		this.page.navigate("/");
		assertThat(this.page.locator("html")).hasAttribute("lang", "ja");
		assertThat(heading()).isVisible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新規登録").setExact(true)).click();
		fillInSignUpAsMember(email);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();

		assertThat(this.page).hasURL(Pattern.compile("/signup/sent$"));
		assertThat(heading()).hasText("メールをご確認ください");
		assertThat(this.page.locator("#main")).containsText(email);

		this.page.navigate(Mailbox.path(Mailbox.awaitFirst(email), "/signup/confirm"));
		assertThat(heading()).hasText("メールアドレスを確認しました");

		this.page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ログイン")).click();
		signIn(email, PASSWORD);
		assertThat(this.page.locator(".signed-in-as")).containsText("山田 花子");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator(".languages a[lang=en]")).hasAttribute("aria-current", "true");
		this.page.locator(".main-nav a[href='/account']").click();
		assertThat(this.page).hasURL(Pattern.compile("/account$"));
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("#main")).containsText(email);
		assertThat(this.page.locator("#main")).containsText("969-3301");

		this.page.locator(".main-nav a[href='/agents']").click();
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		Locator results = this.page.locator("#agent-results");
		assertThat(results).containsText("Yunomori Telework Centre");
		assertThat(results).containsText("Minato Telework Association");
		// With JavaScript the results follow the search box and the prefecture as they
		// change, once htmx has started: after the page has loaded.
		this.page.waitForLoadState();
		this.page.locator("#q").fill("テレワーク");
		this.page.locator("#prefecture").selectOption("07");
		assertThat(this.page).hasURL(Pattern.compile("/agents\\?.*prefecture=07"));
		assertThat(results.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("ゆのもりテレワークセンター")))
			.isVisible();
		assertThat(results).containsText("Yunomori Telework Centre");
		assertThat(results).not().containsText("みなとテレワーク協会");

		signOutButton().click();
		assertThat(this.page).hasURL(Pattern.compile("/\\?signedOut$"));
		assertThat(this.page.getByRole(AriaRole.STATUS)).isVisible();
		assertThat(signOutButton()).hasCount(0);
		assertThat(this.page.locator(".account-actions a[href='/signin']")).isVisible();
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/signup", "/signin", "/privacy" })
	void publicPagesHaveNoSeriousAccessibilityProblems(String path) {
		this.page.navigate(path);
		assertThat(heading()).isVisible();
		assertAccessible();
	}

	@Test
	void theDirectoryWithResultsHasNoSeriousAccessibilityProblems() {
		listedAgent("あさひ在宅ワーク支援室", null, Prefecture.MIYAGI, "在宅ワークの始め方を一緒に考えます");
		this.page.navigate("/agents?q=在宅ワーク");
		assertThat(this.page.locator("#agent-results")).containsText("あさひ在宅ワーク支援室");
		assertAccessible();
	}

	@Test
	void theTeleworkChartsHaveNoSeriousAccessibilityProblems() {
		this.page.navigate("/about/telework");
		assertThat(this.page.locator("html[data-charts-drawn=true]")).hasCount(1);
		assertThat(this.page.locator("#telework-share-chart")).isVisible();
		assertAccessible();
	}

	@Test
	void myPageHasNoSeriousAccessibilityProblems() {
		TestUser member = this.fixtures.member("taro");
		this.page.navigate("/signin");
		signIn(member.email(), Fixtures.PASSWORD);
		this.page.navigate("/account");
		assertThat(this.page.locator("#main")).containsText(member.email());
		assertAccessible();
	}

	@Test
	void signUpErrorsHaveNoSeriousAccessibilityProblems() {
		this.page.navigate("/signup");
		this.page.locator("#email").fill("not an address");
		this.page.locator("#password").fill("short");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).isVisible();
		assertThat(this.page.locator("#email-error")).isVisible();
		assertThat(this.page.locator("#email")).hasAttribute("aria-invalid", "true");
		assertAccessible();
	}

	@Test
	void theFirstTabOffersTheSkipLinkWhichLeadsPastTheHeader() {
		this.page.navigate("/");
		this.page.keyboard().press("Tab");
		Locator skip = this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("本文へ移動"));
		assertThat(skip).isFocused();
		assertThat(skip).isInViewport();
		assertThat(focusStyle()).as("focus style of the skip link").isNotEqualTo("none none");

		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(Pattern.compile("#main$"));
		assertThat(this.page.locator("#main")).isFocused();

		// The next stop is in the page's content, not back in the header.
		this.page.keyboard().press("Tab");
		assertThat(this.page.locator("#main :focus")).hasCount(1);
		assertThat(focusStyle()).as("focus style in the content").isNotEqualTo("none none");
	}

	@Test
	void largerTextIsAPlainFormAndStaysOnTheNextPage() {
		// The switch is a plain form, so it must work with JavaScript off.
		withoutJavaScript();
		this.page.navigate("/");
		double normal = rootFontSize();

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("文字を大きく")).click();
		assertThat(this.page.locator("html")).hasClass(Pattern.compile("\\btext-large\\b"));
		// Sizes are computed from the style sheet, which a click does not wait for.
		this.page.waitForLoadState();
		assertThat(rootFontSize()).isGreaterThan(normal);
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("文字を標準に"))).isVisible();

		this.page.locator(".main-nav a[href='/about/telework']").click();
		assertThat(this.page).hasURL(Pattern.compile("/about/telework$"));
		assertThat(this.page.locator("html")).hasClass(Pattern.compile("\\btext-large\\b"));
		this.page.waitForLoadState();
		assertThat(rootFontSize()).isGreaterThan(normal);
	}

	@Test
	void withoutJavaScriptTheDirectorySearchesAndSignUpShowsItsErrors() {
		listedAgent("あいづSOHO支援センター", null, Prefecture.FUKUSHIMA, "SOHOの仕事づくり");
		listedAgent("なにわSOHOネット", null, Prefecture.OSAKA, "SOHOの交流会");
		withoutJavaScript();

		this.page.navigate("/agents");
		this.page.locator("#q").fill("soho");
		this.page.locator("#prefecture").selectOption("07");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
		assertThat(this.page).hasURL(Pattern.compile("/agents\\?q=soho&prefecture=07"));
		Locator results = this.page.locator("#agent-results");
		assertThat(results).containsText("あいづSOHO支援センター");
		assertThat(results).not().containsText("なにわSOHOネット");
		assertThat(this.page.locator("#q")).hasValue("soho");

		this.page.navigate("/signup");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("メールアドレスを入力してください。");
		assertThat(errorNextTo("email")).hasText("メールアドレスを入力してください。");
		assertThat(errorNextTo("password")).hasText("パスワードを入力してください。");
		assertThat(errorNextTo("familyName")).hasText("姓を入力してください。");
		assertThat(errorNextTo("givenName")).hasText("名を入力してください。");
		assertThat(this.page.locator("#acceptTerms-error")).hasText("個人情報の取り扱いに同意してください。");
		assertThat(this.page.locator("#email")).hasAttribute("aria-describedby", Pattern.compile("\\bemail-error\\b"));
	}

	private void fillInSignUpAsMember(String email) {
		this.page.locator("#kind-member").check();
		this.page.locator("#email").fill(email);
		this.page.locator("#password").fill(PASSWORD);
		this.page.locator("#passwordConfirmation").fill(PASSWORD);
		this.page.locator("#familyName").fill("山田");
		this.page.locator("#givenName").fill("花子");
		this.page.locator("#familyNameKana").fill("やまだ");
		this.page.locator("#givenNameKana").fill("はなこ");
		this.page.locator("#prefecture").selectOption("07");
		// Typed as a Japanese input method gives it: full-width digits and dash.
		this.page.locator("#postalCode").fill("９６９－３３０１");
		this.page.getByRole(AriaRole.CHECKBOX).check();
	}

	private void listedAgent(String name, String nameLatin, Prefecture prefecture, String description) {
		this.organisations
			.save(new Organisation(new OrganisationDetails(name, nameLatin, prefecture, description, null, true),
					OrganisationType.AGENT, null, null, this.clock));
	}

	/** Signs in through the form on the sign-in page the browser is on. */
	private void signIn(String email, String password) {
		this.page.locator("#email").fill(email);
		this.page.locator("#password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログインする")).click();
		assertThat(signOutButton()).isVisible();
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator signOutButton() {
		return this.page.locator("form[action='/signout'] button");
	}

	/** The error in the same field as the input, where a sighted user looks for it. */
	private Locator errorNextTo(String field) {
		return this.page.locator(".field:has(> #" + field + ") > .error");
	}

	private double rootFontSize() {
		return ((Number) this.page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)"))
			.doubleValue();
	}

	/** The focused element's outline and box shadow styles; "none none" shows nothing. */
	private String focusStyle() {
		return (String) this.page.evaluate("() => { const style = getComputedStyle(document.activeElement);"
				+ " return style.outlineStyle + ' ' + style.boxShadow; }");
	}

}
