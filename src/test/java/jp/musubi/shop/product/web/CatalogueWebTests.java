package jp.musubi.shop.product.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.season.SeasonWatches;
import jp.musubi.support.MusubiWebTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shop's window and a product's page as anyone sees them, without signing in: what
 * each listing must show by law (tax-included prices with their rate, the food label in a
 * box of its own, the liquor notice, the seller's notice), narrowing, and empty states.
 */
@MusubiWebTest(CataloguePages.class)
// The rule that lets anyone look in the window, which the slice does not pick up itself.
@Import(ProductAccessRules.class)
class CatalogueWebTests {

	private static final UUID FARM = UUID.randomUUID();

	private static final UUID BREWERY = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Products products;

	@MockitoBean
	Accounts accounts;

	// The product page asks whether it can be ordered now, to offer the season's mail.
	@MockitoBean(name = "seasonWatches")
	SeasonWatches seasonWatches;

	@BeforeEach
	void producers() {
		given(this.seasonWatches.isOpen(any())).willReturn(true);
		given(this.accounts.organisation(FARM)).willReturn(Optional
			.of(new OrganisationSummary(FARM, "ゆのもり果樹園", OrganisationType.PRODUCER, Prefecture.NAGANO, null, null)));
		given(this.accounts.organisation(BREWERY)).willReturn(Optional
			.of(new OrganisationSummary(BREWERY, "湯の森酒造", OrganisationType.PRODUCER, Prefecture.NAGANO, null, null)));
	}

	@Test
	void anEmptyWindowSaysSoAndANarrowedOneOffersToClearTheChoices() throws Exception {
		given(this.products.catalogue(any(), any())).willReturn(new PageImpl<>(List.of()));

		Page empty = Page.of(this.mvc.perform(get("/shop")).andExpect(status().isOk()));
		assertThat(empty.textOf(".empty")).isEqualTo("まだ商品がありません。");

		Page narrowed = Page.of(this.mvc.perform(get("/shop").param("kind", "LIQUOR").param("temperature", "FROZEN"))
			.andExpect(status().isOk()));
		assertThat(narrowed.textOf(".empty")).startsWith("条件に合う商品がありません");
		assertThat(narrowed.attributeOf("#kind option[selected]", "value")).isEqualTo("LIQUOR");
		assertThat(narrowed.document().select("a[href=/shop]")).isNotEmpty();
		verify(this.products).catalogue(eq(new CatalogueFilter(ProductKind.LIQUOR, Temperature.FROZEN, false)), any());
	}

	@Test
	void theWindowShowsEachProductWithItsProducerLowestPriceAndTheLiquorNotice() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		Product sake = ProductExamples.saved(BREWERY, ProductExamples.sake());
		given(this.products.catalogue(any(), any())).willReturn(new PageImpl<>(List.of(peaches, sake)));

		Page page = Page.of(this.mvc.perform(get("/shop")).andExpect(status().isOk()));

		assertThat(page.textsOf(".card h2")).containsExactly("白桃(6玉)", "純米酒 湯の森");
		assertThat(page.textsOf(".card .producer")).containsExactly("ゆのもり果樹園", "湯の森酒造");
		assertThat(page.textsOf(".card .notice-liquor")).containsExactly("20歳未満の者の飲酒は法律で禁止されています。");
		assertThat(page.text()).contains("4,500円〜", "2027年7月20日から2027年8月20日までに発送");
	}

	@Test
	void theWindowListsEachFacetsChoicesWithTheirCountsAsLinksThatChooseOrLetGo() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.catalogue(any(), any())).willReturn(new PageImpl<>(List.of(peaches)));
		given(this.products.facets(any()))
			.willReturn(List.of(new FacetCount(Facet.KIND, "FOOD", 1), new FacetCount(Facet.KIND, "LIQUOR", 2),
					new FacetCount(Facet.KIND, "GOODS", 0), new FacetCount(Facet.PRODUCER, FARM.toString(), 1),
					new FacetCount(Facet.PRODUCER, BREWERY.toString(), 2), new FacetCount(Facet.PRICE, "FROM_2000", 1),
					new FacetCount(Facet.IN_SEASON, "true", 1), new FacetCount(Facet.PRE_ORDERS, "true", 0)));

		Page page = Page
			.of(this.mvc.perform(get("/shop").param("q", "もも").param("kind", "FOOD").param("inSeason", "true"))
				.andExpect(status().isOk()));

		verify(this.products).catalogue(eq(new CatalogueFilter("もも", ProductKind.FOOD, null, null, null, true, false)),
				any());
		assertThat(page.textsOf(".catalogue-facets a")).containsExactly("食品（1） （選択中。選ぶと外れます）", "酒類（2）", "ゆのもり果樹園（1）",
				"湯の森酒造（2）", "2,000〜4,999円（1）", "いま旬のものだけ（1） （選択中。選ぶと外れます）");
		assertThat(page.attributeOf(".catalogue-facets a[aria-current]", "href"))
			.as("the chosen kind links to the same search without it")
			.isEqualTo("/shop?q=%E3%82%82%E3%82%82&inSeason=true");
		assertThat(page.document()
			.select(".catalogue-facets a[href='/shop?q=%E3%82%82%E3%82%82&kind=FOOD&producer=" + BREWERY
					+ "&inSeason=true']"))
			.hasSize(1);
		assertThat(page.textsOf(".chosen-choices .tag")).containsExactly("食品 ×", "いま旬のものだけ ×");
		assertThat(page.valueOf("q")).isEqualTo("もも");
		assertThat(page.attributeOf("input[type=hidden][name=inSeason]", "value")).isEqualTo("true");
		assertThat(page.textOf(".found")).isEqualTo("1件の商品があります。");
	}

	@Test
	void theWindowSpeaksTheBuyersLanguage() throws Exception {
		given(this.products.catalogue(any(), any())).willReturn(new PageImpl<>(List.of()));
		given(this.products.facets(any())).willReturn(List.of(new FacetCount(Facet.KIND, "FOOD", 3),
				new FacetCount(Facet.PRICE, "UNDER_2000", 3), new FacetCount(Facet.IN_SEASON, "true", 1)));

		Page english = Page.of(this.mvc.perform(get("/shop").param("lang", "en").param("price", "FROM_10000"))
			.andExpect(status().isOk()));

		assertThat(english.textsOf(".catalogue-facets h2")).containsExactly("Kind", "Price with tax (smallest size)",
				"Season");
		assertThat(english.textsOf(".catalogue-facets a")).contains("Food (3)", "Up to ¥1,999 (3)",
				"In season now only (1)");
		assertThat(english.textsOf(".chosen-choices .tag")).containsExactly("¥10,000 or more ×");
		assertThat(english.textOf(".empty")).startsWith("Nothing matches.");
	}

	@Test
	void aChoiceThatIsNoneOrAPageOutOfRangeOrAPastedTextIsRefused() throws Exception {
		this.mvc.perform(get("/shop").param("kind", "FISH")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/shop").param("producer", "yunomori")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/shop").param("inSeason", "maybe")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/shop").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/shop").param("q", "りんご".repeat(334))).andExpect(status().isBadRequest());
		verify(this.products, never()).catalogue(any(), any());
	}

	@Test
	void aFoodsPageShowsEachSizeWithTaxItsLabelInABoxAndTheSellersNotice() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.published(peaches.id())).willReturn(peaches);

		Page page = Page.of(this.mvc.perform(get("/shop/products/" + peaches.id())).andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("白桃(6玉)");
		assertThat(page.textsOf("#sizes-heading + .table-scroll td")).containsExactly("約2kg", "4,500円", "8％（軽減税率）");
		assertThat(page.textOf(".allergen-box")).contains("もも").doesNotContain("特定原材料8品目");
		assertThat(page.text()).contains("到着日から5日以上", "国産(ゆのもり町)", "2027年7月10日");
		assertThat(page.document().select("a[href=/shop/producers/" + FARM + "/legal]")).hasSize(1);
		assertThat(page.document().select("a[href=/shop/legal]")).hasSize(1);
		assertThat(page.document().select(".notice-liquor")).isEmpty();
	}

	@Test
	void liquorCarriesTheAgeNoticeAndTheStandardRateAndGoodsNoFoodLabel() throws Exception {
		Product sake = ProductExamples.saved(BREWERY, ProductExamples.sake());
		Product bowl = ProductExamples.saved(FARM, ProductExamples.bowl());
		given(this.products.published(sake.id())).willReturn(sake);
		given(this.products.published(bowl.id())).willReturn(bowl);

		Page liquor = Page.of(this.mvc.perform(get("/shop/products/" + sake.id())).andExpect(status().isOk()));
		assertThat(liquor.textOf(".notice-liquor")).isEqualTo("20歳未満の者の飲酒は法律で禁止されています。");
		assertThat(liquor.text()).contains("10％（標準税率）");

		Page goods = Page.of(this.mvc.perform(get("/shop/products/" + bowl.id())).andExpect(status().isOk()));
		assertThat(goods.document().select(".food-label")).isEmpty();
	}

	@Test
	void aProductNotInTheShopIsNotFound() throws Exception {
		UUID draft = UUID.randomUUID();
		given(this.products.published(draft)).willThrow(new NotFound("product", draft));

		this.mvc.perform(get("/shop/products/" + draft)).andExpect(status().isNotFound());
	}

}
