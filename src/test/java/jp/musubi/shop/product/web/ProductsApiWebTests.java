package jp.musubi.shop.product.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.ApiTokenAuthentication;
import jp.musubi.platform.money.Yen;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.support.MusubiWebTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The products API on its own, the service mocked: anyone reads the shop; a producer's
 * system with its token keeps its own range, and every refusal comes back as problem+json
 * naming the field that was sent.
 */
@MusubiWebTest(ProductsApi.class)
@Import(ProductAccessRules.class)
class ProductsApiWebTests {

	private static final UUID FARM = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Products products;

	@Test
	void anyoneReadsTheShopWithPricesWithTaxAndTheirRate() throws Exception {
		Product rice = ProductExamples.saved(FARM, ProductExamples.rice());
		given(this.products.catalogue(any(), any())).willReturn(new PageImpl<>(List.of(rice)));
		given(this.products.published(rice.id())).willReturn(rice);

		this.mvc.perform(get("/api/v1/shop/products").param("kind", "FOOD"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].texts.ja.name").value("ゆのもり産コシヒカリ"))
			.andExpect(jsonPath("$.items[0].variants[0].price").value(3800))
			.andExpect(jsonPath("$.items[0].variants[0].taxRatePercent").value(8))
			.andExpect(jsonPath("$.items[0].food.riceOrigin").value("ゆのもり町(令和8年産)"))
			.andExpect(jsonPath("$.page").value(1));
		this.mvc.perform(get("/api/v1/shop/products/" + rice.id())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/shop/products").param("size", "101")).andExpect(status().isBadRequest());
	}

	@Test
	void theSearchAnswersAPageOfWhatItFoundWithEveryFacetCounted() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.catalogue(any(), any()))
			.willReturn(new PageImpl<>(List.of(peaches), PageRequest.of(1, 1), 3));
		given(this.products.facets(any())).willReturn(List.of(new FacetCount(Facet.KIND, "FOOD", 3),
				new FacetCount(Facet.KIND, "LIQUOR", 1), new FacetCount(Facet.PRODUCER, FARM.toString(), 3),
				new FacetCount(Facet.PRICE, "FROM_2000", 2), new FacetCount(Facet.IN_SEASON, "true", 1)));
		given(this.products.producerNames(any())).willReturn(Map.of(FARM, "ゆのもり果樹園"));

		this.mvc
			.perform(get("/api/v1/shop/products").param("q", "もも")
				.param("kind", "FOOD")
				.param("page", "2")
				.param("size", "1")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].texts.ja.name").value("白桃(6玉)"))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.facets.kind[0].value").value("FOOD"))
			.andExpect(jsonPath("$.facets.kind[0].name").value("Food"))
			.andExpect(jsonPath("$.facets.kind[0].count").value(3))
			.andExpect(jsonPath("$.facets.kind[0].chosen").value(true))
			.andExpect(jsonPath("$.facets.kind[1].chosen").value(false))
			.andExpect(jsonPath("$.facets.producer[0].name").value("ゆのもり果樹園"))
			.andExpect(jsonPath("$.facets.price[0].name").value("¥2,000 to ¥4,999"))
			.andExpect(jsonPath("$.facets.inSeason[0].count").value(1));

		verify(this.products).catalogue(eq(new CatalogueFilter("もも", ProductKind.FOOD, null, null, null, false, false)),
				eq(PageRequest.of(1, 1)));
	}

	@Test
	void aParameterThatIsNoneOfItsChoicesIsRefusedByItsNameNeverAnswered500() throws Exception {
		this.mvc.perform(get("/api/v1/shop/products").param("kind", "FISH").param("inSeason", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("kind", "inSeason")))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.containsString("FOOD, LIQUOR, GOODS, GIFT_SET")));
		this.mvc.perform(get("/api/v1/shop/products").param("producer", "yunomori"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("producer"));
		this.mvc.perform(get("/api/v1/shop/products").param("price", "CHEAP"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("price"));
		this.mvc.perform(get("/api/v1/shop/products").param("q", "りんご".repeat(334)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("shop.window.error.words"));
		this.mvc.perform(get("/api/v1/shop/products").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		verify(this.products, never()).catalogue(any(), any());
	}

	@Test
	void aProgramWithoutATokenMayNotKeepARange() throws Exception {
		this.mvc
			.perform(post("/api/v1/shop/producers/" + FARM + "/products").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
		verify(this.products, never()).add(any(), any(), any());
	}

	@Test
	void aProducersSystemAddsADraftAndIsToldWhereItLives() throws Exception {
		Product peaches = ProductExamples.saved(FARM, ProductExamples.peaches());
		given(this.products.add(any(), eq(FARM), any())).willReturn(peaches);

		this.mvc
			.perform(post("/api/v1/shop/producers/" + FARM + "/products").with(token(FARM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "FOOD", "temperature": "CHILLED",
						 "texts": {"ja": {"name": "白桃（6玉）"}, "en": {"name": "White peaches"}},
						 "variants": [{"label": "約2kg", "price": "4,500", "weightGrams": 2300, "lengthCm": 30,
						               "widthCm": 25, "heightCm": 12}],
						 "food": {"allergens": ["PEACH"], "origin": "国産", "shelfLifeDays": 5},
						 "harvest": {"orderCutoff": "2027-07-10", "shipFrom": "2027-07-20", "shipUntil": "2027-08-20"}}
						"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/shop/products/" + peaches.id()))
			.andExpect(jsonPath("$.published").value(false))
			.andExpect(jsonPath("$.harvest.shipFrom").value("2027-07-20"));

		ArgumentCaptor<ProductTerms> terms = ArgumentCaptor.forClass(ProductTerms.class);
		verify(this.products).add(eq(Keeper.organisation(FARM)), eq(FARM), terms.capture());
		assertThat(terms.getValue().kind()).isEqualTo(ProductKind.FOOD);
		assertThat(terms.getValue().temperature()).isEqualTo(Temperature.CHILLED);
		assertThat(terms.getValue().variants().get(0).price()).isEqualTo(Yen.of(4_500));
		assertThat(terms.getValue().harvest().shipUntil()).hasToString("2027-08-20");
	}

	@Test
	void everyRefusalNamesTheFieldThatWasSent() throws Exception {
		given(this.products.add(any(), eq(FARM), any()))
			.willThrow(new FieldsRefused(List.of(new InputRefused("variants[0].price", "shop.product.error.price"),
					new InputRefused("food.origin", "shop.product.error.origin"))));

		this.mvc
			.perform(post("/api/v1/shop/producers/" + FARM + "/products").with(token(FARM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"FOOD\", \"temperature\": \"AMBIENT\", \"variants\": [{\"price\": 0}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("variants[0].price", "food.origin")));
		this.mvc
			.perform(post("/api/v1/shop/producers/" + FARM + "/products").with(token(FARM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\": \"AMBIENT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(post("/api/v1/shop/producers/" + FARM + "/products").with(token(FARM))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FOOD\", \"temperature\": \"AMBIENT\", \"texts\": {\"fr\": {\"name\": \"Riz\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("texts"));
	}

	@Test
	void anotherProducersTokenFindsNothingToChangeOrPublish() throws Exception {
		UUID product = UUID.randomUUID();
		UUID otherFarm = UUID.randomUUID();
		given(this.products.publish(Keeper.organisation(otherFarm), product))
			.willThrow(new NotFound("product", product));

		this.mvc.perform(post("/api/v1/shop/products/" + product + "/publish").with(token(otherFarm)))
			.andExpect(status().isNotFound());
	}

	@Test
	void publishingBeforeTheNoticeIsCompleteIsRefusedWithTheReason() throws Exception {
		UUID product = UUID.randomUUID();
		given(this.products.publish(Keeper.organisation(FARM), product))
			.willThrow(new InputRefused("published", "shop.product.error.storefrontNotOpen"));

		this.mvc.perform(post("/api/v1/shop/products/" + product + "/publish").with(token(FARM)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("published"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("公開する前に")));
	}

	/**
	 * A program with the organisation's token, as the token filter would have let it in.
	 */
	private static RequestPostProcessor token(UUID organisation) {
		RequestPostProcessor signedIn = authentication(
				ApiTokenAuthentication.authenticated(new ApiClient(organisation, UUID.randomUUID(), "ゆのもり果樹園")));
		return (request) -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

}
