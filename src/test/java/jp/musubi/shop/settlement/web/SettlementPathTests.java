package jp.musubi.shop.settlement.web;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.calendar.BankingDays;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Money after the sale through the pages: the producer gives its account and reads its
 * terms and statements, the agent sets a commission, closes a month and writes the
 * transfer file; nobody else reads or changes any of it.
 */
@MusubiTest
class SettlementPathTests {

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
	Orders orders;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	BankingDays bankingDays;

	@Autowired
	JdbcClient jdbc;

	private TestUser farmer;

	private TestUser agentStaff;

	private TestUser stranger;

	private UUID farm;

	private Product rice;

	@BeforeEach
	void farm() {
		this.farmer = this.fixtures.member("精算する農家");
		this.farm = this.fixtures.organisation("ゆのもり精算農園", OrganisationType.PRODUCER, this.farmer);
		this.agentStaff = this.fixtures.member("精算する事務局");
		this.fixtures.organisation("ゆのもり精算振興会", OrganisationType.AGENT, this.agentStaff);
		this.stranger = this.fixtures.member("よその人");
		this.storefronts.edit(this.farmer.id(), this.farm, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(this.farmer.id()), this.farm, ShippingOfferExamples.farm());
		Product product = this.products.add(Keeper.person(this.farmer.id()), this.farm, ProductExamples.rice());
		this.products.publish(Keeper.person(this.farmer.id()), product.id());
		this.stock.set(Keeper.person(this.farmer.id()), product.id(),
				List.of(new Stock.Count(product.variants().get(0).id(), 10, null)));
		this.rice = this.products.published(product.id());
	}

	@Test
	void aProducerGivesItsAccountAndOnlyItsPeopleSeeIt() throws Exception {
		String money = "/shop/producers/" + this.farm + "/money";
		Page page = Page
			.of(this.mvc.perform(get(money).with(this.fixtures.signedIn(this.farmer))).andExpect(status().isOk()));
		assertThat(page.text()).contains("商品代金（税込）の10％", "締めた月はまだありません");

		Page refused = Page.of(
				this.mvc
					.perform(post("/shop/producers/" + this.farm + "/payout-account").with(csrf())
						.with(this.fixtures.signedIn(this.farmer))
						.param("bankCode", "12")
						.param("bankName", "ユノモリシンキン")
						.param("branchCode", "001")
						.param("branchName", "ホンテン")
						.param("type", "ORDINARY")
						.param("number", "7654321")
						.param("holder", "湯の森農園"))
					.andExpect(status().isOk()));
		assertThat(refused.fieldsInError()).contains("bankCode", "holder");
		assertThat(refused.valueOf("number")).isEqualTo("7654321");

		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/payout-account").with(csrf())
				.with(this.fixtures.signedIn(this.farmer))
				.param("bankCode", "1234")
				.param("bankName", "ユノモリシンキン")
				.param("branchCode", "001")
				.param("branchName", "ホンテン")
				.param("type", "ORDINARY")
				.param("number", "7654321")
				.param("holder", "ゆのもり のうえん"))
			.andExpect(status().is3xxRedirection());
		Page saved = Page
			.of(this.mvc.perform(get(money).with(this.fixtures.signedIn(this.farmer))).andExpect(status().isOk()));
		assertThat(saved.valueOf("holder")).isEqualTo("ﾕﾉﾓﾘ ﾉｳｴﾝ");

		this.mvc.perform(get(money).with(this.fixtures.signedIn(this.stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/payout-account").with(csrf())
				.with(this.fixtures.signedIn(this.stranger))
				.param("bankCode", "9999")
				.param("branchCode", "001")
				.param("type", "ORDINARY")
				.param("number", "1")
				.param("holder", "ﾖｿ"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/commission").with(csrf())
				.with(this.fixtures.signedIn(this.farmer))
				.param("percent", "1")
				.param("from", YearMonth.now(Dates.JAPAN).plusMonths(1).toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/shop/settlements").with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAgentSetsACommissionClosesAMonthAndWritesTheTransferFile() throws Exception {
		YearMonth next = YearMonth.now(Dates.JAPAN).plusMonths(1);
		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/commission").with(csrf())
				.with(this.fixtures.signedIn(this.agentStaff))
				.param("percent", "１２．５")
				.param("from", next.toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/commission").with(csrf())
				.with(this.fixtures.signedIn(this.agentStaff))
				.param("percent", "abc")
				.param("from", next.toString()))
			.andExpect(status().is3xxRedirection());
		Page terms = Page.of(this.mvc
			.perform(get("/shop/producers/" + this.farm + "/money").with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().isOk()));
		assertThat(terms.text()).contains(next + "から 12.5％");

		YearMonth month = YearMonth.now(Dates.JAPAN).minusMonths(5);
		Order order = shippedIn(month);
		this.mvc
			.perform(post("/shop/producers/" + this.farm + "/payout-account").with(csrf())
				.with(this.fixtures.signedIn(this.farmer))
				.param("bankCode", "1234")
				.param("bankName", "ﾕﾉﾓﾘｼﾝｷﾝ")
				.param("branchCode", "001")
				.param("branchName", "ﾎﾝﾃﾝ")
				.param("type", "ORDINARY")
				.param("number", "7654321")
				.param("holder", "ﾕﾉﾓﾘ ﾉｳｴﾝ"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/shop/settlements/" + month + "/close").with(csrf())
				.with(this.fixtures.signedIn(this.agentStaff)))
			.andExpect(status().is3xxRedirection());
		Page list = Page.of(
				this.mvc
					.perform(get("/shop/settlements").param("month", month.toString())
						.with(this.fixtures.signedIn(this.agentStaff)))
					.andExpect(status().isOk()));
		assertThat(list.text()).contains("ゆのもり精算農園", "登録済み");

		Page badDate = Page.of(
				this.mvc
					.perform(post("/shop/settlements/" + month + "/transfer").with(csrf())
						.with(this.fixtures.signedIn(this.agentStaff))
						.param("date", "2020-01-01"))
					.andExpect(status().isOk()));
		assertThat(badDate.textOf(".error-summary")).contains("銀行営業日");

		LocalDate payday = this.bankingDays.plus(LocalDate.now(Dates.JAPAN), 1);
		byte[] file = this.mvc
			.perform(post("/shop/settlements/" + month + "/transfer").with(csrf())
				.with(this.fixtures.signedIn(this.agentStaff))
				.param("date", payday.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_OCTET_STREAM_VALUE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(file, Charset.forName("Windows-31J"))).contains("ﾕﾉﾓﾘ ﾉｳｴﾝ", "7654321");

		Page statement = Page.of(
				this.mvc
					.perform(get("/shop/producers/" + this.farm + "/settlements/" + month)
						.with(this.fixtures.signedIn(this.farmer)))
					.andExpect(status().isOk()));
		assertThat(statement.text()).contains("精算書", Long.toString(order.number()), "販売手数料（10％）", "380円");
		this.mvc
			.perform(get("/shop/producers/" + this.farm + "/settlements/" + month)
				.with(this.fixtures.signedIn(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/shop/settlements/" + month + "/close").with(csrf())
				.with(this.fixtures.signedIn(this.stranger)))
			.andExpect(status().isNotFound());
	}

	/** A guest's order of the farm's rice, paid, and shipped in the month. */
	private Order shippedIn(YearMonth month) throws Exception {
		String placed = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"lines":[{"productId":"%s","variantId":"%s","quantity":1}],"email":"settled@example.jp",
						 "buyer":{"name":"山田 花子","phone":"090-1111-2222","postalCode":"100-0001","prefecture":"13",
						          "address":"千代田区千代田1-1"},"payment":"BANK_TRANSFER"}""".formatted(this.rice.id(),
						this.rice.variants().get(0).id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(placed, "$.id"));
		// What the bank's notice does (CheckoutPathTests goes that way): paid.
		this.jdbc.sql("UPDATE shop_order SET state = 'PAID', paid_at = CURRENT_TIMESTAMP WHERE id = :id")
			.param("id", id)
			.update();
		Order order = this.orders.find(id).orElseThrow();
		for (Shipment shipment : order.shipments()) {
			this.fulfilment.ship(Keeper.person(this.farmer.id()), shipment.id(), "123456789012");
			this.jdbc.sql("UPDATE shop_shipment SET shipped_at = :at WHERE id = :id")
				.param("at", month.atDay(15).atTime(LocalTime.NOON).atZone(Dates.JAPAN).toOffsetDateTime())
				.param("id", shipment.id())
				.update();
		}
		return order;
	}

}
