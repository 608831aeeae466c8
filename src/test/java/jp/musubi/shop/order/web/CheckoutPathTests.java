package jp.musubi.shop.order.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.payment.TransferImport;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.order.Orders;
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
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.BankNotices;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guest buys through the pages, from the product page to the order's page, and a shop
 * front through the API: the final confirmation screen shows what 特定商取引法 Art. 12-6 names,
 * a second press of the order button makes no second order, a retried API call answers
 * with the same order, and nobody without the order's link reads it.
 */
@MusubiTest
class CheckoutPathTests {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	BankTransfers transfers;

	@Autowired
	Orders orders;

	private Product rice;

	/** The buyer's session cookie, carried from answer to request as a browser would. */
	private Cookie session;

	private Product peaches;

	private TestUser farmer;

	private UUID farm;

	@BeforeEach
	void farm() {
		TestUser farmer = this.fixtures.member("農家");
		this.farmer = farmer;
		UUID farm = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, farmer);
		this.farm = farm;
		this.storefronts.edit(farmer.id(), farm, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(farmer.id()), farm, ShippingOfferExamples.farm());
		this.rice = published(farmer, farm, ProductExamples.rice(), 10);
		this.peaches = published(farmer, farm, ProductExamples.peaches(), 10);
	}

	@Test
	void aGuestOrdersThroughThePagesSeesEveryItemTheLawNamesAndASecondPressMakesNoSecondOrder() throws Exception {
		Page empty = Page.of(perform(get("/shop/cart")).andExpect(status().isOk()));
		assertThat(empty.textOf(".empty")).contains("カートは空です");

		perform(post("/shop/cart/lines").with(csrf())
			.param("productId", this.rice.id().toString())
			.param("variantId", this.rice.variants().get(0).id().toString())
			.param("quantity", "2")).andExpect(status().is3xxRedirection());
		perform(post("/shop/cart/lines").with(csrf())
			.param("productId", this.peaches.id().toString())
			.param("variantId", this.peaches.variants().get(0).id().toString())
			.param("quantity", "0")).andExpect(status().is3xxRedirection());
		perform(post("/shop/cart/lines").with(csrf())
			.param("productId", this.peaches.id().toString())
			.param("variantId", this.peaches.variants().get(0).id().toString())
			.param("quantity", "1")).andExpect(status().is3xxRedirection());
		Page cart = Page.of(perform(get("/shop/cart")).andExpect(status().isOk()));
		assertThat(cart.text()).contains("ゆのもり産コシヒカリ", "白桃(6玉)", "12,100円");

		Page refused = Page.of(perform(post("/shop/checkout").with(csrf())
			.param("email", "not an address")
			.param("buyer.name", "")
			.param("buyer.postalCode", "12")
			.param("payment", "BANK_TRANSFER")).andExpect(status().isOk()));
		assertThat(refused.fieldsInError()).contains("email", "buyer.name", "buyer.phone", "buyer.postalCode",
				"buyer.prefecture", "buyer.address");
		assertThat(refused.errorFor("buyer.postalCode")).contains("7桁");

		perform(post("/shop/checkout").with(csrf())
			.param("email", "hanako@example.jp")
			.param("buyer.name", "山田 花子")
			.param("buyer.phone", "090-1234-5678")
			.param("buyer.postalCode", "100-0001")
			.param("buyer.prefecture", Prefecture.TOKYO.code())
			.param("buyer.address", "千代田区千代田1-1")
			.param("payment", "BANK_TRANSFER")).andExpect(status().is3xxRedirection());
		Page confirm = Page.of(perform(get("/shop/checkout/confirm")).andExpect(status().isOk()));

		assertThat(confirm.heading()).isEqualTo("ご注文内容の確認");
		assertThat(confirm.text()).contains("ゆのもり産コシヒカリ", "白桃(6玉)", "予約販売：2027年7月10日までのご注文", "発送予定日", "お支払い総額（税込）",
				"8％（軽減税率）対象", "うち消費税", "銀行振込", "5銀行営業日以内", "キャンセル・返品について", "生鮮品のためお客様都合の返品はお受けできません", "山田 花子", "東京都");
		assertThat(confirm.document().select("a[href=/shop/cart]")).isNotEmpty();
		assertThat(confirm.document().select("a[href=/shop/checkout]")).isNotEmpty();
		assertThat(confirm.document().select("select[name=shipments[0].slot] option")).extracting((o) -> o.text())
			.contains("午前中");
		String attempt = confirm.attributeOf("input[name=attempt]", "value");
		String total = confirm.attributeOf("input[name=confirmedTotal]", "value");

		MvcResult placed = perform(
				post("/shop/checkout/place").with(csrf()).param("attempt", attempt).param("confirmedTotal", total))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String orderPage = placed.getResponse().getRedirectedUrl();
		assertThat(orderPage).startsWith("/shop/orders/").contains("?t=");
		perform(post("/shop/checkout/place").with(csrf()).param("attempt", attempt).param("confirmedTotal", total))
			.andExpect(status().is3xxRedirection());

		Page order = Page.of(this.mvc.perform(get(orderPage)).andExpect(status().isOk()));
		MimeMessage mail = Mailbox.awaitFirst("hanako@example.jp", "shop-order-placed");
		assertThat(Mailbox.subject(mail)).startsWith("【Musubi】ご注文を承りました");
		assertThat(Mailbox.body(mail)).contains("ゆのもり産コシヒカリ", "8％（軽減税率）対象", "うち消費税", "ゆのもり信用金庫", "振込依頼人名")
			.contains(orderPage);
		assertThat(Mailbox.to("hanako@example.jp")).hasSize(1);
		assertThat(order.text()).contains("お支払い待ち", "お振込先", "ゆのもり信用金庫", "振込依頼人名")
			.as("the payer code is the order number as digits, without grouping")
			.containsPattern("\\d{7} とお名前");
		String orderId = orderPage.substring("/shop/orders/".length(), orderPage.indexOf('?'));
		this.mvc.perform(get("/shop/orders/" + orderId)).andExpect(status().isNotFound());
		this.mvc.perform(get("/shop/orders/" + orderId + "?t=wrong")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM shop_order WHERE email = 'hanako@example.jp'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.stock.available(List.of(this.rice.variants().get(0).id()))).containsValue(8);
	}

	@Test
	void aShopFrontsRetriedOrderAnswersWithTheSameOrderAndAChangedTotalIsShownNotCharged() throws Exception {
		String body = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],
				 "email":"api-buyer@example.jp",
				 "buyer":{"name":"佐藤 一郎","phone":"03-1234-5678","postalCode":"160-0022","prefecture":"13",
				          "address":"新宿区新宿1-1"},
				 "payment":"CASH_ON_DELIVERY"%s}""";
		String line = body.formatted(this.rice.id(), this.rice.variants().get(0).id(), "");
		String key = UUID.randomUUID().toString();

		String quote = this.mvc
			.perform(post("/api/v1/shop/quotes").contentType(MediaType.APPLICATION_JSON).content(line))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int total = JsonPath.read(quote, "$.total");
		int shipping = JsonPath.read(quote, "$.shippingTotal");
		assertThat(shipping).isPositive();
		assertThat(total).as("the rice, its carriage and the fee for collecting 5,000 to 10,000 yen")
			.isEqualTo(3_800 + shipping + 330);

		String first = this.mvc
			.perform(post("/api/v1/shop/orders").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(line))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = this.mvc
			.perform(post("/api/v1/shop/orders").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(line))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(first, "$.id");
		assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(id);
		assertThat((String) JsonPath.read(first, "$.state")).isEqualTo("PREPARING");
		String token = JsonPath.read(first, "$.token");
		this.mvc.perform(get("/api/v1/shop/orders/" + id).header("X-Order-Token", token)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/shop/orders/" + id)).andExpect(status().isNotFound());

		String stale = body.formatted(this.rice.id(), this.rice.variants().get(0).id(), ",\"expectedTotal\":1");
		String conflict = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(stale))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((int) JsonPath.read(conflict, "$.quote.total")).isEqualTo(total);
		String tooMany = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON)
				.content(line.replace("\"quantity\":1", "\"quantity\":10000")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(tooMany, "$.errors[0].field")).isEqualTo("lines[0].quantity");
		String incomplete = this.mvc
			.perform(post("/api/v1/shop/quotes").contentType(MediaType.APPLICATION_JSON)
				.content(line.replace("\"productId\":\"" + this.rice.id() + "\",", "")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(incomplete, "$.errors[0].field")).isEqualTo("lines[0]");
		assertThat(this.stock.available(List.of(this.rice.variants().get(0).id()))).containsValue(9);
	}

	@Test
	void aProducerSeesWhatToShipMarksItShippedWithItsTrackingNumberAndTheBuyerIsMailed() throws Exception {
		String order = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],"email":"cod-buyer@example.jp",
				 "buyer":{"name":"鈴木 次郎","phone":"06-1234-5678","postalCode":"530-0001","prefecture":"27",
				          "address":"大阪市北区梅田1-1"},"payment":"CASH_ON_DELIVERY"}""".formatted(this.rice.id(),
				this.rice.variants().get(0).id());
		this.mvc.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isCreated());
		String list = "/shop/producers/" + this.farm + "/shipments";

		Page toShip = Page
			.of(this.mvc.perform(get(list).with(this.fixtures.signedIn(this.farmer))).andExpect(status().isOk()));
		assertThat(toShip.text()).contains("鈴木 次郎", "大阪市北区梅田1-1", "ゆのもり産コシヒカリ", "代金引換で受け取る金額");
		String action = toShip.attributeOf("form[action^=/shop/shipments/]", "action");

		TestUser other = this.fixtures.member("よその農家");
		UUID otherFarm = this.fixtures.organisation("よその農園", OrganisationType.PRODUCER, other);
		this.storefronts.edit(other.id(), otherFarm, StorefrontExamples.brewery());
		this.mvc.perform(get(list).with(this.fixtures.signedIn(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(action).with(this.fixtures.signedIn(other))
				.with(csrf())
				.param("producerId", otherFarm.toString())
				.param("trackingNumber", "123456789012"))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post(action).with(this.fixtures.signedIn(this.farmer))
				.with(csrf())
				.param("producerId", this.farm.toString())
				.param("trackingNumber", "12-34"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "shop.shipment.refused.trackingNumber"));
		this.mvc
			.perform(post(action).with(this.fixtures.signedIn(this.farmer))
				.with(csrf())
				.param("producerId", this.farm.toString())
				.param("trackingNumber", "1234-5678-9012"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("shipped", "123456789012"));

		MimeMessage mail = Mailbox.awaitFirst("cod-buyer@example.jp", "shop-shipment-shipped");
		assertThat(Mailbox.body(mail)).contains("123456789012", "宅急便");
		Page after = Page
			.of(this.mvc.perform(get(list).with(this.fixtures.signedIn(this.farmer))).andExpect(status().isOk()));
		assertThat(after.text()).doesNotContain("鈴木 次郎");
	}

	@Test
	void aProducerDownloadsItsLabelsForB2AndImportsTheTrackingNumbersB2Issued() throws Exception {
		String order = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],"email":"b2-buyer@example.jp",
				 "buyer":{"name":"高橋 三郎","phone":"011-123-4567","postalCode":"060-0001","prefecture":"01",
				          "address":"札幌市中央区北1条西1-1"},"payment":"CASH_ON_DELIVERY"}""".formatted(this.rice.id(),
				this.rice.variants().get(0).id());
		String placed = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(placed, "$.number").toString() + "-1";
		String base = "/shop/producers/" + this.farm + "/shipments";

		this.mvc.perform(get(base + "/b2.csv").param("customerCode", "12").with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("fileRefusal"));
		byte[] csv = this.mvc
			.perform(get(base + "/b2.csv").param("customerCode", "0123456789-01")
				.with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String labels = new String(csv, java.nio.charset.Charset.forName("Windows-31J"));
		assertThat(labels).contains("\r\n", reference, "高橋 三郎", "北海道札幌市中央区北1条西1-1", "ゆのもり産コシヒカリ");
		assertThat(labels.lines().filter((line) -> line.contains(reference)).findFirst().orElseThrow())
			.as("コレクト, not cool")
			.startsWith(reference + ",2,0,");

		byte[] unknown = ("お客様管理番号,お問い合わせ番号\r\n999-9,123456789013\r\n")
			.getBytes(java.nio.charset.Charset.forName("Windows-31J"));
		this.mvc
			.perform(multipart(base + "/tracking").file(new MockMultipartFile("file", "t.csv", "text/csv", unknown))
				.with(this.fixtures.signedIn(this.farmer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("fileRefusal"));
		byte[] issued = ("お客様管理番号,お問い合わせ番号\r\n" + reference + ",1234-5678-9013\r\n")
			.getBytes(java.nio.charset.Charset.forName("Windows-31J"));
		this.mvc
			.perform(multipart(base + "/tracking").file(new MockMultipartFile("file", "t.csv", "text/csv", issued))
				.with(this.fixtures.signedIn(this.farmer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 1));

		assertThat(Mailbox.body(Mailbox.awaitFirst("b2-buyer@example.jp", "shop-shipment-shipped")))
			.contains("123456789013");
	}

	@Test
	void aTransferFoundInTheBanksNoticePaysTheOrderAndItGoesToTheProducer() throws Exception {
		TestUser agentStaff = this.fixtures.member("事務局");
		this.fixtures.organisation("ゆのもり地域振興会", OrganisationType.AGENT, agentStaff);
		this.storefronts.editOperatorNotice(agentStaff.id(), new OperatorTerms(StorefrontExamples.completeNotice(),
				new InvoiceRegistration("T" + StorefrontExamples.CORPORATE_NUMBER, true)));
		String order = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],"email":"transfer-buyer@example.jp",
				 "buyer":{"name":"山田 花子","phone":"090-1111-2222","postalCode":"100-0001","prefecture":"13",
				          "address":"千代田区千代田1-1"},"payment":"BANK_TRANSFER"}""".formatted(this.rice.id(),
				this.rice.variants().get(0).id());
		String placed = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(placed, "$.id");
		String token = JsonPath.read(placed, "$.token");
		long number = ((Number) JsonPath.read(placed, "$.number")).longValue();
		int total = JsonPath.read(placed, "$.total");
		assertThat((String) JsonPath.read(placed, "$.state")).isEqualTo("AWAITING_PAYMENT");

		TransferImport imported = this.transfers.importNotice(BankNotices.of(total, number + " ﾔﾏﾀﾞ ﾊﾅｺ"));

		assertThat(imported.matched()).isEqualTo(1);
		// The order hears of the payment after the import's transaction, on its own
		// thread.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> JsonPath.read(this.mvc.perform(get("/api/v1/shop/orders/" + id).header("X-Order-Token", token))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.state"), "PAID"::equals);
		Page toShip = Page.of(this.mvc
			.perform(get("/shop/producers/" + this.farm + "/shipments").with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().isOk()));
		assertThat(toShip.text()).contains(Long.toString(number));

		// The invoice follows the payment, on its own thread too.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc.perform(get("/shop/orders/" + id + "/invoice").param("t", token))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("取引年月日"));
		Page invoice = Page
			.of(this.mvc.perform(get("/shop/orders/" + id + "/invoice").param("t", token)).andExpect(status().isOk()));
		assertThat(invoice.text()).contains("領収書（適格請求書）", "登録番号 T" + StorefrontExamples.CORPORATE_NUMBER, "8％（軽減税率）対象",
				"うち消費税 281円", "銀行振込");
		this.mvc.perform(get("/shop/orders/" + id + "/invoice").param("t", "guess")).andExpect(status().isNotFound());
	}

	@Test
	void aBuyerWhoseTransferIsDueWithinADayIsRemindedOnce() throws Exception {
		String order = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],"email":"reminded@example.jp",
				 "buyer":{"name":"山田 花子","phone":"090-1111-2222","postalCode":"100-0001","prefecture":"13",
				          "address":"千代田区千代田1-1"},"payment":"BANK_TRANSFER"}""".formatted(this.rice.id(),
				this.rice.variants().get(0).id());
		String id = JsonPath
			.read(this.mvc.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(order))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");

		this.orders.remindUnpaid();
		assertThat(Mailbox.to("reminded@example.jp", "shop-order-reminder")).as("five banking days ahead").isEmpty();

		this.jdbc.sql("UPDATE shop_order SET pay_by = :soon WHERE id = :id")
			.param("soon", java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(12))))
			.param("id", UUID.fromString(id))
			.update();
		this.orders.remindUnpaid();
		this.orders.remindUnpaid();

		MimeMessage reminder = Mailbox.awaitFirst("reminded@example.jp", "shop-order-reminder");
		assertThat(Mailbox.subject(reminder)).startsWith("【Musubi】お振込みの期限が近づいています");
		assertThat(Mailbox.body(reminder)).contains("ゆのもり信用金庫", "振込依頼人名");
		assertThat(Mailbox.to("reminded@example.jp", "shop-order-reminder")).hasSize(1);
	}

	@Test
	void aProducerCountsItsStockOnAPageAndAnotherProducerFindsNothing() throws Exception {
		UUID size = this.rice.variants().get(0).id();
		String page = "/shop/products/" + this.rice.id() + "/stock";
		Page counted = Page
			.of(this.mvc.perform(get(page).with(this.fixtures.signedIn(this.farmer))).andExpect(status().isOk()));
		assertThat(counted.attributeOf("input[name=seen[" + size + "]]", "value")).isEqualTo("10");

		Page refused = Page.of(
				this.mvc
					.perform(post(page).with(this.fixtures.signedIn(this.farmer))
						.with(csrf())
						.param("units[" + size + "]", "たくさん")
						.param("seen[" + size + "]", "10"))
					.andExpect(status().isOk()));
		assertThat(refused.textOf(".field-error .error")).contains("0から99,999");
		assertThat(this.stock.available(List.of(size))).containsValue(10);
		Page stale = Page.of(
				this.mvc
					.perform(post(page).with(this.fixtures.signedIn(this.farmer))
						.with(csrf())
						.param("units[" + size + "]", "40")
						.param("seen[" + size + "]", "12"))
					.andExpect(status().isOk()));
		assertThat(stale.textOf(".field-error .error")).contains("在庫数は今 10 です");

		this.mvc
			.perform(post(page).with(this.fixtures.signedIn(this.farmer))
				.with(csrf())
				.param("units[" + size + "]", "40")
				.param("seen[" + size + "]", "10"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.stock.available(List.of(size))).containsValue(40);

		TestUser other = this.fixtures.member("別の農家");
		this.fixtures.organisation("別の農園", OrganisationType.PRODUCER, other);
		this.mvc.perform(get(page).with(this.fixtures.signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(post(page).with(this.fixtures.signedIn(other)).with(csrf()).param("units[" + size + "]", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/shop/products/" + this.rice.id() + "/stock").with(this.fixtures.signedIn(other))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"variantId\":\"" + size + "\",\"units\":0}]"))
			.andExpect(status().isNotFound());
		assertThat(this.stock.available(List.of(size))).containsValue(40);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.session != null) {
			request.cookie(this.session);
		}
		ResultActions result = this.mvc.perform(request);
		Cookie given = result.andReturn().getResponse().getCookie("SESSION");
		if (given != null) {
			this.session = given;
		}
		return result;
	}

	private Product published(TestUser farmer, UUID farm, ProductTerms terms, int units) {
		Product product = this.products.add(Keeper.person(farmer.id()), farm, terms);
		this.products.publish(Keeper.person(farmer.id()), product.id());
		this.stock.set(Keeper.person(farmer.id()), product.id(),
				List.of(new Stock.Count(product.variants().get(0).id(), units, null)));
		return this.products.published(product.id());
	}

}
