package jp.musubi.shop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.GiftSetValue;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;

/**
 * The shop on its own, with only the platform beside it and the accounts module answering
 * who acts for which producer: a producer's people keep its products in the database as
 * the law asks them to be listed, and nobody else can read or change them.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one. Every shop module test
// names the same, so that they share one context.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class ShopModuleTests {

	private static final UUID FARM = UUID.randomUUID();

	private static final UUID FARMER = UUID.randomUUID();

	private static final UUID OTHER_FARM = UUID.randomUUID();

	private static final UUID OTHER_FARMER = UUID.randomUUID();

	private static final UUID CLIENT = UUID.randomUUID();

	private static final UUID CLIENTS_PERSON = UUID.randomUUID();

	@MockitoBean
	Accounts accounts;

	@Autowired
	Storefronts storefronts;

	@Autowired
	Products products;

	@BeforeEach
	void organisations() {
		producer(FARM, FARMER);
		producer(OTHER_FARM, OTHER_FARMER);
		given(this.accounts.organisation(CLIENT)).willReturn(Optional
			.of(new OrganisationSummary(CLIENT, "湯の森旅館", OrganisationType.CLIENT, Prefecture.TOKYO, null, null)));
		given(this.accounts.isMember(CLIENTS_PERSON, CLIENT)).willReturn(true);
	}

	@Test
	void aProducersPersonListsAPreOrderedFoodWithItsLabelAndSizes() {
		ProductTerms peaches = new ProductTerms(ProductKind.FOOD, Temperature.CHILLED,
				Map.of(Language.JA, Text.of("白桃（6玉）", "朝採りを冷蔵で。"), Language.EN, Text.of("White peaches", null)),
				List.of(new VariantTerms("約2kg", Yen.of(4_500), 2_300, 30, 25, 12),
						new VariantTerms("約4kg", Yen.of(8_400), 4_500, 40, 30, 12)),
				new FoodLabel(Set.of(Allergen.PEACH), "国産（ゆのもり町）", 5, false, null), null,
				new HarvestWindow(LocalDate.of(2027, 7, 10), LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 20)));

		UUID id = this.products.add(Keeper.person(FARMER), FARM, peaches).id();

		Product saved = this.products.product(Keeper.person(FARMER), id);
		assertThat(saved.name(Language.EN)).isEqualTo("White peaches");
		assertThat(saved.variants()).extracting((size) -> size.label() + " " + size.price().amount())
			.containsExactly("約2kg 4500", "約4kg 8400");
		assertThat(saved.allergens()).containsExactly(Allergen.PEACH);
		assertThat(saved.shelfLifeDays()).contains(5);
		assertThat(saved.harvest()).contains(peaches.harvest());
		assertThat(saved.taxRate(saved.variants().get(1))).isEqualTo(ConsumptionTaxRate.REDUCED);
		assertThat(this.products.range(Keeper.person(FARMER), FARM, PageRequest.of(0, 20)).getContent())
			.extracting(Product::id)
			.contains(id);
	}

	@Test
	void aGiftSetKeepsTheValueItsTaxRateIsDecidedBy() {
		ProductTerms set = new ProductTerms(ProductKind.GIFT_SET, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("煎茶と湯呑みの詰め合わせ", null)),
				List.of(new VariantTerms("1箱", Yen.of(5_400), 900, 30, 20, 10)),
				new FoodLabel(Set.of(), "国産（静岡県）", 365, false, null), new GiftSetValue(Yen.of(1_400), Yen.of(600)),
				null);

		Product saved = this.products.product(Keeper.person(FARMER),
				this.products.add(Keeper.person(FARMER), FARM, set).id());

		assertThat(saved.taxRate(saved.variants().get(0))).isEqualTo(ConsumptionTaxRate.REDUCED);
	}

	@Test
	void nobodyButTheProducersPeopleReadsOrChangesItsProductsAndBadTermsChangeNothing() {
		ProductTerms sake = new ProductTerms(ProductKind.LIQUOR, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("純米酒 湯の森", null)),
				List.of(new VariantTerms("720ml", Yen.of(1_650), 1_300, 10, 10, 32)), null, null, null);
		UUID id = this.products.add(Keeper.person(FARMER), FARM, sake).id();

		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.products.product(Keeper.person(OTHER_FARMER), id));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.products.change(Keeper.person(OTHER_FARMER), id, sake));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.products.range(Keeper.person(OTHER_FARMER), FARM, PageRequest.of(0, 20)));
		// A client's people act for their organisation, but it sells nothing.
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.products.add(Keeper.person(CLIENTS_PERSON), CLIENT, sake));

		ProductTerms free = new ProductTerms(ProductKind.LIQUOR, Temperature.AMBIENT, sake.texts(),
				List.of(new VariantTerms("720ml", Yen.of(0), 1_300, 10, 10, 32)), null, null, null);
		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> this.products.change(Keeper.person(FARMER), id, free));
		assertThat(this.products.product(Keeper.person(FARMER), id).variants().get(0).price()).isEqualTo(Yen.of(1_650));
	}

	@Test
	void aProductIsInTheWindowOnlyWhileItsProducersNoticeIsCompleteAndLiquorOnlyWithALicence() {
		UUID riceId = this.products.add(Keeper.person(FARMER), FARM, ProductExamples.rice()).id();
		UUID sakeId = this.products.add(Keeper.person(FARMER), FARM, ProductExamples.sake()).id();

		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.products.publish(Keeper.person(FARMER), riceId))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("shop.product.error.storefrontNotOpen"));
		this.storefronts.edit(FARMER, FARM, StorefrontExamples.farmJustStarted());
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.products.publish(Keeper.person(FARMER), riceId));
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.products.published(riceId));

		StorefrontTerms open = withoutLiquorLicence(StorefrontExamples.brewery());
		this.storefronts.edit(FARMER, FARM, open);
		this.products.publish(Keeper.person(FARMER), riceId);
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.products.publish(Keeper.person(FARMER), sakeId))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("shop.product.error.liquorLicence"));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.products.publish(Keeper.person(OTHER_FARMER), riceId));

		assertThat(this.products.published(riceId).name(Language.JA)).isEqualTo("ゆのもり産コシヒカリ");
		assertThat(ids(CatalogueFilter.everything())).contains(riceId).doesNotContain(sakeId);
		assertThat(ids(new CatalogueFilter(ProductKind.FOOD, Temperature.AMBIENT, false))).contains(riceId);
		assertThat(ids(new CatalogueFilter(ProductKind.GOODS, null, false))).doesNotContain(riceId);
		assertThat(ids(new CatalogueFilter(null, Temperature.FROZEN, false))).doesNotContain(riceId);
		assertThat(ids(new CatalogueFilter(null, null, true))).as("rice ships from stock").doesNotContain(riceId);
		assertThat(this.products.publishedOf(FARM, PageRequest.of(0, 10)).map(Product::id)).containsExactly(riceId);

		// The notice made incomplete again: buyers could no longer read whom they buy
		// from.
		this.storefronts.edit(FARMER, FARM, StorefrontExamples.farmJustStarted());
		assertThat(ids(CatalogueFilter.everything())).doesNotContain(riceId);
		assertThat(this.products.publishedOf(FARM, PageRequest.of(0, 10))).isEmpty();
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.products.published(riceId));

		this.storefronts.edit(FARMER, FARM, open);
		assertThat(ids(CatalogueFilter.everything())).contains(riceId);
		this.products.withdraw(Keeper.person(FARMER), riceId);
		assertThat(ids(CatalogueFilter.everything())).doesNotContain(riceId);
	}

	private static StorefrontTerms withoutLiquorLicence(StorefrontTerms terms) {
		return new StorefrontTerms(terms.texts(), terms.location(), terms.notice(), terms.foodPermits(), null,
				terms.invoice());
	}

	private List<UUID> ids(CatalogueFilter filter) {
		return this.products.catalogue(filter, PageRequest.of(0, 100)).map(Product::id).getContent();
	}

	private void producer(UUID organisation, UUID person) {
		given(this.accounts.organisation(organisation)).willReturn(Optional.of(new OrganisationSummary(organisation,
				"ゆのもり果樹園", OrganisationType.PRODUCER, Prefecture.NAGANO, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

}
