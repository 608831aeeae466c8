package jp.musubi.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.web.Dates;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestDetails;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.skill.Skill;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work exchange in a real browser, each person in their own: a client orders work,
 * the agent publishes it, a member finds it, proposes and delivers, the client contracts,
 * inspects and gets the invoice. Fields are found by their labels, as a screen reader
 * finds them; every page is checked with axe; the request form is used by keyboard alone;
 * and the core path works with JavaScript off.
 */
@MusubiTest
class WorkExchangeBrowserTests extends BrowserTest {

	private static final UUID DATA_ENTRY = UUID.fromString("1f126094-7bb4-585b-87f1-2fd3edfb5555");

	/** Labels are matched whole: 固定報酬 is also inside the label of the budget. */
	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static final String CLIENT_NAME = "株式会社あおば物産";

	// A fixture person's given name is also their address, which must be ASCII.
	private static final String MEMBER_NAME = "山田 hanako";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	WorkRequests requests;

	@Autowired
	WorkProfiles profiles;

	TestUser client;

	UUID clientOrganisation;

	TestUser agent;

	TestUser member;

	String title;

	@BeforeEach
	void parties() {
		this.client = this.fixtures.member("hatchu");
		this.clientOrganisation = this.fixtures.organisation(CLIENT_NAME, OrganisationType.CLIENT, this.client);
		this.agent = this.fixtures.member("shokuin");
		this.fixtures.organisation("湯の森テレワークセンター", OrganisationType.AGENT, this.agent);
		this.member = this.fixtures.member("hanako");
		// データ入力 is found inside the compound データ入力作業; the number keeps this
		// test's request apart from others in the same database.
		this.title = "データ入力作業 商品台帳 " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aRequestGoesFromTheClientThroughTheAgentAndAMemberToAPaidInvoiceAndReviews() {
		// The client orders work, finding every field by its label.
		Page client = this.page;
		signIn(client, this.client);
		client.navigate("/work/requests/new");
		fillInRequest(client, this.title);
		// Layout of the catalogue is design work, on which income tax is withheld.
		client.getByLabel("仕事の種類", EXACT).selectOption(new SelectOption().setLabel("デザイン"));
		button(client, "エージェントに送る").click();
		assertThat(heading(client)).hasText(this.title);
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("依頼を送りました");
		assertThat(client.locator("#main")).containsText("審査中");
		assertThat(client.locator("#main")).containsText(CLIENT_NAME);
		assertAccessible(client);
		String requestPath = path(client);

		// The agent finds it in the review queue and publishes it.
		Page agent = anotherBrowser();
		signIn(agent, this.agent);
		navLink(agent, "案件の審査").click();
		assertThat(heading(agent)).hasText("審査を待つ依頼");
		assertAccessible(agent);
		findInPages(agent, this.title).click();
		assertThat(heading(agent)).hasText(this.title);
		button(agent, "公開する").click();
		assertThat(agent.getByRole(AriaRole.STATUS)).hasText("依頼を公開しました。");
		assertThat(agent.locator("#main")).containsText("募集中");

		// A member searches for a word inside the title's compound; the results follow
		// the search box and the order as they change.
		Page member = anotherBrowser();
		signIn(member, this.member);
		navLink(member, "仕事をさがす").click();
		assertThat(heading(member)).hasText("仕事をさがす");
		// The results follow the form only once htmx has started, after the page loaded.
		member.waitForLoadState();
		member.getByLabel("ことばで探す", EXACT).fill("データ入力");
		assertThat(member).hasURL(Pattern.compile("/work\\?.*q=%E3%83%87"));
		member.getByLabel("並び順", EXACT).selectOption(new SelectOption().setLabel("新しい順"));
		assertThat(member).hasURL(Pattern.compile("/work\\?.*sort=NEWEST"));
		Locator found = member.locator("#work-results")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(this.title));
		assertThat(found).isVisible();
		assertAccessible(member);
		found.click();
		assertThat(heading(member)).hasText(this.title);
		assertThat(member.locator("#main")).containsText("30,000円");
		assertAccessible(member);

		// The member asks a question first; the client will find it in their messages.
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この仕事について質問する")).click();
		assertThat(heading(member)).hasText("「" + this.title + "」についてのメッセージ");
		assertThat(member.title()).startsWith("「" + this.title + "」についてのメッセージ");
		member.getByLabel("メッセージを書く", EXACT).fill("商品は何件くらいありますか。");
		button(member, "送信する").click();
		assertThat(member.locator("ol.thread")).containsText("商品は何件くらいありますか。");
		assertAccessible(member);
		member.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(this.title)).click();

		member.getByLabel("メッセージ", EXACT).fill("事務の仕事を10年しています。正確に入力します。");
		member.getByLabel("提案金額（円・税抜）", EXACT).fill("￥30,000");
		member.getByLabel("納品予定日", EXACT).fill(today().plusDays(20).toString());
		button(member, "提案を送る").click();
		assertThat(member.getByRole(AriaRole.STATUS)).containsText("提案を送りました");
		assertThat(member.locator("#propose")).containsText("あなたの提案：提案中");

		// The member states their registration number, so that the invoice is a
		// qualified one.
		navLink(member, "マイワーク").click();
		assertThat(heading(member)).hasText("マイワーク");
		assertThat(member.locator("#main")).containsText("提案中");
		assertAccessible(member);
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ワークプロフィール")).click();
		member.getByLabel("自己紹介", EXACT).fill("事務の仕事を10年しています。");
		member.getByLabel("1週間に働ける時間", EXACT).fill("20");
		member.getByLabel("適格請求書発行事業者の登録番号", EXACT).fill("T7000012050002");
		button(member, "保存する").click();
		assertThat(member.getByRole(AriaRole.STATUS)).hasText("ワークプロフィールを保存しました。");
		assertAccessible(member);

		// The client reads the question, then the proposal, and accepts it with the
		// terms the form suggests.
		client.locator(".main-nav a[href='/work/messages']").click();
		assertThat(heading(client)).hasText("メッセージ");
		assertThat(client.locator("#main")).containsText(this.title);
		assertThat(client.locator("#main")).containsText("新着 1件");
		assertAccessible(client);
		client.navigate(requestPath);
		client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("提案を見る")).click();
		assertThat(heading(client)).hasText("届いた提案");
		assertThat(client.locator("#main")).containsText(MEMBER_NAME);
		assertAccessible(client);
		client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("採用して発注する")).click();
		assertThat(heading(client)).hasText("提案を採用して発注する");
		// The member typed ￥30,000; the terms offer it back as people read amounts.
		assertThat(client.getByLabel("報酬の額（円・税抜）", EXACT)).hasValue("30,000");
		assertThat(client.getByLabel("1番目の金額", EXACT)).hasValue("30,000");
		assertThat(client.getByLabel("納品日", EXACT)).hasValue(today().plusDays(20).toString());
		assertThat(client.getByLabel("1番目の内容", EXACT)).hasValue(this.title);
		assertFieldsAsLargeAsTheText(client);
		assertAccessible(client);
		button(client, "この条件で発注する").click();
		assertThat(heading(client)).hasText("契約");
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("契約が成立しました");
		assertThat(client.locator("#main")).containsText(MEMBER_NAME);
		Download terms = client.waitForDownload(
				() -> client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("取引条件（PDF）")).click());
		assertThat(terms.suggestedFilename()).endsWith(".pdf");
		assertThat(terms.failure()).isNull();
		assertAccessible(client);
		String contractPath = path(client);

		// The member finds the contract from their work page and delivers a file.
		navLink(member, "マイワーク").click();
		member.locator("#main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("契約").setExact(true))
			.click();
		member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CLIENT_NAME)).click();
		assertThat(member).hasURL(Pattern.compile(contractPath + "$"));
		assertFieldsAsLargeAsTheText(member);
		assertAccessible(member);
		member.getByLabel("成果物を提出する", EXACT)
			.setInputFiles(
					new FilePayload("入力結果.csv", "text/csv", "品番,品名\nA-001,湯の森せんべい\n".getBytes(StandardCharsets.UTF_8)));
		member.getByLabel("ひとこと（任意）", EXACT).fill("ご確認ください。");
		button(member, "提出する").click();
		assertThat(member.getByRole(AriaRole.STATUS)).containsText("成果物を提出しました");
		assertThat(member.locator("#main")).containsText("入力結果.csv");

		// The client inspects and accepts; the invoice appears, with its amounts.
		client.reload();
		assertThat(client.locator("#main")).containsText("入力結果.csv");
		assertThat(client.locator("#main")).containsText("検査待ち");
		button(client, "検収する").click();
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("検収しました");
		Locator invoice = client.locator("#main a[href^='/work/invoices/']");
		assertThat(invoice).hasText(Pattern.compile("^MSB-\\d{4}-\\d{6}$"));
		invoice.click();
		assertThat(heading(client)).hasText("適格請求書");
		Locator main = client.locator("#main");
		// 30,000 yen of design work: 10% consumption tax, and 10.21% of the fee withheld
		// as income tax, rounded down: 3,063 yen.
		for (String text : List.of("T7000012050002", CLIENT_NAME + " 御中", "30,000円", "3,000円", "33,000円", "−3,063円")) {
			assertThat(main).containsText(text);
		}
		assertThat(client.locator("dt:text-is('お支払いいただく額') + dd")).hasText("29,937円");
		assertAccessible(client);
		String invoicePath = path(client);

		// The member downloads the invoice as a PDF, which says the same.
		member.navigate(invoicePath);
		Download pdf = member.waitForDownload(
				() -> member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("請求書（PDF）")).click());
		assertThat(pdf.suggestedFilename()).endsWith(".pdf");
		assertThat(pdfText(pdf)).contains("T7000012050002", "3,063", "29,937");

		// The agent records the payment from the list of what is owed; the form offers
		// today and the open amount.
		navLink(agent, "案件の審査").click();
		agent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("入金の管理")).click();
		assertThat(heading(agent)).hasText("入金の管理");
		assertAccessible(agent);
		agent.locator("#main a[href='" + invoicePath + "']").click();
		assertThat(agent.getByLabel("金額（円）", EXACT)).hasValue("29937");
		button(agent, "入金を記録する").click();
		assertThat(agent.getByRole(AriaRole.STATUS)).containsText("入金を記録しました");
		assertThat(agent.locator("#main")).containsText("入金済み");
		assertAccessible(agent);

		// Both sides review each other; the member's profile shows the rating.
		for (Page side : List.of(client, member)) {
			side.navigate(contractPath);
			side.getByLabel("相手への評価（5段階）", EXACT).selectOption(new SelectOption().setLabel("5段階中 5"));
			side.getByLabel("コメント（任意）", EXACT).fill("ありがとうございました。");
			button(side, "評価する").click();
			assertThat(side.getByRole(AriaRole.STATUS)).containsText("評価を送りました");
		}
		client.reload();
		assertThat(client.locator("#reviews li")).hasCount(2);
		assertAccessible(client);
		client.navigate("/work/members/" + this.member.id());
		assertThat(client.locator("#main")).containsText("5（1件）");
		assertAccessible(client);
	}

	private static String pdfText(Download download) {
		try (PDDocument document = Loader.loadPDF(download.path().toFile())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theRequestFormIsFilledInAndSentByKeyboardAndItsErrorsLeadBackToTheFields() {
		signIn(this.page, this.client);
		this.page.navigate("/work/requests/new");
		// The skip link first, then into the form.
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#main")).isFocused();
		assertFieldsAsLargeAsTheText(this.page);

		// Everything but the title, tabbing from field to field until the send button.
		Set<String> reached = tabThroughRequestFormTo("エージェントに送る",
				Map.of("description", "商品台帳の入力です。", "budget", "30000"));
		assertThat(reached).contains("organisationId", "title", "description", "category", "pricing", "budget",
				"hourlyRate", "estimatedHours", "deadline", "remote", "location", "skills");
		assertThat(this.page.getByLabel("締切日", EXACT)).hasValue(keyboardDeadline().toString());
		this.page.keyboard().press("Enter");

		Locator summary = this.page.getByRole(AriaRole.ALERT);
		assertThat(summary).containsText("入力内容を確認してください");
		assertThat(summary).containsText("件名");
		assertThat(summary).isFocused();
		assertThat(this.page.getByLabel("件名", EXACT)).hasAttribute("aria-invalid", "true");
		assertThat(this.page.getByLabel("件名", EXACT)).hasAttribute("aria-describedby",
				Pattern.compile("\\btitle-error\\b"));
		assertAccessible();

		// From the summary to the title, and on to send again; the rest was kept.
		Locator toTitle = summary.locator("a[href='#title']");
		for (int stops = 0; stops < 10 && !isFocused(toTitle); stops++) {
			this.page.keyboard().press("Tab");
		}
		assertThat(toTitle).isFocused();
		this.page.keyboard().press("Enter");
		assertThat(this.page.getByLabel("件名", EXACT)).isFocused();
		this.page.keyboard().insertText(this.title);
		tabThroughRequestFormTo("エージェントに送る", Map.of());
		this.page.keyboard().press("Enter");
		assertThat(heading(this.page)).hasText(this.title);
		assertThat(this.page.locator("#main")).containsText("30,000円");
		assertThat(this.page.locator("#main")).containsText("データ入力");
	}

	@Test
	void anErrorAboutTheChosenSkillsLeadsToTheSkills() {
		signIn(this.page, this.client);
		this.page.navigate("/work/requests/new");
		fillInRequest(this.page, this.title);
		Locator skills = this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("必要なスキル"))
			.getByRole(AriaRole.CHECKBOX);
		for (int i = 0; i < 11; i++) {
			skills.nth(i).check();
		}
		button(this.page, "エージェントに送る").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("必要なスキルは10個までにしてください。");
		assertEverySummaryLinkLeadsToItsField();
		assertThat(this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("必要なスキル")))
			.hasAccessibleDescription("必要なスキルは10個までにしてください。");
	}

	@Test
	void withoutJavaScriptTheClientPostsAndAVisitorSearchesAndOpensTheRequest() {
		Page client = anotherBrowserWithoutJavaScript();
		signIn(client, this.client);
		client.navigate("/work/requests/new");
		fillInRequest(client, this.title);
		// Layout of the catalogue is design work, on which income tax is withheld.
		client.getByLabel("仕事の種類", EXACT).selectOption(new SelectOption().setLabel("デザイン"));
		button(client, "エージェントに送る").click();
		assertThat(heading(client)).hasText(this.title);
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("依頼を送りました");

		Page agent = anotherBrowserWithoutJavaScript();
		signIn(agent, this.agent);
		agent.navigate(path(client));
		button(agent, "公開する").click();
		assertThat(agent.getByRole(AriaRole.STATUS)).hasText("依頼を公開しました。");

		withoutJavaScript();
		this.page.navigate("/work");
		this.page.getByLabel("ことばで探す", EXACT).fill("データ入力");
		this.page.getByLabel("並び順", EXACT).selectOption(new SelectOption().setLabel("新しい順"));
		button(this.page, "検索").click();
		assertThat(this.page).hasURL(Pattern.compile("/work\\?q=.*&sort=NEWEST"));
		assertThat(this.page.getByLabel("ことばで探す", EXACT)).hasValue("データ入力");
		this.page.locator("#work-results")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(this.title))
			.click();
		assertThat(heading(this.page)).hasText(this.title);
		assertThat(this.page.locator("#main")).containsText(CLIENT_NAME);
	}

	@Test
	void withLargerTextAndTheBrowsersTextAtTwiceTheSizeTheSearchPageDoesNotScrollSideways() {
		publishedRequest(this.title);
		this.page.navigate("/work?q=データ入力&sort=NEWEST");
		assertThat(this.page.locator("#work-results")).containsText(this.title);
		this.page.waitForLoadState();
		double normal = rootFontSize();

		// The site's own switch, and the browser's text size doubled, as someone who
		// needs large text may well have both.
		button(this.page, "文字を大きく").click();
		assertThat(this.page.locator("html")).hasClass(Pattern.compile("\\btext-large\\b"));
		JsonObject sizes = new JsonObject();
		sizes.addProperty("standard", 32);
		JsonObject fontSizes = new JsonObject();
		fontSizes.add("fontSizes", sizes);
		this.page.context().newCDPSession(this.page).send("Page.setFontSizes", fontSizes);
		this.page.waitForLoadState();
		assertThat(rootFontSize()).isGreaterThanOrEqualTo(2 * normal);
		assertThat(this.page.locator("#work-results")).containsText(this.title);

		Number page = (Number) this.page.evaluate("() => document.documentElement.scrollWidth");
		Number viewport = (Number) this.page.evaluate("() => document.documentElement.clientWidth");
		assertThat(page.intValue()).as("width of the page at %spx text", rootFontSize())
			.isLessThanOrEqualTo(viewport.intValue());
	}

	/**
	 * Fills in the request form as a sighted mouse user would, each field found by its
	 * label: fixed price, remote, with the data entry skill.
	 */
	private void fillInRequest(Page page, String title) {
		page.getByLabel("件名", EXACT).fill(title);
		page.getByLabel("仕事の内容", EXACT).fill("商品台帳（約300件）をExcelに入力する作業です。\n資料はPDFでお渡しします。");
		page.getByLabel("仕事の種類", EXACT).selectOption(new SelectOption().setLabel("データ入力"));
		page.getByLabel("固定報酬", EXACT).check();
		page.getByLabel("予算（固定報酬の場合、円・税抜）", EXACT).fill("30000");
		page.getByLabel("締切日", EXACT).fill(today().plusDays(30).toString());
		assertThat(page.getByLabel("在宅（リモート）でできる", EXACT)).isChecked();
		page.getByLabel("データ入力", EXACT).check();
	}

	/**
	 * Presses Tab until the button with the name has focus, typing into the fields named
	 * in {@code typing} (by id) when they first have it, and choosing with the arrow keys
	 * and the space bar an empty date ({@link #keyboardDeadline()}), the first category
	 * and the data entry skill on the way. Returns the ids (or names, for checkboxes and
	 * radio buttons) of the fields that had focus.
	 */
	private Set<String> tabThroughRequestFormTo(String button, Map<String, String> typing) {
		Set<String> reached = new LinkedHashSet<>();
		for (int stops = 0; stops < 400; stops++) {
			this.page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			Map<String, Object> focused = (Map<String, Object>) this.page.evaluate(
					"() => { const e = document.activeElement; return { tag: e.tagName, id: e.id, name: e.name || '',"
							+ " type: e.type || '', text: e.textContent.trim(), label: e.labels && e.labels.length"
							+ " ? e.labels[0].textContent.trim() : '', value: e.value || '' }; }");
			String tag = (String) focused.get("tag");
			String id = (String) focused.get("id");
			String type = (String) focused.get("type");
			if ("BUTTON".equals(tag) && button.equals(focused.get("text"))) {
				return reached;
			}
			boolean choice = "checkbox".equals(type) || "radio".equals(type);
			String field = choice ? (String) focused.get("name") : id;
			boolean first = reached.add(field);
			if (first && typing.containsKey(id)) {
				this.page.keyboard().insertText(typing.get(id));
			}
			if (first && "date".equals(type) && ((String) focused.get("value")).isEmpty()) {
				// Up twice in each part, in whatever order the browser shows them.
				for (int part = 0; part < 3; part++) {
					this.page.keyboard().press("ArrowUp");
					this.page.keyboard().press("ArrowUp");
					this.page.keyboard().press("ArrowRight");
				}
			}
			if (first && "category".equals(id) && ((String) focused.get("value")).isEmpty()) {
				this.page.keyboard().press("ArrowDown");
			}
			if ("skills".equals(field) && "データ入力".equals(focused.get("label"))
					&& !this.page.locator("#" + id).isChecked()) {
				this.page.keyboard().press("Space");
			}
		}
		throw new AssertionError("Tab never reached the button " + button + "; reached " + reached);
	}

	/**
	 * Every field on the page shows its text at the size of the page's text, which the
	 * visitor may have made larger: a browser's own size for fields is smaller.
	 */
	private static void assertFieldsAsLargeAsTheText(Page page) {
		// A page just navigated to may not have its stylesheet yet; measured then, every
		// field has the browser's own size.
		page.waitForLoadState();
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) page
			.evaluate("() => { const text = parseFloat(getComputedStyle(document.body).fontSize);"
					+ " return [...document.querySelectorAll("
					+ "'#main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), #main select, #main textarea')]"
					+ ".filter((e) => parseFloat(getComputedStyle(e).fontSize) < text)"
					+ ".map((e) => (e.id || e.name) + ' ' + getComputedStyle(e).fontSize + ' < ' + text + 'px'); }");
		assertThat(small).as("fields with smaller text than the page's on " + page.url()).isEmpty();
	}

	/**
	 * Every error in the summary links to something in the form, and following the link
	 * puts the keyboard there.
	 */
	private void assertEverySummaryLinkLeadsToItsField() {
		// The summary comes first in the page and the fields after it: a link followed
		// while the
		// rest of the page is still arriving leads nowhere, which a person cannot do
		// faster than
		// the page loads but a test can.
		this.page.waitForLoadState();
		Locator links = this.page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK);
		assertThat(links.count()).as("links in the error summary").isPositive();
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < links.count(); i++) {
			targets.add(links.nth(i).getAttribute("href"));
		}
		for (String target : targets) {
			this.page.getByRole(AriaRole.ALERT).locator("a[href='" + target + "']").focus();
			this.page.keyboard().press("Enter");
			assertThat(this.page.locator(target).count()).as("elements the link " + target + " leads to").isOne();
			assertThat(this.page.locator(target)).isFocused();
		}
	}

	private void publishedRequest(String title) {
		List<Skill> vocabulary = this.profiles.vocabulary();
		Set<Skill> skills = Set.copyOf(vocabulary.stream().filter((skill) -> skill.id().equals(DATA_ENTRY)).toList());
		RequestDetails details = new RequestDetails(title, "商品台帳の入力です。", WorkCategory.DATA_ENTRY, Pricing.FIXED,
				Yen.of(30000), null, null, today().plusDays(30), true, null, skills);
		UUID id = this.requests.post(this.currentUsers.of(this.client.id()), this.clientOrganisation, details).id();
		this.requests.publish(this.currentUsers.of(this.agent.id()), id);
	}

	/** The link with the name, in a list that may run over several pages. */
	private Locator findInPages(Page page, String name) {
		Locator link = page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
		for (int pages = 0; pages < 20 && link.count() == 0; pages++) {
			page.locator("#main a[rel=next]").click();
			page.waitForLoadState();
		}
		return link;
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator navLink(Page page, String name) {
		return page.locator(".main-nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static String path(Page page) {
		return URI.create(page.url()).getPath();
	}

	private static boolean isFocused(Locator locator) {
		return (Boolean) locator.evaluate("(e) => e === document.activeElement");
	}

	/**
	 * The date that pressing up twice in each part of an empty date field gives: the year
	 * starts from this year, the month and day from 1.
	 */
	private LocalDate keyboardDeadline() {
		return LocalDate.of(today().getYear() + 1, 2, 2);
	}

	private LocalDate today() {
		return Dates.today(this.clock);
	}

	private double rootFontSize() {
		return ((Number) this.page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)"))
			.doubleValue();
	}

}
