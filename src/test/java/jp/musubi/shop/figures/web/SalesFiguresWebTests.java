package jp.musubi.shop.figures.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.figures.GuardedSales;
import jp.musubi.shop.figures.PrefectureSales;
import jp.musubi.shop.figures.ProducerFigures;
import jp.musubi.shop.figures.ProductSales;
import jp.musubi.shop.figures.RegionSplit;
import jp.musubi.shop.figures.RepeatBuyers;
import jp.musubi.shop.figures.SalesCount;
import jp.musubi.shop.figures.SalesFigures;
import jp.musubi.shop.figures.SalesPeriod;
import jp.musubi.shop.figures.ShopFigures;
import jp.musubi.shop.product.Keeper;
import jp.musubi.support.MusubiWebTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sales figures' pages and API on their own, the figures mocked: the agent's staff
 * read the shop's, a member or a producer does not; a producer's people read their own,
 * with where few buyers live hidden, and nobody else does; a period that cannot be read
 * is said so next to its field on the page and named in the API's problem.
 */
@MusubiWebTest({ SalesFiguresPages.class, SalesFiguresApi.class })
@Import(SalesFiguresAccessRules.class)
class SalesFiguresWebTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	private final CurrentUser staff = person(Role.MEMBER, Role.AGENT_STAFF);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ShopFigures figures;

	@BeforeEach
	void periods() {
		given(this.figures.period(any(), any(), any())).willAnswer(
				(asked) -> SalesPeriod.asked(asked.getArgument(0), asked.getArgument(1), asked.getArgument(2), TODAY));
	}

	@Test
	void theAgentsStaffReadTheSalesInAndOutsideTheRegionAgainstTheSeed() throws Exception {
		SalesPeriod november = SalesPeriod.of(YearMonth.of(2026, 11));
		given(this.figures.sales(november)).willReturn(november(november));

		Page page = Page.of(this.mvc.perform(get("/shop/figures").param("month", "2026-11").with(user(this.staff)))
			.andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("ショップの売上");
		assertThat(page.textOf("#totals")).contains("15,900円", "注文 3件", "購入者 3人");
		assertThat(page.textOf("#by-buyer [data-side=inside]")).contains("地域内（福島県）", "7,600円 （47.8%）", "1 （33.3%）",
				"30%");
		assertThat(page.textOf("#by-delivery [data-side=inside]")).contains("11,400円", "71.7%");
		assertThat(page.textOf("#by-buyer-prefecture")).contains("日本", "福島県", "東京都", "大阪府");
		assertThat(page.textOf("#repeat-buyers")).contains("3人のうち 1人（33.3%）");
		assertThat(page.textOf("#top-products")).contains("白桃(6玉)", "ゆのもり農園", "9,000円");

		this.mvc.perform(get("/api/v1/shop/figures").param("month", "2026-11").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value("2026-11"))
			.andExpect(jsonPath("$.from").value("2026-11-01"))
			.andExpect(jsonPath("$.region").value("07"))
			.andExpect(jsonPath("$.seed.insidePercent").value(30))
			.andExpect(jsonPath("$.byBuyerAddress.inside.yen").value(7600))
			.andExpect(jsonPath("$.byBuyerAddress.outside.buyers").value(2))
			.andExpect(jsonPath("$.byDeliveryAddress.inside.yen").value(11400))
			.andExpect(jsonPath("$.byBuyerPrefecture[1].prefecture").value("13"))
			.andExpect(jsonPath("$.byBuyerPrefecture[1].country").value("JP"))
			.andExpect(jsonPath("$.repeatBuyers.repeaters").value(1))
			.andExpect(jsonPath("$.topProducts[0].units").value(2));
	}

	@Test
	void aPeriodWithoutSalesSaysSo() throws Exception {
		SalesPeriod december = SalesPeriod.of(YearMonth.of(2026, 12));
		RegionSplit none = RegionSplit.of(SalesCount.NONE, SalesCount.NONE, 0);
		given(this.figures.sales(december)).willReturn(new SalesFigures(december, Prefecture.FUKUSHIMA, none, none,
				List.of(), List.of(), new RepeatBuyers(0, 0), List.of()));

		Page page = Page.of(this.mvc.perform(get("/shop/figures").with(user(this.staff))).andExpect(status().isOk()));

		assertThat(page.textOf(".empty")).isEqualTo("この期間の売上はありません。");
		assertThat(page.attributeOf("input[name=month]", "value")).as("this month, filled in").isEqualTo("2026-12");
		this.mvc.perform(get("/api/v1/shop/figures").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byBuyerAddress.inside.yenPercent").isEmpty())
			.andExpect(jsonPath("$.topProducts").isEmpty());
	}

	@Test
	void aMonthThatIsNoneIsSaidSoNextToItsFieldAndNamedInTheProblem() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/shop/figures").param("month", "2026-13").with(user(this.staff)))
			.andExpect(status().isOk()));

		assertThat(page.fieldsInError()).containsExactly("month");
		assertThat(page.errorFor("month")).contains("2026-11");
		assertThat(page.document().select("#period")).isEmpty();

		this.mvc.perform(get("/api/v1/shop/figures").param("month", "2026-13").with(user(this.staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("shop.figures.refused.month"));
		this.mvc
			.perform(get("/api/v1/shop/figures").param("from", "2026-11-30")
				.param("to", "2026-11-01")
				.with(user(this.staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		verify(this.figures, never()).sales(any());
	}

	@Test
	void noOneButTheAgentsStaffReadsTheSales() throws Exception {
		for (CurrentUser other : List.of(person(Role.MEMBER), person(Role.MEMBER, Role.PRODUCER),
				person(Role.MEMBER, Role.FACILITY_STAFF))) {
			this.mvc.perform(get("/shop/figures").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/shop/figures").with(user(other))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/shop/figures").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/shop/figures")).andExpect(status().isUnauthorized());
		verify(this.figures, never()).sales(any());
	}

	@Test
	void aProducersPeopleSeeItsOwnSalesWithWhereFewBuyersLiveHidden() throws Exception {
		UUID farm = UUID.randomUUID();
		CurrentUser farmer = person(Role.MEMBER, Role.PRODUCER);
		SalesPeriod november = SalesPeriod.of(YearMonth.of(2026, 11));
		given(this.figures.producerName(Keeper.person(farmer.accountId()), farm)).willReturn("ゆのもり農園");
		given(this.figures.producerSales(Keeper.person(farmer.accountId()), farm, november))
			.willReturn(new ProducerFigures(farm, november, Prefecture.FUKUSHIMA, new SalesCount(Yen.of(8_300), 2, 2),
					RegionSplit.of(SalesCount.NONE, new SalesCount(Yen.of(8_300), 2, 0), 0),
					new GuardedSales(SalesCount.NONE), new GuardedSales(null), List.of(), true, null, List.of()));

		Page page = Page.of(this.mvc
			.perform(get("/shop/producers/" + farm + "/figures").param("month", "2026-11").with(user(farmer)))
			.andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("ゆのもり農園の売上");
		assertThat(page.textOf("#totals")).contains("8,300円", "注文 2件");
		assertThat(page.textOf("#by-delivery")).doesNotContain("購入者数");
		assertThat(page.textOf("#by-buyer [data-side=outside]")).isEqualTo("地域外 非表示 非表示 非表示");
		assertThat(page.document().select("#by-buyer-prefecture [data-prefecture]")).extracting((row) -> row.text())
			.containsExactly("そのほかの都道府県 非表示 非表示 非表示");
		assertThat(page.textOf("#repeat-buyers")).contains("表示しません");
	}

	@Test
	void noOneElseReadsAProducersSalesWhateverPeriodTheyAsk() throws Exception {
		UUID farm = UUID.randomUUID();
		CurrentUser stranger = person(Role.MEMBER, Role.PRODUCER);
		given(this.figures.producerName(Keeper.person(stranger.accountId()), farm))
			.willThrow(new NotFound("producer", farm));

		this.mvc.perform(get("/shop/producers/" + farm + "/figures").param("month", "2026-13").with(user(stranger)))
			.andExpect(status().isNotFound());
		verify(this.figures, never()).producerSales(any(), any(), any());
	}

	/**
	 * A month of the region of 福島県: a Tokyo buyer's gift into the region, a buyer in the
	 * region and one in Osaka.
	 */
	private static SalesFigures november(SalesPeriod period) {
		RegionSplit byBuyer = RegionSplit.of(new SalesCount(Yen.of(7_600), 1, 1), new SalesCount(Yen.of(8_300), 2, 2),
				3);
		RegionSplit byDelivery = RegionSplit.of(new SalesCount(Yen.of(11_400), 2, 2),
				new SalesCount(Yen.of(4_500), 1, 1), 3);
		List<PrefectureSales> byBuyerPrefecture = List.of(
				new PrefectureSales(Prefecture.FUKUSHIMA, true, new SalesCount(Yen.of(7_600), 1, 1),
						new BigDecimal("47.8")),
				new PrefectureSales(Prefecture.TOKYO, false, new SalesCount(Yen.of(3_800), 1, 1),
						new BigDecimal("23.9")),
				new PrefectureSales(Prefecture.OSAKA, false, new SalesCount(Yen.of(4_500), 1, 1),
						new BigDecimal("28.3")));
		List<PrefectureSales> byDeliveryPrefecture = List.of(
				new PrefectureSales(Prefecture.FUKUSHIMA, true, new SalesCount(Yen.of(11_400), 2, 2),
						new BigDecimal("71.7")),
				new PrefectureSales(Prefecture.OSAKA, false, new SalesCount(Yen.of(4_500), 1, 1),
						new BigDecimal("28.3")));
		UUID farm = UUID.randomUUID();
		return new SalesFigures(period, Prefecture.FUKUSHIMA, byBuyer, byDelivery, byBuyerPrefecture,
				byDeliveryPrefecture, new RepeatBuyers(3, 1),
				List.of(new ProductSales(UUID.randomUUID(), "白桃(6玉)", farm, "ゆのもり農園", 2, Yen.of(9_000)),
						new ProductSales(UUID.randomUUID(), "ゆのもり産コシヒカリ", farm, "ゆのもり農園", 2, Yen.of(7_600))));
	}

	private static CurrentUser person(Role... roles) {
		return new CurrentUser(UUID.randomUUID(), "someone@example.jp", null, "山田", Language.JA,
				EnumSet.copyOf(Set.of(roles)), true, false);
	}

}
