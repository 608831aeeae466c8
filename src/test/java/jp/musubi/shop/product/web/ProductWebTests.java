package jp.musubi.shop.product.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.support.MusubiWebTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A producer's product pages on their own, the service mocked: who gets in, how the form
 * is read into the terms the service takes, and how each rule the terms break reaches the
 * person next to its field, with what they typed kept. What the service decides with real
 * data is {@code ShopModuleTests}' to check.
 */
@MusubiWebTest(ProductPages.class)
class ProductWebTests {

	private static final UUID FARM = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Products products;

	@MockitoBean
	Accounts accounts;

	private final CurrentUser farmer = new CurrentUser(UUID.randomUUID(), "farmer@example.jp", null, "果樹園 花子",
			Language.JA, EnumSet.of(Role.MEMBER, Role.PRODUCER), true, false);

	@BeforeEach
	void farm() {
		given(this.accounts.organisation(FARM)).willReturn(Optional
			.of(new OrganisationSummary(FARM, "ゆのもり果樹園", OrganisationType.PRODUCER, Prefecture.NAGANO, null, null)));
		given(this.products.range(any(), eq(FARM), any())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void aVisitorWhoIsNotSignedInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/shop/producers/" + FARM + "/products").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/signin"));
		this.mvc
			.perform(post("/shop/producers/" + FARM + "/products").with(csrf())
				.accept(MediaType.TEXT_HTML)
				.param("texts[0].name", "白桃"))
			.andExpect(redirectedUrl("/signin"));
		verify(this.products, never()).add(any(), any(), any());
	}

	@Test
	void someoneWhoDoesNotActForTheProducerFindsNothing() throws Exception {
		willThrow(new NotFound("producer", FARM)).given(this.products).requireProducer(any(), eq(FARM));
		willThrow(new NotFound("producer", FARM)).given(this.products).range(any(), eq(FARM), any());

		this.mvc.perform(get("/shop/producers/" + FARM + "/products/new").with(user(this.farmer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/shop/producers/" + FARM + "/products").with(user(this.farmer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/shop/producers/" + FARM + "/products").with(user(this.farmer))
				.with(csrf())
				.param("kind", "FOOD")
				.param("temperature", "AMBIENT"))
			.andExpect(status().isNotFound());
		verify(this.products, never()).add(any(), any(), any());
	}

	@Test
	void aProducersPersonStartsFromTheirProducersRangeAndSomeoneOfNoProducerIsToldWhy() throws Exception {
		OrganisationSummary farm = this.accounts.organisation(FARM).orElseThrow();
		OrganisationSummary inn = new OrganisationSummary(UUID.randomUUID(), "湯の森旅館", OrganisationType.FACILITY,
				Prefecture.NAGANO, null, null);
		given(this.accounts.organisationsOf(this.farmer.accountId())).willReturn(List.of(inn, farm));
		this.mvc.perform(get("/shop/mine").with(user(this.farmer)))
			.andExpect(redirectedUrl("/shop/producers/" + FARM + "/products"));

		given(this.accounts.organisationsOf(this.farmer.accountId())).willReturn(List.of(inn));
		Page page = Page.of(this.mvc.perform(get("/shop/mine").with(user(this.farmer))).andExpect(status().isOk()));
		assertThat(page.textOf(".empty")).startsWith("商品を出品できる生産者の組織に入っていません");
	}

	@Test
	void anEmptyRangeSaysSoAndOffersToAddAProduct() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/shop/producers/" + FARM + "/products").with(user(this.farmer)))
			.andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("ゆのもり果樹園の商品");
		assertThat(page.textOf(".empty")).contains("まだ商品がありません");
		assertThat(page.document().select("a.button").eachAttr("href")).containsExactly(
				"/shop/producers/" + FARM + "/products/new", "/shop/producers/" + FARM + "/storefront/edit",
				"/shop/producers/" + FARM + "/shipping", "/shop/producers/" + FARM + "/shipments",
				"/shop/producers/" + FARM + "/money", "/shop/producers/" + FARM + "/figures");
	}

	@Test
	void theRangeListsEachProductWithItsLowestPriceAndSeason() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.range(any(), eq(FARM), any())).willReturn(new PageImpl<>(List.of(peaches)));

		Page page = Page.of(this.mvc.perform(get("/shop/producers/" + FARM + "/products").with(user(this.farmer)))
			.andExpect(status().isOk()));

		assertThat(page.textsOf("tbody td")).containsExactly("白桃(6玉) 在庫数", "食品", "冷蔵（0〜10℃）", "4,500円〜",
				"2027年7月20日から2027年8月20日までに発送");
	}

	@Test
	void aFilledInFormBecomesTheTermsTheServiceTakes() throws Exception {
		Product saved = ProductExamples.saved(FARM, ProductExamples.rice());
		given(this.products.add(any(), eq(FARM), any())).willReturn(saved);

		this.mvc
			.perform(post("/shop/producers/" + FARM + "/products").with(user(this.farmer))
				.with(csrf())
				.param("kind", "FOOD")
				.param("temperature", "AMBIENT")
				.param("texts[0].language", "ja")
				.param("texts[0].name", "ゆのもり産コシヒカリ")
				.param("texts[1].language", "en")
				.param("texts[1].name", "")
				.param("sizes[0].label", "5kg")
				.param("sizes[0].price", "¥3,800")
				.param("sizes[0].weightGrams", "5200")
				.param("sizes[0].lengthCm", "40")
				.param("sizes[0].widthCm", "28")
				.param("sizes[0].heightCm", "10")
				.param("sizes[1].label", "")
				.param("allergens", "WHEAT", "SOYBEAN")
				.param("origin", "国産")
				.param("shelfLifeDays", "180")
				.param("containsRice", "true")
				.param("riceOrigin", "ゆのもり町"))
			.andExpect(redirectedUrl("/shop/products/" + saved.id() + "/edit"));

		ArgumentCaptor<ProductTerms> terms = ArgumentCaptor.forClass(ProductTerms.class);
		verify(this.products).add(eq(Keeper.person(this.farmer.accountId())), eq(FARM), terms.capture());
		assertThat(terms.getValue().kind()).isEqualTo(ProductKind.FOOD);
		assertThat(terms.getValue().temperature()).isEqualTo(Temperature.AMBIENT);
		assertThat(terms.getValue().texts()).containsOnlyKeys(Language.JA);
		assertThat(terms.getValue().variants())
			.containsExactly(new ProductTerms.VariantTerms("5kg", Yen.of(3_800), 5_200, 40, 28, 10));
		assertThat(terms.getValue().food().allergens()).containsExactlyInAnyOrder(jp.musubi.shop.product.Allergen.WHEAT,
				jp.musubi.shop.product.Allergen.SOYBEAN);
		assertThat(terms.getValue().food().riceOrigin()).isEqualTo("ゆのもり町");
		assertThat(terms.getValue().harvest()).isNull();
	}

	@Test
	void everyRuleTheFormBreaksIsShownNextToItsFieldWithWhatWasTypedKept() throws Exception {
		Page page = Page.of(
				this.mvc
					.perform(post("/shop/producers/" + FARM + "/products").with(user(this.farmer))
						.with(csrf())
						.param("kind", "GIFT_SET")
						.param("temperature", "AMBIENT")
						.param("texts[0].language", "ja")
						.param("texts[0].name", "")
						.param("sizes[2].label", "1箱")
						.param("sizes[2].price", "10,900")
						.param("sizes[2].weightGrams", "900")
						.param("sizes[2].lengthCm", "30")
						.param("sizes[2].widthCm", "20")
						.param("sizes[2].heightCm", "10")
						.param("sizes[3].label", "特大")
						.param("sizes[3].price", "-5")
						.param("giftFoodValue", "700")
						.param("giftOtherValue", "300")
						.param("origin", "国産")
						.param("shelfLifeDays", "365")
						.param("preOrder", "true")
						.param("shipFrom", "2027-07-20"))
					.andExpect(status().isOk()));

		assertThat(page.errorFor("texts[0].name")).isEqualTo("商品名（日本語）を入力してください。");
		assertThat(page.errorFor("sizes[2].price")).startsWith("食品が価値の3分の2以上の詰め合わせは");
		assertThat(page.errorFor("sizes[3].price")).startsWith("金額は円単位の整数で");
		assertThat(page.errorFor("sizes[3].weightGrams")).isEqualTo("重さは1gから30,000gまでで入力してください。");
		assertThat(page.errorFor("orderCutoff")).isEqualTo("日付を「2027-07-20」の形で入力してください。");
		assertThat(page.errorFor("shipUntil")).isNotEmpty();
		assertThat(page.valueOf("sizes[2].price")).isEqualTo("10,900");
		assertThat(page.valueOf("shipFrom")).isEqualTo("2027-07-20");
		assertThat(page.document().select(".error-summary a").eachAttr("href")).contains("#texts[0].name",
				"#sizes[2].price");
		assertThat(page.document().getElementById("sizes[2].price").attr("aria-describedby"))
			.isEqualTo("sizes[2].price-error");
		verify(this.products, never()).add(any(), any(), any());
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedIsRefusedWithNothingChanged() throws Exception {
		Product rice = ProductExamples.saved(FARM, ProductExamples.rice());
		given(this.products.product(any(), eq(rice.id()))).willReturn(rice);

		Page page = Page.of(
				this.mvc
					.perform(post("/shop/products/" + rice.id() + "/edit").with(user(this.farmer))
						.with(csrf())
						.param("version", "7")
						.param("kind", "FOOD")
						.param("temperature", "AMBIENT"))
					.andExpect(status().isConflict()));

		assertThat(page.textOf(".error-summary")).contains("ほかの人がこの商品を先に保存しました");
		verify(this.products, never()).change(any(), any(), any());
	}

	@Test
	void theEditFormShowsTheProductAsSaved() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.product(any(), eq(peaches.id()))).willReturn(peaches);

		Page page = Page.of(this.mvc.perform(get("/shop/products/" + peaches.id() + "/edit").with(user(this.farmer)))
			.andExpect(status().isOk()));

		assertThat(page.valueOf("texts[0].name")).isEqualTo("白桃(6玉)");
		assertThat(page.valueOf("sizes[0].price")).isEqualTo("4,500");
		assertThat(page.document().select("input[name=allergens][checked]").eachAttr("value")).containsExactly("PEACH");
		assertThat(page.valueOf("shipUntil")).isEqualTo("2027-08-20");
		assertThat(page.document().select("input[name=preOrder][checked]")).hasSize(1);
		assertThat(Set.of(page.document().select("fieldset.size-row").size())).containsExactly(4);
	}

}
