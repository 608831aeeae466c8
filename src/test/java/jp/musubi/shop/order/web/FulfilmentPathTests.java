package jp.musubi.shop.order.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A producer after checkout: prints the packing slips of what it has to send, marks a
 * shipment shipped and then delivered, and the order completes once the buyer's return
 * days have passed; it keeps its Yamato customer code once for every B2 export. Another
 * producer reads and changes none of it.
 */
@MusubiTest
class FulfilmentPathTests {

	private static final String LIQUOR_NOTICE = "20歳未満の者の飲酒は法律で禁止されています";

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
	JdbcClient jdbc;

	private TestUser brewer;

	private UUID brewery;

	private TestUser other;

	private UUID otherBrewery;

	private Product rice;

	private Product sake;

	@BeforeEach
	void brewery() {
		this.brewer = this.fixtures.member("蔵元");
		this.brewery = this.fixtures.organisation("ゆのもり酒造", OrganisationType.PRODUCER, this.brewer);
		this.storefronts.edit(this.brewer.id(), this.brewery, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(this.brewer.id()), this.brewery, ShippingOfferExamples.farm());
		this.rice = published(ProductExamples.rice());
		this.sake = published(ProductExamples.sake());
		this.other = this.fixtures.member("よその蔵元");
		this.otherBrewery = this.fixtures.organisation("よその酒造", OrganisationType.PRODUCER, this.other);
		this.storefronts.edit(this.other.id(), this.otherBrewery, StorefrontExamples.brewery());
	}

	@Test
	void aProducerPrintsThePackingSlipsOfWhatItSendsAndAnotherProducerGetsNone() throws Exception {
		Placed first = place("slip-buyer@example.jp", "佐藤 一郎", "ja");
		Placed second = place("slip-buyer-2@example.jp", "김 민준", "ko");

		MvcResult one = this.mvc
			.perform(get("/shop/shipments/" + first.shipmentId() + "/packing-slip.pdf")
				.with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		String slip = text(one.getResponse().getContentAsByteArray());
		assertThat(slip).contains("納品書", first.number(), "佐藤 一郎 様", "ゆのもり酒造", "T" + StorefrontExamples.CORPORATE_NUMBER,
				"ゆのもり産コシヒカリ", "純米酒 湯の森", "8%※", "10%", LIQUOR_NOTICE);

		byte[] all = this.mvc
			.perform(get("/shop/producers/" + this.brewery + "/shipments/packing-slips.pdf")
				.with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(all)) {
			assertThat(document.getNumberOfPages()).as("a page per shipment to send").isEqualTo(2);
		}
		assertThat(text(all)).as("each slip in its buyer's language")
			.contains("納品書", first.number(), "납품서", second.number(), "김 민준 님", LIQUOR_NOTICE,
					"20세 미만의 음주는 법률로 금지되어 있습니다");

		this.mvc
			.perform(get("/shop/shipments/" + first.shipmentId() + "/packing-slip.pdf")
				.with(this.fixtures.signedIn(this.other)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/shop/producers/" + this.brewery + "/shipments/packing-slips.pdf")
				.with(this.fixtures.signedIn(this.other)))
			.andExpect(status().isNotFound());
		byte[] others = this.mvc
			.perform(get("/shop/producers/" + this.otherBrewery + "/shipments/packing-slips.pdf")
				.with(this.fixtures.signedIn(this.other)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("fileRefusal"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(others).as("nothing to send, no slips").isEmpty();
	}

	@Test
	void aProducerMarksAShipmentDeliveredTheBuyerIsMailedAndTheOrderCompletesAfterItsReturnDays() throws Exception {
		Placed placed = place("delivered-buyer@example.jp", "鈴木 花子");
		String deliver = "/shop/shipments/" + placed.shipmentId() + "/deliver";
		this.mvc
			.perform(post(deliver).with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.param("producerId", this.brewery.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "shop.shipment.refused.notShipped"));

		this.mvc
			.perform(post("/api/v1/shop/shipments/" + placed.shipmentId() + "/ship")
				.with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"trackingNumber\":\"1234-5678-9014\"}"))
			.andExpect(status().isOk());
		Page sent = Page.of(
				this.mvc
					.perform(get("/shop/producers/" + this.brewery + "/shipments/sent")
						.with(this.fixtures.signedIn(this.brewer)))
					.andExpect(status().isOk()));
		assertThat(sent.text()).contains(placed.number(), "鈴木 花子", "123456789014", "発送済み・お届け待ち");
		assertThat(sent.attributeOf("form[action=" + deliver + "] input[name=deliveredOn]", "type")).isEqualTo("date");

		this.mvc
			.perform(post(deliver).with(this.fixtures.signedIn(this.other))
				.with(csrf())
				.param("producerId", this.otherBrewery.toString()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/shop/shipments/" + placed.shipmentId() + "/deliver")
				.with(this.fixtures.signedIn(this.other))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(deliver).with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.param("producerId", this.brewery.toString())
				.param("deliveredOn", "来週"))
			.andExpect(flash().attribute("refusal", "shop.shipment.refused.deliveredOn"));
		String tomorrow = LocalDate.now(Dates.JAPAN).plusDays(1).toString();
		String refused = this.mvc
			.perform(post("/api/v1/shop/shipments/" + placed.shipmentId() + "/deliver")
				.with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deliveredOn\":\"" + tomorrow + "\"}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("deliveredOn");
		assertThat(state(placed)).as("nothing changed by what was refused").isEqualTo("SHIPPED");
		assertThat(Mailbox.to("delivered-buyer@example.jp", "shop-shipment-delivered")).isEmpty();

		this.mvc
			.perform(post(deliver).with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.param("producerId", this.brewery.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("delivered", placed.number()));

		assertThat(state(placed)).isEqualTo("DELIVERED");
		MimeMessage mail = Mailbox.awaitFirst("delivered-buyer@example.jp", "shop-shipment-delivered");
		assertThat(Mailbox.subject(mail)).startsWith("【Musubi】ご注文の商品をお届けしました");
		assertThat(Mailbox.body(mail)).contains(placed.number(), "純米酒 湯の森", "株式会社ゆのもり酒造", "0241-00-1234");
		Page order = Page.of(this.mvc.perform(get(placed.page())).andExpect(status().isOk()));
		assertThat(order.text()).contains("お届け済み");

		this.orders.completeDelivered();
		assertThat(state(placed)).as("within the return days").isEqualTo("DELIVERED");
		this.jdbc
			.sql("UPDATE shop_shipment SET delivered_at = delivered_at - INTERVAL '8' DAY,"
					+ " shipped_at = shipped_at - INTERVAL '8' DAY WHERE order_id = :id")
			.param("id", UUID.fromString(placed.id()))
			.update();
		assertThat(this.orders.completeDelivered()).isGreaterThanOrEqualTo(1);
		assertThat(state(placed)).isEqualTo("COMPLETED");
		assertThat(Page.of(this.mvc.perform(get(placed.page())).andExpect(status().isOk())).text()).contains("完了");
	}

	@Test
	void aProducerKeepsItsYamatoCustomerCodeOnceAndEveryExportUsesIt() throws Exception {
		Placed placed = place("b2-kept@example.jp", "高橋 三郎");
		String base = "/shop/producers/" + this.brewery + "/shipments";

		this.mvc
			.perform(post(base + "/b2-customer-code").with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.param("customerCode", "0241-00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("codeRefusal", "shop.shipments.refused.customerCode"));
		this.mvc.perform(get(base + "/b2.csv").with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("fileRefusal"));
		this.mvc
			.perform(post(base + "/b2-customer-code").with(this.fixtures.signedIn(this.other))
				.with(csrf())
				.param("customerCode", "0999-99-9999"))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post(base + "/b2-customer-code").with(this.fixtures.signedIn(this.brewer))
				.with(csrf())
				.param("customerCode", "０２４１-００-１２３４-０１"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("codeKept", "024100123401"));

		Page page = Page
			.of(this.mvc.perform(get(base).with(this.fixtures.signedIn(this.brewer))).andExpect(status().isOk()));
		assertThat(page.attributeOf("input#customerCode", "value")).isEqualTo("024100123401");
		assertThat(page.text()).contains(placed.number(), "発送準備中");
		String labels = new String(this.mvc.perform(get(base + "/b2.csv").with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), Charset.forName("Windows-31J"));
		assertThat(labels).contains(placed.number() + "-1", ",024100123401,");
		String typed = new String(this.mvc
			.perform(
					get(base + "/b2.csv").param("customerCode", "0241001235").with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), Charset.forName("Windows-31J"));
		assertThat(typed).as("the form's code over the kept one").contains(",0241001235,");
	}

	/** Rice and sake to Tokyo, paid at the door: one shipment, ready to go. */
	private Placed place(String email, String name) throws Exception {
		return place(email, name, "ja");
	}

	private Placed place(String email, String name, String language) throws Exception {
		String body = """
				{"lines":[{"productId":"%s","variantId":"%s","quantity":1},{"productId":"%s","variantId":"%s","quantity":1}],
				 "email":"%s","buyer":{"name":"%s","phone":"03-1234-5678","postalCode":"160-0022","prefecture":"13",
				 "address":"新宿区新宿1-1"},"payment":"CASH_ON_DELIVERY","birthDate":"1980-04-01","language":"%s"}"""
			.formatted(this.rice.id(), this.rice.variants().get(0).id(), this.sake.id(),
					this.sake.variants().get(0).id(), email, name, language);
		String placed = this.mvc
			.perform(post("/api/v1/shop/orders").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> shipments = JsonPath.read(placed, "$.shipments[*].id");
		assertThat(shipments).hasSize(1);
		String id = JsonPath.read(placed, "$.id");
		return new Placed(id, JsonPath.read(placed, "$.number").toString(), shipments.get(0),
				"/shop/orders/" + id + "?t=" + JsonPath.read(placed, "$.token"));
	}

	private String state(Placed placed) throws Exception {
		return JsonPath.read(this.mvc
			.perform(get("/api/v1/shop/orders/" + placed.id()).header("X-Order-Token",
					placed.page().substring(placed.page().indexOf("?t=") + 3)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.state");
	}

	private Product published(ProductTerms terms) {
		Product product = this.products.add(Keeper.person(this.brewer.id()), this.brewery, terms);
		this.products.publish(Keeper.person(this.brewer.id()), product.id());
		this.stock.set(Keeper.person(this.brewer.id()), product.id(),
				List.of(new Stock.Count(product.variants().get(0).id(), 10, null)));
		return this.products.published(product.id());
	}

	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An order as its buyer's shop front got it back. */
	private record Placed(String id, String number, String shipmentId, String page) {
	}

}
