package jp.musubi.browser;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorTerms;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.BankNotices;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's whole path in a real browser (issue 13): a buyer in Tokyo orders rice (常温),
 * sake (liquor, with a birth date) and pre-ordered peaches (冷蔵) from two producers, reads
 * every item of 特定商取引法 Art. 12-6 on the final confirmation screen and pays by transfer;
 * the agent's staff import the bank's 全銀 notice, which marks the order paid; each
 * producer downloads its B2 labels, byte for byte what B2 imports, and imports the
 * tracking numbers B2 issued; the buyer is mailed, the invoice shows 8 % and 10 % with
 * the tax of each, and the agent's figures count the sale outside the region.
 */
@MusubiTest
class ShopBrowserTests extends BrowserTest {

	private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	private static final DateTimeFormatter B2_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static final Locator.GetByLabelOptions IN_GROUP = new Locator.GetByLabelOptions().setExact(true);

	/** What the farm's label names as its sender, from its notice and storefront. */
	private static final String FARM_LEGAL_NAME = "農業法人ゆのもり農園株式会社";

	/** What the brewery's label names as its sender. */
	private static final String BREWERY_LEGAL_NAME = "株式会社ゆのもり酒造";

	private static final String SENDER_PHONE = "0241-00-1234";

	private static final String SENDER_POSTAL_CODE = "969-3301";

	private static final String SENDER_ADDRESS = "福島県耶麻郡ゆのもり町大字湯ノ森1番地";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Storefronts storefronts;

	@Autowired
	Products products;

	@Autowired
	ShippingTerms shipping;

	@Autowired
	Stock stock;

	@Autowired
	JdbcClient jdbc;

	TestUser farmer;

	UUID farm;

	TestUser brewer;

	UUID brewery;

	TestUser staff;

	Product rice;

	Product sake;

	Product peaches;

	@BeforeEach
	void producersAndAgent() {
		this.farmer = this.fixtures.member("farmer");
		this.farm = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, this.farmer);
		SellerNotice brewersNotice = StorefrontExamples.completeNotice();
		SellerNotice farmNotice = SellerNotice.of(FARM_LEGAL_NAME, brewersNotice.address(), brewersNotice.phone(),
				"代表取締役 佐藤 一郎", "", brewersNotice.shippingFees(), brewersNotice.paymentMethods(),
				brewersNotice.paymentTiming(), brewersNotice.deliveryTiming(), brewersNotice.returns());
		StorefrontTerms brewery = StorefrontExamples.brewery();
		this.storefronts.edit(this.farmer.id(), this.farm,
				new StorefrontTerms(Map.of(Language.JA, new StorefrontTerms.Text("ゆのもり農園", "棚田の米と桃の農園です。")),
						brewery.location(), farmNotice, List.of(), null, brewery.invoice()));
		this.shipping.change(Keeper.person(this.farmer.id()), this.farm, ShippingOfferExamples.farm());
		this.rice = published(this.farmer, this.farm, ProductExamples.rice());
		this.peaches = published(this.farmer, this.farm, ProductExamples.peaches());

		this.brewer = this.fixtures.member("brewer");
		this.brewery = this.fixtures.organisation("ゆのもり酒造", OrganisationType.PRODUCER, this.brewer);
		this.storefronts.edit(this.brewer.id(), this.brewery, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(this.brewer.id()), this.brewery, ShippingOfferExamples.farm());
		this.sake = published(this.brewer, this.brewery, ProductExamples.sake());

		this.staff = this.fixtures.member("agent-staff");
		this.fixtures.organisation("ゆのもり地域振興会", OrganisationType.AGENT, this.staff);
		this.storefronts.editOperatorNotice(this.staff.id(), new OperatorTerms(StorefrontExamples.completeNotice(),
				new InvoiceRegistration("T" + StorefrontExamples.CORPORATE_NUMBER, true)));
	}

	@Test
	void aTokyoBuyerOrdersFromTwoProducersPaysByTransferAndEachProducerShipsThroughB2() throws IOException {
		String buyer = Fixtures.uniqueEmail("tokyo-buyer");

		// The buyer fills the cart from the product pages.
		addToCart(this.rice, "ゆのもり産コシヒカリ");
		addToCart(this.sake, "純米酒 湯の森");
		assertThat(this.page.locator("#main")).containsText("20歳未満の者の飲酒は法律で禁止されています。");
		addToCart(this.peaches, "白桃(6玉)");
		assertThat(this.page.locator("#main tfoot")).containsText("9,950円");

		// Their details, the transfer, and the birth date the sake asks for.
		link(this.page, "ご購入手続きへ").click();
		Locator buyerFields = this.page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("ご購入者"));
		buyerFields.getByLabel("メールアドレス", IN_GROUP).fill(buyer);
		buyerFields.getByLabel("お名前", IN_GROUP).fill("山田 花子");
		buyerFields.getByLabel("電話番号", IN_GROUP).fill("090-1234-5678");
		buyerFields.getByLabel("郵便番号", IN_GROUP).fill("100-0001");
		buyerFields.getByLabel("都道府県", IN_GROUP).selectOption(new SelectOption().setLabel("東京都"));
		buyerFields.getByLabel("住所（市区町村から）", IN_GROUP).fill("千代田区千代田1-1");
		this.page.getByLabel("銀行振込", EXACT).check();
		this.page.getByLabel("生年月日", EXACT).fill("1980-04-01");
		button(this.page, "次へ（ご注文内容の確認）").click();

		// The final confirmation screen: every item Art. 12-6 names, before the button.
		assertThat(heading(this.page)).hasText("ご注文内容の確認");
		Locator main = this.page.locator("#main");
		// 分量 and 販売価格 of each good, its shipper and temperature
		assertThat(this.page.locator("section.shipment")).hasCount(3);
		assertThat(main).containsText("ゆのもり農園からのお届け（常温）");
		assertThat(main).containsText("ゆのもり農園からのお届け（冷蔵（0〜10℃））");
		assertThat(main).containsText("ゆのもり酒造からのお届け（常温）");
		assertThat(main).containsText("ゆのもり産コシヒカリ 5kg");
		assertThat(main).containsText("純米酒 湯の森 720ml");
		assertThat(main).containsText("白桃(6玉) 約2kg");
		assertThat(main).containsText("3,800円");
		assertThat(main).containsText("1,650円");
		assertThat(main).containsText("4,500円");
		// 申込みの期間 of the pre-order, 引渡時期 of each shipment
		assertThat(main).containsText("予約販売：2027年7月10日までのご注文");
		assertThat(main).containsText("発送予定日");
		// 送料 and the total with tax, by rate
		assertThat(main).containsText("送料（1個口）");
		assertThat(main).containsText("お支払い総額（税込）");
		assertThat(main).containsText("8％（軽減税率）対象");
		assertThat(main).containsText("10％（標準税率）対象");
		// 支払の時期・方法
		assertThat(main).containsText("銀行振込");
		assertThat(main).containsText("5銀行営業日以内");
		// 申込みの撤回・解除 of each seller
		assertThat(main).containsText("キャンセル・返品について");
		assertThat(main).containsText("生鮮品のためお客様都合の返品はお受けできません");
		assertThat(main).containsText("山田 花子");
		assertThat(main).containsText("〒100-0001 東京都 千代田区千代田1-1");
		assertThat(main).containsText("1980年4月1日");
		assertThat(main).containsText("20歳未満の者の飲酒は法律で禁止されています。");
		assertThat(link(this.page, "カートの内容を変更する")).isVisible();
		assertThat(link(this.page, "お支払い方法を変更する")).isVisible();
		assertAccessible();
		long shippingTotal = yen(this.page.locator(".totals dd").nth(1).textContent());
		long total = yen(this.page.locator(".totals .total").textContent());
		assertThat(total).isEqualTo(9_950 + shippingTotal);
		// The 10 % part is the sake and every carriage; the 8 % part the rice and the
		// peaches; the tax of each is rounded down once.
		long standard = 1_650 + shippingTotal;
		assertThat(main).containsText("8,300円（うち消費税 614円）");
		assertThat(main).containsText(format(standard) + "円（うち消費税 " + format(standard * 10 / 110) + "円）");

		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("注文を確定する（" + format(total) + "円）").setExact(true))
			.click();

		// The order's page tells the buyer where to transfer to, with the order number.
		assertThat(heading(this.page)).containsText("ご注文 ");
		assertThat(this.page.locator(".state")).hasText("お支払い待ち");
		String orderPage = this.page.url();
		String orderId = orderPage.replaceAll(".*/shop/orders/([0-9a-f-]+)\\?.*", "$1");
		String number = heading(this.page).textContent().replaceAll("\\D", "");
		assertThat(this.page.locator("#main")).containsText(number + " とお名前");
		assertAccessible();
		assertThat(Mailbox.body(Mailbox.awaitFirst(buyer, "shop-order-placed"))).contains("ゆのもり産コシヒカリ", "純米酒 湯の森",
				"白桃(6玉)", "8％（軽減税率）対象", "振込依頼人名");

		// The agent's staff import the bank's 振込入金通知: the order number before the
		// payer's name matches the transfer.
		Page agent = anotherBrowser();
		signIn(agent, this.staff);
		agent.navigate("/shop/figures");
		List<Long> before = new ArrayList<>(figures(agent, "by-buyer", "outside"));
		before.addAll(figures(agent, "by-buyer", "inside"));
		before.addAll(figures(agent, "by-delivery", "outside"));
		agent.navigate("/payments/transfers");
		agent.getByLabel("振込入金通知のファイル", EXACT)
			.setInputFiles(new FilePayload("nyukin.txt", "text/plain", BankNotices.of(total, number + " ﾔﾏﾀﾞ ﾊﾅｺ")));
		button(agent, "取り込む").click();
		assertThat(agent.getByRole(AriaRole.STATUS)).hasText("照合済み1件、未照合0件、取り込み済み0件。");
		assertAccessible(agent);

		// The order hears of the payment on its own thread: the buyer sees it on reload.
		reloadUntilShown(this.page, this.page.locator(".state"), "お支払い済み");

		// Each producer downloads its labels and imports the numbers B2 issued.
		List<Shipment> shipments = shipments(orderId);
		String code = "0123456789";
		List<String> issued = new ArrayList<>(
				shipAll(this.farmer, this.farm, code, shipments, FARM_LEGAL_NAME, 12345678901L));
		issued.addAll(shipAll(this.brewer, this.brewery, code, shipments, BREWERY_LEGAL_NAME, 22345678901L));

		// The buyer gets a mail for each shipment, with its tracking number.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Mailbox.to(buyer, "shop-shipment-shipped").size() == 3);
		String shippedMails = String.join("\n",
				Mailbox.to(buyer, "shop-shipment-shipped").stream().map(Mailbox::body).toList());
		assertThat(issued).hasSize(3);
		assertThat(shippedMails).contains(issued);
		this.page.navigate(orderPage);
		assertThat(this.page.locator("#main")).containsText(trackingNumber(12345678901L));
		assertThat(this.page.locator("#main")).containsText(trackingNumber(22345678901L));

		// The invoice follows the payment on its own thread too: 8 % and 10 %, the tax of
		// each.
		link(this.page, "請求書・領収書を見る").click();
		reloadUntilShown(this.page, this.page.locator("#main"), "取引年月日");
		assertThat(heading(this.page)).hasText("領収書（適格請求書）");
		Locator invoice = this.page.locator("#main");
		assertThat(invoice).containsText("登録番号 T" + StorefrontExamples.CORPORATE_NUMBER);
		assertThat(invoice).containsText("山田 花子 様");
		assertThat(invoice).containsText("8％（軽減税率）対象");
		assertThat(invoice).containsText("8,300円（うち消費税 614円）");
		assertThat(invoice).containsText("10％（標準税率）対象");
		assertThat(invoice).containsText(format(standard) + "円（うち消費税 " + format(standard * 10 / 110) + "円）");
		assertThat(invoice).containsText("銀行振込");
		assertAccessible();

		// The agent's figures count the sale outside the region: goods with tax, by the
		// buyer's address and by where it went. Other tests' orders of the month may be
		// counted too: the sale is what it added.
		agent.navigate("/shop/figures");
		assertThat(figures(agent, "by-buyer", "outside")).containsExactly(before.get(0) + 9_950, before.get(1) + 1);
		assertThat(figures(agent, "by-buyer", "inside")).containsExactly(before.get(2), before.get(3));
		assertThat(figures(agent, "by-delivery", "outside")).containsExactly(before.get(4) + 9_950, before.get(5) + 1);
		assertThat(agent.locator("#by-buyer-prefecture")).containsText("東京都");
		assertAccessible(agent);
	}

	/**
	 * Signs the producer in, downloads its B2 labels and compares them with the rows its
	 * shipments make, then imports a file of tracking numbers for them.
	 * @return the tracking numbers imported
	 */
	private List<String> shipAll(TestUser producer, UUID producerId, String code, List<Shipment> all, String legalName,
			long firstNumber) throws IOException {
		List<Shipment> own = all.stream().filter((s) -> s.producerId().equals(producerId)).toList();
		Page shop = anotherBrowser();
		signIn(shop, producer);
		shop.navigate("/shop/producers/" + producerId + "/shipments");
		assertThat(shop.locator("section.shipment")).hasCount(own.size());
		assertAccessible(shop);
		shop.locator("#customerCode").fill(code);
		Download download = shop.waitForDownload(() -> button(shop, "送り状データをダウンロード").click());
		byte[] csv = Files.readAllBytes(download.path());

		String text = new String(csv, SHIFT_JIS);
		assertThat(text.getBytes(SHIFT_JIS)).as("Windows-31J throughout").isEqualTo(csv);
		assertThat(text).endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).as("every line ends in CR LF").doesNotContain("\r", "\n");
		List<String> lines = Arrays.asList(text.split("\r\n"));
		assertThat(lines.get(0)).startsWith("お客様管理番号,送り状種類,クール区分,伝票番号,出荷予定日,お届け予定（指定）日,配達時間帯,");
		assertThat(lines.get(0).split(",", -1)).hasSize(95);
		// The whole file, byte for byte: the header as read, then the rows of the
		// shipments as the layout places their values.
		StringBuilder expected = new StringBuilder(lines.get(0)).append("\r\n");
		for (Shipment shipment : own) {
			expected.append(row(shipment, code, legalName)).append("\r\n");
		}
		assertThat(csv).as(text).isEqualTo(expected.toString().getBytes(SHIFT_JIS));

		// A number mistyped into B2's file is refused and said above the list.
		String mistyped = firstNumber + Long.toString((firstNumber + 1) % 7);
		shop.getByLabel("発行済みデータ（お問い合わせ番号）のファイル", EXACT)
			.setInputFiles(new FilePayload("b2-issued.csv", "text/csv",
					("お客様管理番号,お問い合わせ番号\r\n" + own.get(0).reference() + "," + mistyped + "\r\n").getBytes(SHIFT_JIS)));
		button(shop, "取り込んで発送済みにする").click();
		assertThat(shop.getByRole(AriaRole.ALERT)).containsText("2行目の伝票番号「" + mistyped + "」は");
		assertThat(shop.locator("section.shipment")).hasCount(own.size());

		StringBuilder issued = new StringBuilder();
		long next = firstNumber;
		for (Shipment shipment : own) {
			issued.append(shipment.reference()).append(',').append(trackingNumber(next++)).append("\r\n");
		}
		shop.getByLabel("発行済みデータ（お問い合わせ番号）のファイル", EXACT)
			.setInputFiles(new FilePayload("b2-issued.csv", "text/csv",
					("お客様管理番号,お問い合わせ番号\r\n" + issued).getBytes(SHIFT_JIS)));
		button(shop, "取り込んで発送済みにする").click();
		assertThat(shop.getByRole(AriaRole.STATUS)).hasText(own.size() + "件のお届けを発送済みにしました。ご購入者にメールでお知らせしました。");
		assertThat(shop.locator("section.shipment")).hasCount(0);
		return issued.toString().lines().map((line) -> line.split(",")[1]).toList();
	}

	/**
	 * The label's row as B2's 送り状発行データ lays it out, in its 95 columns: 発払 (paid by
	 * transfer), クール区分 by temperature, no date or slot chosen, the buyer in Tokyo, the
	 * producer as the sender, the first item's name.
	 */
	private static String row(Shipment shipment, String code, String legalName) {
		String[] fields = new String[95];
		Arrays.fill(fields, "");
		fields[0] = shipment.reference();
		fields[1] = "0";
		fields[2] = shipment.chilled() ? "2" : "0";
		fields[4] = B2_DATE.format(shipment.shipDate());
		fields[8] = "090-1234-5678";
		fields[10] = "100-0001";
		fields[11] = "東京都千代田区千代田1-1";
		fields[15] = "山田 花子";
		fields[19] = SENDER_PHONE;
		fields[21] = SENDER_POSTAL_CODE;
		fields[22] = SENDER_ADDRESS;
		fields[24] = legalName;
		fields[27] = shipment.item();
		fields[37] = "1";
		fields[39] = code;
		fields[41] = "01";
		return String.join(",", fields);
	}

	/** The order's shipments, in the order B2's file lists them: by ship date. */
	private List<Shipment> shipments(String orderId) {
		List<Shipment> shipments = new ArrayList<>(this.jdbc.sql("""
				SELECT o.number, s.position, s.producer_id, s.ship_date, s.temperature,
				       (SELECT l.product_name FROM shop_order_line l WHERE l.shipment_id = s.id LIMIT 1) AS item
				FROM shop_shipment s JOIN shop_order o ON o.id = s.order_id WHERE s.order_id = :order
				ORDER BY s.ship_date, s.position""")
			.param("order", UUID.fromString(orderId))
			.query((rs, i) -> new Shipment(rs.getLong("number") + "-" + (rs.getInt("position") + 1),
					rs.getObject("producer_id", UUID.class), rs.getObject("ship_date", LocalDate.class),
					"CHILLED".equals(rs.getString("temperature")), rs.getString("item")))
			.list());
		assertThat(shipments).hasSize(3);
		return shipments;
	}

	private void addToCart(Product product, String name) {
		this.page.navigate("/shop/products/" + product.id());
		assertThat(heading(this.page)).hasText(name);
		button(this.page, "カートに入れる").click();
		assertThat(heading(this.page)).hasText("カート");
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("「" + name + "」をカートに入れました。");
	}

	/**
	 * Reloads the page until the locator shows the text: what another thread does after a
	 * transaction is seen on a later visit, within a bounded time.
	 */
	private static void reloadUntilShown(Page page, Locator locator, String text) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			page.reload();
			return locator.textContent().contains(text);
		});
	}

	private Product published(TestUser producer, UUID producerId, ProductTerms terms) {
		Product product = this.products.add(Keeper.person(producer.id()), producerId, terms);
		this.products.publish(Keeper.person(producer.id()), product.id());
		this.stock.set(Keeper.person(producer.id()), product.id(),
				List.of(new Stock.Count(product.variants().get(0).id(), 10, null)));
		return this.products.published(product.id());
	}

	/**
	 * The sales and the orders of one side of a split on the figures page, none when the
	 * month has no sales yet.
	 */
	private static List<Long> figures(Page page, String split, String side) {
		assertThat(heading(page)).hasText("ショップの売上");
		Locator row = page.locator("#" + split + " [data-side=" + side + "]");
		if (row.count() == 0) {
			assertThat(page.locator(".empty")).hasText("この期間の売上はありません。");
			return List.of(0L, 0L);
		}
		Locator counts = row.locator("td.number > span:not(.share)");
		return List.of(yen(counts.nth(0).textContent()), yen(counts.nth(1).textContent()));
	}

	/** A Yamato tracking number: eleven digits and their remainder by 7 (セブンチェック). */
	private static String trackingNumber(long first11) {
		return Long.toString(first11) + (first11 % 7);
	}

	private static long yen(String shown) {
		Matcher digits = Pattern.compile("[\\d,]+").matcher(shown);
		assertThat(digits.find()).as(shown).isTrue();
		return Long.parseLong(digits.group().replace(",", ""));
	}

	private static String format(long yen) {
		return String.format("%,d", yen);
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	/** One label's worth of a shipment, as the order stored it. */
	private record Shipment(String reference, UUID producerId, LocalDate shipDate, boolean chilled, String item) {

	}

}
