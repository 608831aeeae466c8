package jp.musubi.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page layout on a phone (390 by 844 pixels, as common phones show a page): the
 * header with its folded menu keeps to a fifth of the first screen, the menu opens by
 * keyboard and without JavaScript, no page scrolls sideways, and the programme cards keep
 * their labels whole and their text inside. The crawl test measures every page the same
 * way; these are the cases that failed before.
 */
@MusubiTest
class LayoutBrowserTests extends BrowserTest {

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void onAPhoneTheHeaderTakesAFifthOfTheScreenAndNoPageScrollsSideways(String language) {
		Region region = new TourismParties(this.context).region(5, 10, 4);
		signIn(this.page, personWithEveryMenuEntry());
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.navigate("/?lang=" + language);
		this.page.locator(".text-size button").click();
		assertThat(this.page.locator("html")).hasClass("text-large");
		assertThat(this.page.locator(".main-nav li").count()).as("entries in the menu").isGreaterThanOrEqualTo(15);

		for (String path : List.of("/", "/work", "/tourism", "/tourism/programmes/" + region.programme().id(),
				"/tourism/figures", "/work/contracts", "/organisations", "/account", "/admin/users")) {
			this.page.navigate(path);
			assertThat(this.page.locator("html")).hasAttribute("lang", language);
			assertThat(this.page.locator(".main-nav")).not().isVisible();
			assertThat(height(this.page.locator(".site-header"))).as("the header's height on %s", path)
				.isLessThanOrEqualTo(PHONE_HEIGHT / 5.0);
			assertThat(sidewaysOverflow()).as("how far %s scrolls sideways", path).isZero();
		}
	}

	@Test
	void onAPhoneTheMenuOpensByKeyboardWithAndWithoutJavaScript() {
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.navigate("/");
		assertThat(menuButton()).hasText("メニュー");
		openTheMenuByKeyboard();
		assertAccessible();
		this.page.keyboard().press("Escape");
		assertThat(this.page.locator("details.site-menu")).not().hasAttribute("open", "");
		assertThat(menuButton()).isFocused();

		withoutJavaScript();
		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.navigate("/");
		openTheMenuByKeyboard();
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Tab");
		assertThat(menuLink("仕事をさがす")).isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(Pattern.compile("/work$"));
	}

	private void openTheMenuByKeyboard() {
		assertThat(menuLink("仕事をさがす")).not().isVisible();
		for (int i = 0; i < 10 && !menuButtonFocused(); i++) {
			this.page.keyboard().press("Tab");
		}
		assertThat(menuButton()).isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("details.site-menu")).hasAttribute("open", "");
		assertThat(menuLink("仕事をさがす")).isVisible();
	}

	private Locator menuButton() {
		return this.page.locator("summary.menu-button");
	}

	private Locator menuLink(String name) {
		return this.page.locator(".main-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void onAWideScreenTheMenuStaysOpenWithoutAButton() {
		this.page.navigate("/");
		assertThat(this.page.locator("summary.menu-button")).not().isVisible();
		assertThat(this.page.locator(".main-nav a[href='/work']")).isVisible();
		assertThat(this.page.locator(".languages a[lang=en]")).isVisible();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en" })
	void theProgrammeListKeepsItsLabelsWholeAndItsTextInsideTheCards(String language) {
		new TourismParties(this.context).region(5, 10, 4);
		this.page.navigate("/tourism?lang=" + language);
		assertThat(this.page.locator(".card").first()).isVisible();
		assertThat(cardFaults()).as("cards on a wide screen").isEmpty();

		this.page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
		this.page.locator(".text-size button").click();
		assertThat(this.page.locator("html")).hasClass("text-large");
		assertThat(cardFaults()).as("cards on a phone with large text").isEmpty();
		assertThat(sidewaysOverflow()).isZero();
	}

	/**
	 * A person whose header lists every entry: an administrator who works for an agent, a
	 * client and a facility.
	 */
	private TestUser personWithEveryMenuEntry() {
		TestUser person = this.fixtures.admin("subete");
		this.fixtures.organisation("なんでもエージェント", OrganisationType.AGENT, person);
		this.fixtures.organisation("なんでも商事", OrganisationType.CLIENT, person);
		this.fixtures.facility("なんでも温泉", FacilityKind.ONSEN_LODGING, person);
		return person;
	}

	private static double height(Locator locator) {
		return locator.boundingBox().height;
	}

	private int sidewaysOverflow() {
		return (int) this.page
			.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
	}

	/** Asked without running a script, which the browser may have switched off. */
	private boolean menuButtonFocused() {
		return this.page.locator("summary.menu-button:focus").count() == 1;
	}

	/**
	 * What is wrong with the programme cards as drawn: a label narrower than two of its
	 * characters (a word broken one character a line), or an element reaching outside its
	 * card.
	 */
	@SuppressWarnings("unchecked")
	private List<String> cardFaults() {
		return (List<String>) this.page.evaluate(
				"""
						() => {
							const faults = [];
							for (const card of document.querySelectorAll('.card')) {
								const box = card.getBoundingClientRect();
								for (const dt of card.querySelectorAll('dt')) {
									const width = dt.getBoundingClientRect().width;
									const twoCharacters = 2 * parseFloat(getComputedStyle(dt).fontSize);
									if (width < twoCharacters) {
										faults.push(`label "${dt.textContent}" is ${width}px wide, under two characters (${twoCharacters}px)`);
									}
								}
								for (const element of card.querySelectorAll('*')) {
									const inner = element.getBoundingClientRect();
									if (inner.left < box.left - 1 || inner.right > box.right + 1) {
										faults.push(`${element.tagName} "${element.textContent.trim().slice(0, 30)}" reaches outside its card (${inner.left}..${inner.right} in ${box.left}..${box.right})`);
									}
								}
							}
							return faults;
						}
						""");
	}

}
