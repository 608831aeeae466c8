package jp.musubi.shop.shipping.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.shipping.FreeShipping;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.SizeBand;
import jp.musubi.shop.shipping.ZoneTable;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A producer's shipping page and API on the whole application: its people save a fee
 * table and read it back, a fee that is not one is refused next to its cell with nothing
 * changed, its own system keeps the terms through the API, and another producer learns
 * nothing of them.
 */
@MusubiTest
class ShippingWebTests {

	private static final String KANTO_60 = "methods[TA_Q_BIN].fees[KANTO-60]";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ShippingTerms shipping;

	TestUser farmer;

	UUID farm;

	TestUser brewer;

	UUID brewery;

	@BeforeEach
	void producers() {
		this.farmer = this.fixtures.member("農家");
		this.farm = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, this.farmer);
		this.brewer = this.fixtures.member("蔵人");
		this.brewery = this.fixtures.organisation("ゆのもり酒造", OrganisationType.PRODUCER, this.brewer);
	}

	@Test
	void aProducerSavesAFeeTableAndReadsItBack() throws Exception {
		this.mvc.perform(kantoByTaQBin(this.farm, this.farmer, "1,060").param("freeThreshold", "10,000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/shop/producers/" + this.farm + "/shipping"));

		Page page = Page.of(this.mvc
			.perform(get("/shop/producers/{id}/shipping", this.farm).with(this.fixtures.signedIn(this.farmer)))
			.andExpect(status().isOk()));
		assertThat(page.heading()).isEqualTo("ゆのもり農園の送料");
		assertThat(page.valueOf(KANTO_60)).isEqualTo("1,060");
		assertThat(page.valueOf("methods[TA_Q_BIN].fees[KANTO-200]")).isEqualTo("3,160");
		assertThat(page.valueOf("methods[TA_Q_BIN].fees[KYUSHU-60]")).isEmpty();
		assertThat(page.attributeOf("#methods\\[TA_Q_BIN\\]\\.offered", "checked")).isEqualTo("checked");
		assertThat(page.attributeOf("label[for=" + "'" + KANTO_60 + "']", "class")).isEqualTo("visually-hidden");
		assertThat(page.textOf("label[for='" + KANTO_60 + "']")).isEqualTo("関東、60サイズの送料");
		assertThat(page.valueOf("freeThreshold")).isEqualTo("10,000");

		List<ZoneTable> tables = this.shipping.of(this.farm);
		assertThat(tables).singleElement().satisfies((table) -> {
			assertThat(table.method()).isEqualTo(ShippingMethod.TA_Q_BIN);
			assertThat(table.origin()).isEqualTo(Prefecture.FUKUSHIMA);
			assertThat(table.fees()).containsOnlyKeys(Prefecture.IBARAKI, Prefecture.TOCHIGI, Prefecture.GUNMA,
					Prefecture.SAITAMA, Prefecture.CHIBA, Prefecture.TOKYO, Prefecture.KANAGAWA, Prefecture.YAMANASHI);
			assertThat(table.fees().get(Prefecture.TOKYO).get(new SizeBand(60, 2_000))).isEqualTo(Yen.of(1_060));
			assertThat(table.freeShipping()).contains(new FreeShipping(Yen.of(10_000), false));
		});
	}

	@Test
	void aFeeThatIsNotOneIsRefusedNextToItsCellAndNothingChanges() throws Exception {
		this.mvc.perform(kantoByTaQBin(this.farm, this.farmer, "1,060")).andExpect(status().is3xxRedirection());
		List<ZoneTable> saved = this.shipping.of(this.farm);

		for (String typed : new String[] { "-100", "千円", "1.5" }) {
			Page page = Page
				.of(this.mvc.perform(kantoByTaQBin(this.farm, this.farmer, typed)).andExpect(status().isOk()));
			assertThat(page.errorFor(KANTO_60)).startsWith("金額は円単位の整数で入力してください");
			assertThat(page.attributeOf("[id='" + KANTO_60 + "']", "aria-invalid")).isEqualTo("true");
			assertThat(page.valueOf(KANTO_60)).as("shown as typed").isEqualTo(typed);
		}

		Page missing = Page
			.of(this.mvc.perform(kantoByTaQBin(this.farm, this.farmer, "1,060", 200)).andExpect(status().isOk()));
		assertThat(missing.errorFor("methods[TA_Q_BIN].fees[KANTO-200]")).isEqualTo("この地域へ送る場合は、このサイズの送料も入力してください。");
		assertThat(missing.fieldsInError()).containsExactly("methods[TA_Q_BIN].fees[KANTO-200]");

		Page nowhere = Page.of(
				this.mvc
					.perform(post("/shop/producers/{id}/shipping", this.farm).with(csrf())
						.with(this.fixtures.signedIn(this.farmer))
						.param("methods[YU_PACK].offered", "true")
						.param("methods[YU_PACK].origin", "07"))
					.andExpect(status().isOk()));
		assertThat(nowhere.errorFor("methods[YU_PACK].offered")).isEqualTo("この配送方法で送る地域の送料を、少なくとも1つの地域に入力してください。");

		this.mvc
			.perform(kantoByTaQBin(this.farm, this.farmer, "1,060").param("methods[BICYCLE].offered", "true")
				.param("methods[TA_Q_BIN].fees[KANTO-60]", "")
				.param("methods[TA_Q_BIN].fees[MARS-60]", "500"))
			.andExpect(status().isOk());

		assertThat(this.shipping.of(this.farm)).isEqualTo(saved);
	}

	@Test
	void anotherProducerNeitherReadsNorChangesTheTermsOnThePageOrThroughTheApi() throws Exception {
		this.mvc.perform(kantoByTaQBin(this.farm, this.farmer, "1,060")).andExpect(status().is3xxRedirection());
		List<ZoneTable> saved = this.shipping.of(this.farm);
		String brewerysToken = token(this.brewery, this.brewer);

		this.mvc.perform(get("/shop/producers/{id}/shipping", this.farm).with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(kantoByTaQBin(this.farm, this.brewer, "1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/shop/producers/{id}/shipping", this.farm).with(bearer(brewerysToken)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/shop/producers/{id}/shipping", this.farm).with(this.fixtures.signedIn(this.brewer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(put("/api/v1/shop/producers/{id}/shipping", this.farm), "{\"methods\": {}}")
				.with(bearer(brewerysToken)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/shop/producers/{id}/shipping", this.farm)).andExpect(status().isUnauthorized());

		assertThat(this.shipping.of(this.farm)).isEqualTo(saved);
	}

	@Test
	void aProducersSystemKeepsItsTermsThroughTheApi() throws Exception {
		String token = token(this.farm, this.farmer);
		String body = """
				{"methods": {
				  "COOL_TA_Q_BIN": {"origin": "07",
				    "fees": {"KANTO": {"60": 1060, "80": 1360, "100": 1660, "120": "1,960"},
				             "KANSAI": {"60": 1320, "80": 1620, "100": 1920, "120": 2220}},
				    "coolSurcharges": {"60": 275, "80": 330, "100": 440, "120": 715}},
				  "NEKOPOS": {"origin": "07", "fees": {"HOKKAIDO": {"flat": 385}, "OKINAWA": {"flat": 385}}}},
				 "freeShipping": {"threshold": 10000, "coversCool": false}}
				""";

		ResultActions put = this.mvc
			.perform(json(put("/api/v1/shop/producers/{id}/shipping", this.farm), body).with(bearer(token)))
			.andExpect(status().isOk());
		assertThat((Object) read(put, "$.methods.COOL_TA_Q_BIN.fees.KANTO.120")).isEqualTo(1960);

		ResultActions got = this.mvc.perform(get("/api/v1/shop/producers/{id}/shipping", this.farm).with(bearer(token)))
			.andExpect(status().isOk());
		assertThat((Object) read(got, "$.methods.COOL_TA_Q_BIN.origin")).isEqualTo("07");
		assertThat((Object) read(got, "$.methods.COOL_TA_Q_BIN.coolSurcharges.120")).isEqualTo(715);
		assertThat((Object) read(got, "$.methods.NEKOPOS.fees.OKINAWA.flat")).isEqualTo(385);
		assertThat((Object) read(got, "$.freeShipping.threshold")).isEqualTo(10000);
		assertThat((Object) read(got, "$.freeShipping.coversCool")).isEqualTo(false);
		assertThat(this.shipping.of(this.farm)).extracting(ZoneTable::method)
			.containsExactly(ShippingMethod.COOL_TA_Q_BIN, ShippingMethod.NEKOPOS);

		ResultActions refused = this.mvc.perform(json(put("/api/v1/shop/producers/{id}/shipping", this.farm), """
				{"methods": {"COOL_TA_Q_BIN": {"origin": "07", "fees": {"KANTO": {"60": 1060, "200": 3000}},
				 "coolSurcharges": {"60": 275, "80": 330, "100": 440, "120": 715}}}}
				""").with(bearer(token))).andExpect(status().isBadRequest());
		List<String> fields = read(refused, "$.errors[*].field");
		assertThat(fields).contains("methods[COOL_TA_Q_BIN].fees[KANTO][200]");
		ResultActions missing = this.mvc.perform(json(put("/api/v1/shop/producers/{id}/shipping", this.farm), """
				{"methods": {"TA_Q_BIN": {"origin": "07", "fees": {"KANTO": {"60": 1060}}}}}
				""").with(bearer(token)).header("Accept-Language", "en")).andExpect(status().isBadRequest());
		List<String> missingFields = read(missing, "$.errors[*].field");
		assertThat(missingFields).hasSize(7).contains("methods[TA_Q_BIN].fees[KANTO][80]");
		List<String> messages = read(missing, "$.errors[*].message");
		assertThat(messages).first().isEqualTo("To send to this area, enter the fee for this size too.");
		this.mvc.perform(json(put("/api/v1/shop/producers/{id}/shipping", this.farm), """
				{"methods": {"TA_Q_BIN": {"origin": "07", "fees": {"KANTO": {"60": -1}}}}}
				""").with(bearer(token))).andExpect(status().isBadRequest());

		assertThat(this.shipping.of(this.farm)).extracting(ZoneTable::method)
			.containsExactly(ShippingMethod.COOL_TA_Q_BIN, ShippingMethod.NEKOPOS);
	}

	/** 宅急便 from Fukushima to 関東 only: the 60 size as typed, each size up 300 yen. */
	private MockHttpServletRequestBuilder kantoByTaQBin(UUID producer, TestUser person, String size60) {
		return kantoByTaQBin(producer, person, size60, 0);
	}

	/** The same with one size left blank. */
	private MockHttpServletRequestBuilder kantoByTaQBin(UUID producer, TestUser person, String size60, int blank) {
		MockHttpServletRequestBuilder request = post("/shop/producers/{id}/shipping", producer).with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("methods[TA_Q_BIN].offered", "true")
			.param("_methods[TA_Q_BIN].offered", "on")
			.param("methods[TA_Q_BIN].origin", "07")
			.param(KANTO_60, size60);
		int[] sizes = { 80, 100, 120, 140, 160, 180, 200 };
		for (int i = 0; i < sizes.length; i++) {
			request.param("methods[TA_Q_BIN].fees[KANTO-" + sizes[i] + "]",
					(sizes[i] == blank) ? "" : String.format("%,d", 1_060 + 300 * (i + 1)));
		}
		return request;
	}

	private String token(UUID organisation, TestUser owner) throws Exception {
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "受注システム"))).textOf("#api-token");
	}

	private static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

}
