package jp.musubi.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.PriceBand;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.ProductTerms.FoodLabel;
import jp.musubi.shop.product.ProductTerms.Text;
import jp.musubi.shop.product.ProductTerms.VariantTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Searching the shop's window through its Lucene index, with the database and the index
 * as the application keeps them: what a buyer types finds the products however it is
 * spelt, the facets count what each choice would show, and a product is found only while
 * it is published. Each test's products carry a word of its own (a lot code), so that
 * what other tests left in the index counts for nothing here.
 */
@ApplicationModuleTest
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one. Every shop module test
// names the same, so that they share one context.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class CatalogueSearchModuleTests {

	private UUID farm;

	private UUID farmer;

	private UUID potter;

	private UUID pottersPerson;

	/** A word no other test's products have. */
	private String lot;

	@MockitoBean
	Accounts accounts;

	@Autowired
	Storefronts storefronts;

	@Autowired
	Products products;

	@Autowired
	Clock clock;

	private LocalDate today;

	// Made before each test, not as the instance is: Spring Modulith's module tests keep
	// one instance for the whole class.
	@BeforeEach
	void openStorefronts() {
		this.farm = UUID.randomUUID();
		this.farmer = UUID.randomUUID();
		this.potter = UUID.randomUUID();
		this.pottersPerson = UUID.randomUUID();
		this.lot = lotCode();
		this.today = Dates.today(this.clock);
		producer(this.farm, this.farmer, "ゆのもり果樹園");
		producer(this.potter, this.pottersPerson, "湯の森窯");
		this.storefronts.edit(this.farmer, this.farm, StorefrontExamples.brewery());
		this.storefronts.edit(this.pottersPerson, this.potter, StorefrontExamples.brewery());
	}

	@Test
	void aWordFindsItsProductInHiraganaKatakanaKanjiOrHalfWidthAndInEnglish() {
		UUID apples = published(this.farm, food("信州のりんご", "Shinshu apples", 1_500, Temperature.AMBIENT, null));
		UUID peaches = published(this.farm, food("桃の詰め合わせ", null, 4_500, Temperature.CHILLED, null));
		UUID honey = published(this.farm, food("ハチミツ（アカシア）", null, 2_400, Temperature.AMBIENT, null));

		assertThat(found("りんご")).containsExactly(apples);
		assertThat(found("リンゴ")).containsExactly(apples);
		assertThat(found("林檎")).containsExactly(apples);
		assertThat(found("ﾘﾝｺﾞ")).containsExactly(apples);
		assertThat(found("ＡＰＰＬＥＳ")).containsExactly(apples);
		assertThat(found("もも")).containsExactly(peaches);
		assertThat(found("モモ")).containsExactly(peaches);
		assertThat(found("はちみつ")).containsExactly(honey);
		assertThat(found("蜂蜜")).containsExactly(honey);
		assertThat(found("はちみつ りんご")).as("every word must be found").isEmpty();
		assertThat(found("")).containsExactlyInAnyOrder(apples, peaches, honey);
	}

	@Test
	void particlesAndStraySymbolsInTheWordsNeitherFailNorNarrow() {
		UUID apples = published(this.farm, food("信州のりんご", null, 1_500, Temperature.AMBIENT, null));
		UUID peaches = published(this.farm, food("桃の詰め合わせ", null, 4_500, Temperature.CHILLED, null));

		assertThat(found("りんご の")).containsExactly(apples);
		assertThat(found("の")).containsExactlyInAnyOrder(apples, peaches);
		assertThat(found("\"りんご")).containsExactly(apples);
		assertThat(found("((りんご")).containsExactly(apples);
		assertThat(found("-りんご")).as("the minus of the simple query syntax").containsExactly(peaches);
	}

	@Test
	void aProducersNameFindsItsProductsAndFollowsItsStorefront() {
		UUID bowl = published(this.potter, goods("漆塗りの汁椀", 6_600));
		UUID apples = published(this.farm, food("信州のりんご", null, 1_500, Temperature.AMBIENT, null));

		assertThat(found("Yunomori Brewery")).containsExactlyInAnyOrder(bowl, apples);

		this.storefronts.edit(this.pottersPerson, this.potter, renamed(StorefrontExamples.brewery(), "ゆのもり窯"));

		assertThat(found("ゆのもり窯")).containsExactly(bowl);
		assertThat(found("Yunomori Brewery")).containsExactly(apples);
	}

	@Test
	void aProductIsFoundOnlyWhilePublishedAndWithItsPriceAsLastChanged() {
		ProductTerms appleTerms = food("信州のりんご", null, 1_500, Temperature.AMBIENT, null);
		UUID draft = this.products.add(Keeper.person(this.farmer), this.farm, appleTerms).id();

		assertThat(found("りんご")).isEmpty();
		assertThat(facets(everything())).filteredOn((count) -> count.facet() == Facet.KIND)
			.allSatisfy((count) -> assertThat(count.count()).isZero());

		this.products.publish(Keeper.person(this.farmer), draft);
		assertThat(found("りんご")).containsExactly(draft);

		this.products.change(Keeper.person(this.farmer), draft, food("信州のりんご", null, 2_500, Temperature.AMBIENT, null));
		assertThat(ids(narrowed(null, null, PriceBand.FROM_2000, false, false))).containsExactly(draft);
		assertThat(ids(narrowed(null, null, PriceBand.UNDER_2000, false, false))).isEmpty();

		this.products.withdraw(Keeper.person(this.farmer), draft);
		assertThat(found("りんご")).isEmpty();
	}

	@Test
	void eachFacetCountsItsChoicesWithTheOtherChoicesKept() {
		HarvestWindow shippingNow = new HarvestWindow(this.today.plusDays(5), this.today.minusDays(5),
				this.today.plusDays(20));
		HarvestWindow takingPreOrders = new HarvestWindow(this.today.plusDays(10), this.today.plusDays(30),
				this.today.plusDays(60));
		UUID apples = published(this.farm, food("信州のりんご", null, 1_500, Temperature.AMBIENT, null));
		UUID peaches = published(this.farm, food("桃の詰め合わせ", null, 4_500, Temperature.CHILLED, shippingNow));
		UUID honey = published(this.farm, food("ハチミツ（アカシア）", null, 2_400, Temperature.AMBIENT, null));
		UUID newRice = published(this.farm, food("新米コシヒカリ", null, 3_800, Temperature.AMBIENT, takingPreOrders));
		published(this.farm, liquor("純米吟醸 湯の森", 12_000));
		published(this.potter, goods("漆塗りの汁椀", 6_600));
		this.products.add(Keeper.person(this.farmer), this.farm, goods("試作の汁椀", 100));

		List<FacetCount> everything = facets(everything());
		assertThat(counts(everything, Facet.KIND)).containsExactly(Map.entry("FOOD", 4L), Map.entry("LIQUOR", 1L),
				Map.entry("GOODS", 1L), Map.entry("GIFT_SET", 0L));
		assertThat(counts(everything, Facet.PRODUCER)).containsOnly(Map.entry(this.farm.toString(), 5L),
				Map.entry(this.potter.toString(), 1L));
		assertThat(counts(everything, Facet.TEMPERATURE)).containsExactly(Map.entry("AMBIENT", 5L),
				Map.entry("CHILLED", 1L), Map.entry("FROZEN", 0L));
		assertThat(counts(everything, Facet.PRICE)).containsExactly(Map.entry("UNDER_2000", 1L),
				Map.entry("FROM_2000", 3L), Map.entry("FROM_5000", 1L), Map.entry("FROM_10000", 1L));
		assertThat(counts(everything, Facet.IN_SEASON)).containsExactly(Map.entry("true", 1L));
		assertThat(counts(everything, Facet.PRE_ORDERS)).containsExactly(Map.entry("true", 2L));

		CatalogueFilter food = narrowed(ProductKind.FOOD, null, null, false, false);
		assertThat(ids(food)).containsExactlyInAnyOrder(apples, peaches, honey, newRice);
		List<FacetCount> ofFood = facets(food);
		assertThat(counts(ofFood, Facet.KIND)).as("the kinds as if none were chosen")
			.isEqualTo(counts(everything, Facet.KIND));
		assertThat(counts(ofFood, Facet.PRODUCER)).containsOnly(Map.entry(this.farm.toString(), 4L));
		assertThat(counts(ofFood, Facet.TEMPERATURE)).containsExactly(Map.entry("AMBIENT", 3L),
				Map.entry("CHILLED", 1L), Map.entry("FROZEN", 0L));
		assertThat(counts(ofFood, Facet.PRICE)).containsExactly(Map.entry("UNDER_2000", 1L), Map.entry("FROM_2000", 3L),
				Map.entry("FROM_5000", 0L), Map.entry("FROM_10000", 0L));

		CatalogueFilter foodFrom2000 = narrowed(ProductKind.FOOD, null, PriceBand.FROM_2000, false, false);
		assertThat(counts(facets(foodFrom2000), Facet.KIND)).containsExactly(Map.entry("FOOD", 3L),
				Map.entry("LIQUOR", 0L), Map.entry("GOODS", 0L), Map.entry("GIFT_SET", 0L));
		assertThat(counts(facets(foodFrom2000), Facet.IN_SEASON)).containsExactly(Map.entry("true", 1L));

		assertThat(ids(narrowed(null, null, null, true, false))).containsExactly(peaches);
		assertThat(ids(narrowed(null, null, null, false, true))).containsExactlyInAnyOrder(peaches, newRice);
		assertThat(ids(narrowed(null, Temperature.CHILLED, null, true, false))).containsExactly(peaches);
		assertThat(ids(narrowed(null, Temperature.FROZEN, null, false, false))).isEmpty();
	}

	@Test
	void pagesOfTheWindowFollowEachOtherWithoutOverlapping() {
		for (int i = 1; i <= 5; i++) {
			published(this.farm, food("りんご " + i + "号", null, 1_000 + i, Temperature.AMBIENT, null));
		}

		Page<Product> first = this.products.catalogue(everything(), PageRequest.of(0, 2));
		Page<Product> second = this.products.catalogue(everything(), PageRequest.of(1, 2));
		Page<Product> last = this.products.catalogue(everything(), PageRequest.of(2, 2));

		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(last.getContent()).hasSize(1);
		Set<UUID> seen = List.of(first, second, last)
			.stream()
			.flatMap((page) -> page.getContent().stream())
			.map(Product::id)
			.collect(Collectors.toSet());
		assertThat(seen).hasSize(5);
	}

	private List<UUID> found(String words) {
		return ids(new CatalogueFilter((words + " " + this.lot).strip(), null, null, null, null, false, false));
	}

	private CatalogueFilter everything() {
		return narrowed(null, null, null, false, false);
	}

	private CatalogueFilter narrowed(ProductKind kind, Temperature temperature, PriceBand price, boolean inSeason,
			boolean preOrders) {
		return new CatalogueFilter(this.lot, kind, null, temperature, price, inSeason, preOrders);
	}

	private List<UUID> ids(CatalogueFilter filter) {
		return this.products.catalogue(filter, PageRequest.of(0, 100)).map(Product::id).getContent();
	}

	private List<FacetCount> facets(CatalogueFilter filter) {
		return this.products.facets(filter);
	}

	private static Map<String, Long> counts(List<FacetCount> counts, Facet facet) {
		return counts.stream()
			.filter((count) -> count.facet() == facet)
			.collect(Collectors.toMap(FacetCount::value, FacetCount::count, (a, b) -> a, LinkedHashMap::new));
	}

	private UUID published(UUID producer, ProductTerms terms) {
		UUID person = producer.equals(this.farm) ? this.farmer : this.pottersPerson;
		UUID id = this.products.add(Keeper.person(person), producer, terms).id();
		this.products.publish(Keeper.person(person), id);
		return id;
	}

	/** Food of the farm, with this test's lot code in its description. */
	private ProductTerms food(String name, String englishName, long price, Temperature temperature,
			HarvestWindow harvest) {
		Map<Language, Text> texts = (englishName != null)
				? Map.of(Language.JA, Text.of(name, "ロット " + this.lot), Language.EN, Text.of(englishName, null))
				: Map.of(Language.JA, Text.of(name, "ロット " + this.lot));
		return new ProductTerms(ProductKind.FOOD, temperature, texts,
				List.of(new VariantTerms("1箱", Yen.of(price), 2_000, 30, 20, 10)),
				new FoodLabel(Set.of(), "国産（長野県）", 10, false, null), null, harvest);
	}

	private ProductTerms liquor(String name, long price) {
		return new ProductTerms(ProductKind.LIQUOR, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of(name, "ロット " + this.lot)),
				List.of(new VariantTerms("720ml", Yen.of(price), 1_300, 10, 10, 32)), null, null, null);
	}

	private ProductTerms goods(String name, long price) {
		return new ProductTerms(ProductKind.GOODS, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of(name, "ロット " + this.lot)),
				List.of(new VariantTerms("1客", Yen.of(price), 300, 13, 13, 8)), null, null, null);
	}

	private static StorefrontTerms renamed(StorefrontTerms terms, String name) {
		return new StorefrontTerms(Map.of(Language.JA, new StorefrontTerms.Text(name, null)), terms.location(),
				terms.notice(), terms.foodPermits(), terms.liquorLicence(), terms.invoice());
	}

	private void producer(UUID organisation, UUID person, String name) {
		given(this.accounts.organisation(organisation)).willReturn(Optional
			.of(new OrganisationSummary(organisation, name, OrganisationType.PRODUCER, Prefecture.NAGANO, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

	/** Twelve letters, which the analysis keeps as one word. */
	private static String lotCode() {
		StringBuilder code = new StringBuilder("lot");
		for (int i = 0; i < 12; i++) {
			code.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

}
