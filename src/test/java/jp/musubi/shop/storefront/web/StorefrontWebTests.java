package jp.musubi.shop.storefront.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.ApiTokenAuthentication;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorTerms;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.MusubiWebTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The storefront pages and API on their own, the service mocked: anyone reads a
 * storefront and the notices, nobody edits without signing in, another producer's person
 * is told nothing is there, and a form is read into the terms the service takes, its
 * refusals shown next to their fields with nothing typed lost.
 */
@MusubiWebTest({ PublicStorefrontController.class, StorefrontController.class, StorefrontsApi.class })
@Import(StorefrontAccessRules.class)
class StorefrontWebTests {

	private static final UUID BREWERY = UUID.randomUUID();

	private static final UUID FARM = UUID.randomUUID();

	private static final UUID CLIENT = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Storefronts storefronts;

	@MockitoBean
	Products products;

	private final CurrentUser brewer = person(Role.MEMBER, Role.PRODUCER);

	private final CurrentUser farmer = person(Role.MEMBER, Role.PRODUCER);

	private final CurrentUser agentStaff = person(Role.MEMBER, Role.AGENT_STAFF);

	private final Storefront brewery = StorefrontExamples.storefront(BREWERY, StorefrontExamples.brewery());

	@BeforeEach
	void producers() {
		given(this.storefronts.producer(BREWERY)).willReturn(Optional.of(producer(BREWERY, "ゆのもり酒造")));
		given(this.storefronts.producer(FARM)).willReturn(Optional.of(producer(FARM, "ゆのもり果樹園")));
		given(this.storefronts.find(BREWERY)).willReturn(Optional.of(this.brewery));
		given(this.storefronts.forEditing(this.brewer.accountId(), BREWERY)).willReturn(Optional.of(this.brewery));
		given(this.storefronts.forEditing(this.farmer.accountId(), BREWERY))
			.willThrow(new NotFound("producer", BREWERY));
		given(this.storefronts.edit(eq(this.farmer.accountId()), eq(BREWERY), any()))
			.willThrow(new NotFound("producer", BREWERY));
		given(this.storefronts.keepsOperatorNotice(this.agentStaff.accountId())).willReturn(true);
		given(this.products.publishedOf(any(), any())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void theStorefrontShowsTheProducersProductsInTheShopOrSaysThereAreNoneYet() throws Exception {
		Page none = Page.of(this.mvc.perform(get("/shop/producers/{id}", BREWERY)).andExpect(status().isOk()));
		assertThat(none.textOf("#products-heading + .empty")).isNotEmpty();

		Product sake = ProductExamples.saved(BREWERY, ProductExamples.sake());
		given(this.products.publishedOf(eq(BREWERY), any())).willReturn(new PageImpl<>(List.of(sake)));
		Page some = Page.of(this.mvc.perform(get("/shop/producers/{id}", BREWERY)).andExpect(status().isOk()));
		assertThat(some.textsOf(".card h3 a")).containsExactly("純米酒 湯の森");
		assertThat(some.attributeOf(".card h3 a", "href")).isEqualTo("/shop/products/" + sake.id());
		assertThat(some.textOf(".card .notice-liquor")).isEqualTo("20歳未満の者の飲酒は法律で禁止されています。");
	}

	@Test
	void aVisitorReadsTheStorefrontWithItsAddressAMapLinkAndItsNotice() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/shop/producers/{id}", BREWERY)).andExpect(status().isOk()));

		assertThat(page.lang()).isEqualTo("ja");
		assertThat(page.heading()).isEqualTo("ゆのもり酒造");
		assertThat(page.textOf(".address")).isEqualTo("〒969-3301 福島県 耶麻郡ゆのもり町大字湯ノ森1番地");
		assertThat(page.attributeOf("a.map-link", "href"))
			.startsWith("https://www.openstreetmap.org/?mlat=37.5&mlon=140.1");
		assertThat(page.attributeOf(".shop-map", "data-lat")).isEqualTo("37.500000");
		assertThat(page.document().select("script[src*=shop-map]")).hasSize(1);
		assertThat(page.attributeOf("a[href$=/legal]", "href")).isEqualTo("/shop/producers/" + BREWERY + "/legal");
	}

	@Test
	void aVisitorReadingInEnglishGetsTheEnglishNameAndStory() throws Exception {
		Page page = Page
			.of(this.mvc.perform(get("/shop/producers/{id}", BREWERY).param("lang", "en")).andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("Yunomori Brewery");
		assertThat(page.textOf(".description")).isEqualTo("A small brewery since the Meiji era.");
	}

	@Test
	void aProducerWithoutAStorefrontShowsItsNameAndThatItIsBeingPrepared() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/shop/producers/{id}", FARM)).andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("ゆのもり果樹園");
		assertThat(page.textOf(".empty")).isEqualTo("この生産者のページは準備中です。");
		assertThat(page.document().select(".shop-map")).isEmpty();
	}

	@Test
	void anIdThatNamesNoProducerIsNotFound() throws Exception {
		this.mvc.perform(get("/shop/producers/{id}", CLIENT)).andExpect(status().isNotFound());
		this.mvc.perform(get("/shop/producers/{id}/legal", CLIENT)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/shop/storefronts/{id}", CLIENT)).andExpect(status().isNotFound());
	}

	@Test
	void theNoticeListsEveryItemOfTheLawAndTheLicences() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/shop/producers/{id}/legal", BREWERY)).andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("特定商取引法に基づく表記");
		assertThat(page.textsOf("dl.legal-notice dt")).containsExactly("販売業者", "所在地", "電話番号", "運営責任者", "販売価格",
				"商品代金以外の必要料金", "お支払い方法", "お支払い時期", "商品の引渡時期", "返品・キャンセル", "食品衛生法に基づく営業許可", "通信販売酒類小売業免許", "酒類販売管理者",
				"適格請求書発行事業者登録番号");
		assertThat(page.textsOf("dl.legal-notice dd")).contains("株式会社ゆのもり酒造", "0241-00-1234", "各商品ページに税込価格で表示",
				"酒類製造業 第R5-123号（会津保健所）", "会税酒第45号（会津若松税務署）", "山田 花子", "T7123456789012");
		assertThat(page.document().select("p.empty")).isEmpty();
	}

	@Test
	void anIncompleteNoticeSaysSoAndWhichItemsAreMissing() throws Exception {
		given(this.storefronts.find(FARM))
			.willReturn(Optional.of(StorefrontExamples.storefront(FARM, StorefrontExamples.farmJustStarted())));

		Page page = Page.of(this.mvc.perform(get("/shop/producers/{id}/legal", FARM)).andExpect(status().isOk()));

		assertThat(page.textOf("p.empty")).startsWith("この表記はまだ揃っていません。");
		assertThat(page.textsOf("dl.legal-notice dd")).contains("未記入", "登録なし（インボイス非対応）");
	}

	@Test
	void theOperatorsNoticeIsPublic() throws Exception {
		given(this.storefronts.operatorNotice()).willReturn(
				Optional.of(StorefrontExamples.operatorNotice(new OperatorTerms(StorefrontExamples.completeNotice(),
						new InvoiceRegistration("T7123456789012", true)))));

		Page page = Page.of(this.mvc.perform(get("/shop/legal")).andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("特定商取引法に基づく表記（ショップ運営者）");
		assertThat(page.textsOf("dl.legal-notice dd")).contains("株式会社ゆのもり酒造", "T7123456789012");
	}

	@Test
	void aVisitorWhoIsNotSignedInCannotEditAnything() throws Exception {
		this.mvc.perform(get("/shop/producers/{id}/storefront/edit", BREWERY).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/shop/legal/edit").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		this.mvc
			.perform(post("/shop/producers/{id}/storefront/edit", BREWERY).with(csrf())
				.accept(MediaType.TEXT_HTML)
				.param("nameJa", "乗っ取り"))
			.andExpect(redirectedUrl("/signin"));
		this.mvc
			.perform(put("/api/v1/shop/storefronts/{id}", BREWERY).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"texts\":{\"ja\":{\"name\":\"乗っ取り\"}}}"))
			.andExpect(status().isUnauthorized());

		verify(this.storefronts, never()).edit(any(), any(), any());
		verify(this.storefronts, never()).editWithToken(any(), any(), any());
	}

	@Test
	void anotherProducersPersonIsToldTheStorefrontIsNotThere() throws Exception {
		this.mvc.perform(get("/shop/producers/{id}/storefront/edit", BREWERY).with(user(this.farmer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(form(this.farmer).param("nameJa", "乗っ取り")).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/shop/storefronts/{id}", BREWERY).with(user(this.farmer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"texts\":{\"ja\":{\"name\":\"乗っ取り\"}}}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void someoneNotOfTheAgentIsToldTheOperatorsFormIsNotThere() throws Exception {
		this.mvc.perform(get("/shop/legal/edit").with(user(this.brewer))).andExpect(status().isNotFound());
		this.mvc.perform(post("/shop/legal/edit").with(user(this.brewer)).with(csrf()).param("legalName", "乗っ取り"))
			.andExpect(status().isNotFound());

		verify(this.storefronts, never()).editOperatorNotice(any(), any());
	}

	@Test
	void theProducersPersonSeesTheirStorefrontInTheForm() throws Exception {
		Page page = Page
			.of(this.mvc.perform(get("/shop/producers/{id}/storefront/edit", BREWERY).with(user(this.brewer)))
				.andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("ゆのもり酒造のお店のページ");
		assertThat(page.valueOf("nameJa")).isEqualTo("ゆのもり酒造");
		assertThat(page.valueOf("phone")).isEqualTo("0241-00-1234");
		assertThat(page.valueOf("foodPermits0.category")).isEqualTo("酒類製造業");
		assertThat(page.valueOf("foodPermits1.category")).isEmpty();
		assertThat(page.valueOf("invoiceNumber")).isEqualTo("T7123456789012");
		assertThat(page.text()).contains("商品の注文を受け付けられます");
	}

	@Test
	void aNewStorefrontStartsFromTheProducersNameAndTheUsualLineOnPrices() throws Exception {
		given(this.storefronts.forEditing(this.farmer.accountId(), FARM)).willReturn(Optional.empty());

		Page page = Page.of(this.mvc.perform(get("/shop/producers/{id}/storefront/edit", FARM).with(user(this.farmer)))
			.andExpect(status().isOk()));

		assertThat(page.valueOf("nameJa")).isEqualTo("ゆのもり果樹園");
		assertThat(page.textOf("#prices")).isEqualTo("各商品ページに税込価格で表示");
		assertThat(page.textsOf(".empty li")).contains("販売業者", "返品・キャンセル");
	}

	@Test
	void refusedFieldsAreNamedNextToThemAndInTheSummaryAndNothingTypedIsLost() throws Exception {
		Page page = Page.of(
				this.mvc
					.perform(form(this.brewer).param("nameJa", "ゆのもり酒造")
						.param("legalName", "株式会社ゆのもり酒造")
						.param("phone", "電話してください")
						.param("latitude", "北緯37度")
						.param("longitude", "140.1")
						.param("foodPermits[0].category", "菓子製造業")
						.param("foodPermits[0].healthCentre", "会津保健所")
						.param("invoiceNumber", "T1123456789012")
						.param("invoiceCorporate", "true"))
					.andExpect(status().isOk()));

		assertThat(page.errorFor("latitude")).isEqualTo("緯度・経度は数字で入力してください（例：37.5）。");
		assertThat(page.valueOf("legalName")).isEqualTo("株式会社ゆのもり酒造");
		assertThat(page.valueOf("phone")).isEqualTo("電話してください");
		verify(this.storefronts, never()).edit(any(), any(), any());

		// With the coordinate fixed, the domain's own rules are named.
		page = Page.of(
				this.mvc
					.perform(form(this.brewer).param("nameJa", "ゆのもり酒造")
						.param("phone", "電話してください")
						.param("latitude", "140.1")
						.param("longitude", "37.5")
						.param("foodPermits[1].category", "菓子製造業")
						.param("foodPermits[1].healthCentre", "会津保健所")
						.param("invoiceNumber", "T1123456789012")
						.param("invoiceCorporate", "true"))
					.andExpect(status().isOk()));

		assertThat(page.errorFor("phone")).startsWith("電話番号は、0から始まる国内の番号で入力してください");
		assertThat(page.errorFor("latitude")).startsWith("緯度は日本国内の位置（20〜46）で入力してください。");
		assertThat(page.errorFor("foodPermits0.number")).isEqualTo("許可・免許の各項目を60文字以内で入力してください。");
		assertThat(page.errorFor("invoiceNumber")).startsWith("法人の登録番号は「T」と法人番号です。");
		assertThat(page.valueOf("foodPermits0.category")).isEqualTo("菓子製造業");
		assertThat(page.document().select(".error-summary a").eachAttr("href")).contains("#phone", "#latitude",
				"#longitude", "#foodPermits0.number", "#invoiceNumber");
		verify(this.storefronts, never()).edit(any(), any(), any());
	}

	@Test
	void aFormReadsIntoTheTermsTheServiceSavesAndThePersonReturnsToTheForm() throws Exception {
		given(this.storefronts.edit(eq(this.brewer.accountId()), eq(BREWERY), any())).willReturn(this.brewery);

		this.mvc
			.perform(form(this.brewer).param("nameJa", " ゆのもり酒造 ")
				.param("nameEn", "Yunomori Brewery")
				.param("storyEn", "")
				.param("postalCode", "９６９３３０１")
				.param("prefecture", "07")
				.param("latitude", "３７.５")
				.param("longitude", "140.1")
				.param("phone", "0241-00-1234")
				.param("prices", "")
				.param("foodPermits[0].category", "")
				.param("foodPermits[1].category", "酒類製造業")
				.param("foodPermits[1].number", "第R5-123号")
				.param("foodPermits[1].healthCentre", "会津保健所")
				.param("invoiceNumber", "t7-1234-5678-9012")
				.param("invoiceCorporate", "true"))
			.andExpect(redirectedUrl("/shop/producers/" + BREWERY + "/storefront/edit"))
			.andExpect(flash().attribute("notice", "shop.storefront.saved"));

		ArgumentCaptor<StorefrontTerms> terms = ArgumentCaptor.forClass(StorefrontTerms.class);
		verify(this.storefronts).edit(eq(this.brewer.accountId()), eq(BREWERY), terms.capture());
		StorefrontTerms saved = terms.getValue();
		assertThat(saved.texts().get(Language.JA).name()).isEqualTo("ゆのもり酒造");
		assertThat(saved.texts().get(Language.EN)).isEqualTo(new StorefrontTerms.Text("Yunomori Brewery", null));
		assertThat(saved.texts()).doesNotContainKey(Language.KO);
		assertThat(saved.location().postalCode()).isEqualTo("969-3301");
		assertThat(saved.location().prefecture()).isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(saved.location().latitude()).isEqualByComparingTo("37.5");
		assertThat(saved.notice().prices()).isEqualTo(SellerNotice.PRICES_ON_PRODUCT_PAGES);
		assertThat(saved.foodPermits()).extracting((permit) -> permit.number()).containsExactly("第R5-123号");
		assertThat(saved.liquorLicence()).isNull();
		assertThat(saved.invoice()).isEqualTo(new InvoiceRegistration("T7123456789012", true));
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc.perform(form(this.brewer).param("nameJa", "ゆのもり酒造").param("version", "7"))
			.andExpect(status().isConflict());

		verify(this.storefronts, never()).edit(any(), any(), any());
	}

	@Test
	void theAgentsStaffKeepTheOperatorsNoticeAndEveryItemIsRequired() throws Exception {
		Page page = Page.of(this.mvc
			.perform(post("/shop/legal/edit").with(user(this.agentStaff)).with(csrf()).param("legalName", "ゆのもり地域連携機構"))
			.andExpect(status().isOk()));

		assertThat(page.errorFor("address")).isEqualTo("この項目を入力してください。特定商取引法で表示が必要です。");
		assertThat(page.valueOf("legalName")).isEqualTo("ゆのもり地域連携機構");
		verify(this.storefronts, never()).editOperatorNotice(any(), any());
	}

	@Test
	void anyoneReadsTheStorefrontThroughTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/shop/storefronts/{id}", BREWERY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.sellsLiquor").value(true))
			.andExpect(jsonPath("$.texts.en.name").value("Yunomori Brewery"))
			.andExpect(jsonPath("$.notice.phone").value("0241-00-1234"))
			.andExpect(jsonPath("$.location.prefecture").value("07"))
			.andExpect(jsonPath("$.invoice.number").value("T7123456789012"));
	}

	@Test
	void theProducersTokenWritesItsStorefrontAndBadTermsAreRefusedField() throws Exception {
		given(this.storefronts.editWithToken(eq(BREWERY), eq(BREWERY), any())).willReturn(this.brewery);

		this.mvc
			.perform(put("/api/v1/shop/storefronts/{id}", BREWERY).with(token(BREWERY))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"texts": {"ja": {"name": "ゆのもり酒造"}},
						 "location": {"prefecture": "07"},
						 "notice": {"phone": "0241-00-1234"}}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.producerId").value(BREWERY.toString()));
		ArgumentCaptor<StorefrontTerms> terms = ArgumentCaptor.forClass(StorefrontTerms.class);
		verify(this.storefronts).editWithToken(eq(BREWERY), eq(BREWERY), terms.capture());
		assertThat(terms.getValue().notice().prices()).isEqualTo(SellerNotice.PRICES_ON_PRODUCT_PAGES);

		this.mvc
			.perform(put("/api/v1/shop/storefronts/{id}", BREWERY).with(token(BREWERY))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"texts\": {\"fr\": {\"name\": \"Brasserie\"}}}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/v1/shop/storefronts/{id}", BREWERY).with(token(BREWERY))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"texts\": {\"ja\": {\"name\": \"ゆのもり酒造\"}}, \"location\": {\"prefecture\": \"48\"}}"))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder form(CurrentUser person) {
		return post("/shop/producers/{id}/storefront/edit", BREWERY).with(user(person)).with(csrf());
	}

	/**
	 * A program with the organisation's token, as the token filter would have let it in.
	 */
	private static RequestPostProcessor token(UUID organisation) {
		RequestPostProcessor signedIn = authentication(
				ApiTokenAuthentication.authenticated(new ApiClient(organisation, UUID.randomUUID(), "ゆのもり酒造")));
		return (request) -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

	private static OrganisationSummary producer(UUID id, String name) {
		return new OrganisationSummary(id, name, OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null);
	}

	private static CurrentUser person(Role... roles) {
		UUID id = UUID.randomUUID();
		return new CurrentUser(id, id + "@example.jp", null, "山田", Language.JA, Set.of(roles), true, false);
	}

}
