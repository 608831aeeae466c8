package jp.musubi.shop.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.product.ProductTerms.FoodLabel;
import jp.musubi.shop.product.ProductTerms.Text;
import jp.musubi.shop.product.ProductTerms.VariantTerms;
import jp.musubi.shop.shipping.Temperature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A product's rules, judged by its terms and kept by the product itself: the tax rate its
 * kind and price give, the label food must carry, sizes a carrier can take, a season that
 * makes sense.
 */
class ProductRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final UUID PRODUCER = UUID.randomUUID();

	@Test
	void foodTakesTheReducedRateAndLiquorAndGoodsTheStandardOne() {
		Product rice = new Product(PRODUCER, ProductExamples.rice(), NOW);
		Product sake = new Product(PRODUCER, ProductExamples.sake(), NOW);
		Product bowl = new Product(PRODUCER, ProductExamples.bowl(), NOW);

		assertThat(rice.variants())
			.allSatisfy((size) -> assertThat(rice.taxRate(size)).isEqualTo(ConsumptionTaxRate.REDUCED));
		assertThat(sake.taxRate(sake.variants().get(0))).isEqualTo(ConsumptionTaxRate.STANDARD);
		assertThat(bowl.taxRate(bowl.variants().get(0))).isEqualTo(ConsumptionTaxRate.STANDARD);
	}

	@ParameterizedTest(name = "a gift set at {0} yen with {1} yen of food and {2} of the rest: {3}")
	@CsvSource({ "10800, 700, 300, REDUCED", "5000, 2000, 1000, REDUCED", "5000, 1999, 1000, STANDARD",
			"11001, 700, 300, STANDARD", "30000, 900, 100, STANDARD" })
	void aGiftSetTakesTheReducedRateUpToTenThousandYenBeforeTaxWhenTwoThirdsOfItIsFood(long price, long food,
			long other, ConsumptionTaxRate rate) {
		Product set = new Product(PRODUCER, ProductExamples.teaGiftSet(price, food, other), NOW);

		assertThat(set.taxRate(set.variants().get(0))).isEqualTo(rate);
	}

	@ParameterizedTest(name = "{0} yen")
	@CsvSource({ "10801", "10900", "11000" })
	void aMostlyFoodGiftSetPricedWhereNoRateFitsIsRefused(long price) {
		// Over ¥10,000 before tax at 8 %, at most ¥10,000 at 10 %: neither rate is the
		// set's own.
		assertThat(fields(ProductExamples.teaGiftSet(price, 700, 300))).containsExactly("variants[0].price");
		assertThat(keys(ProductExamples.teaGiftSet(price, 700, 300)))
			.containsExactly("shop.product.error.giftSetPrice");
	}

	@Test
	void aGiftSetNeedsTheValueOfItsFoodAndOfItsOtherGoods() {
		assertThat(fields(ProductExamples.teaGiftSet(3_000, 0, 500))).containsExactly("giftSet");
		assertThat(fields(ProductExamples.teaGiftSet(3_000, 500, 0))).containsExactly("giftSet");
		ProductTerms withoutValue = ProductExamples.teaGiftSet(3_000, 1, 1);
		assertThat(fields(new ProductTerms(withoutValue.kind(), withoutValue.temperature(), withoutValue.texts(),
				withoutValue.variants(), withoutValue.food(), null, null)))
			.containsExactly("giftSet");
	}

	@Test
	void foodNeedsItsOriginAndShelfLifeAndRiceWhereItWasGrown() {
		ProductTerms rice = ProductExamples.rice();
		assertThat(fields(withFood(rice, null))).containsExactlyInAnyOrder("food.origin", "food.shelfLifeDays");
		assertThat(fields(withFood(rice, new FoodLabel(Set.of(), " ", 0, true, ""))))
			.containsExactlyInAnyOrder("food.origin", "food.shelfLifeDays", "food.riceOrigin");
		assertThat(fields(withFood(rice, new FoodLabel(Set.of(), "国産", 3_651, false, null))))
			.containsExactly("food.shelfLifeDays");
		assertThat(fields(rice)).isEmpty();
	}

	@Test
	void goodsContainNoAllergensButLiquorMayNameItsOwn() {
		ProductTerms bowl = ProductExamples.bowl();
		ProductTerms sake = ProductExamples.sake();
		FoodLabel milk = new FoodLabel(Set.of(Allergen.MILK), null, 0, false, null);

		assertThat(fields(withFood(bowl, milk))).containsExactly("food.allergens");
		Product liqueur = new Product(PRODUCER, withFood(sake, milk), NOW);
		assertThat(liqueur.allergens()).containsExactly(Allergen.MILK);
		assertThat(liqueur.origin()).as("liquor has no food label of its own").isEmpty();
	}

	@Test
	void theLabelListsTheEightMandatoryAllergensBeforeTheRecommendedOnes() {
		FoodLabel label = new FoodLabel(Set.of(Allergen.APPLE, Allergen.EGG, Allergen.SOYBEAN, Allergen.WHEAT), "国産",
				30, false, null);
		Product cake = new Product(PRODUCER, withFood(ProductExamples.rice(), label), NOW);

		assertThat(cake.allergens()).containsExactly(Allergen.WHEAT, Allergen.EGG, Allergen.SOYBEAN, Allergen.APPLE);
		assertThat(Allergen.mandatory()).hasSize(8);
		assertThat(Allergen.recommended()).hasSize(20).contains(Allergen.MACADAMIA_NUT);
	}

	@Test
	void everySizeNeedsALabelAPriceAWeightAndSidesACarrierTakes() {
		List<VariantTerms> sizes = List.of(new VariantTerms(" ", Yen.of(0), 0, 0, 10, 10),
				new VariantTerms("特大", ProductTerms.MAX_PRICE.plus(Yen.of(1)), 30_001, 171, 10, 10),
				new VariantTerms("小", Yen.of(1), 1, 1, 1, 1),
				new VariantTerms("大", ProductTerms.MAX_PRICE, 30_000, 170, 170, 170));

		assertThat(fields(withVariants(ProductExamples.rice(), sizes))).containsExactlyInAnyOrder("variants[0].label",
				"variants[0].price", "variants[0].weightGrams", "variants[0].size", "variants[1].price",
				"variants[1].weightGrams", "variants[1].size");
		assertThat(fields(withVariants(ProductExamples.rice(), List.of()))).containsExactly("variants");
		assertThat(fields(
				withVariants(ProductExamples.rice(), Collections.nCopies(ProductTerms.MAX_VARIANTS + 1, sizes.get(2)))))
			.containsExactly("variants");
	}

	@Test
	void aProductNeedsAJapaneseNameAndKeepsItsTextsWithinTheirLengths() {
		ProductTerms rice = ProductExamples.rice();
		assertThat(fields(withTexts(rice, Map.of(Language.EN, Text.of("Rice", null)))))
			.containsExactly("texts[ja].name");
		assertThat(fields(withTexts(rice, Map.of(Language.JA, Text.of("米".repeat(121), "説".repeat(4_001))))))
			.containsExactlyInAnyOrder("texts[ja].name", "texts[ja].description");
	}

	@Test
	void aPreOrderShipsInAWindowOfAtMostAYearAndTakesOrdersUntilItsCutOff() {
		ProductTerms peaches = ProductExamples.peaches();
		LocalDate from = peaches.harvest().shipFrom();
		assertThat(fields(withHarvest(peaches, new HarvestWindow(from.minusDays(5), from, from.minusDays(1)))))
			.containsExactly("harvest.shipUntil");
		assertThat(fields(withHarvest(peaches, new HarvestWindow(from, from, from.plusDays(367)))))
			.containsExactly("harvest.shipUntil");
		assertThat(fields(withHarvest(peaches, new HarvestWindow(from.plusDays(40), from, from.plusDays(31)))))
			.containsExactly("harvest.orderCutoff");

		Product product = new Product(PRODUCER, peaches, NOW);
		assertThat(product.takesOrdersOn(LocalDate.of(2027, 7, 10))).isTrue();
		assertThat(product.takesOrdersOn(LocalDate.of(2027, 7, 11))).isFalse();
		assertThat(product.harvest().orElseThrow().earliestShipDate(LocalDate.of(2027, 5, 1))).isEqualTo(from);
		assertThat(product.harvest().orElseThrow().earliestShipDate(LocalDate.of(2027, 7, 25)))
			.isEqualTo(LocalDate.of(2027, 7, 25));
		assertThat(new Product(PRODUCER, ProductExamples.rice(), NOW).takesOrdersOn(LocalDate.of(2030, 1, 1))).isTrue();
	}

	@Test
	void aProductIsInSeasonWhileItsHarvestShipsAndItStillTakesOrders() {
		Product peaches = new Product(PRODUCER, ProductExamples.peaches(), NOW);
		// Orders until 10 July, shipped from 20 July: a pure pre-order, never in season.
		assertThat(peaches.isInSeasonOn(LocalDate.of(2027, 7, 5))).isFalse();
		assertThat(peaches.isInSeasonOn(LocalDate.of(2027, 7, 25))).isFalse();

		HarvestWindow pickedAsOrdered = new HarvestWindow(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 7, 20),
				LocalDate.of(2027, 8, 20));
		Product inSeason = new Product(PRODUCER, withHarvest(ProductExamples.peaches(), pickedAsOrdered), NOW);
		assertThat(inSeason.isInSeasonOn(LocalDate.of(2027, 7, 19))).as("before the first shipping day").isFalse();
		assertThat(inSeason.isInSeasonOn(LocalDate.of(2027, 7, 20))).isTrue();
		assertThat(inSeason.isInSeasonOn(LocalDate.of(2027, 8, 10))).as("the cut-off").isTrue();
		assertThat(inSeason.isInSeasonOn(LocalDate.of(2027, 8, 11))).as("shipping the last orders").isFalse();

		assertThat(new Product(PRODUCER, ProductExamples.rice(), NOW).isInSeasonOn(LocalDate.of(2027, 7, 25)))
			.as("sold from stock all year")
			.isFalse();
	}

	@Test
	void aPriceFallsInOneBandFromItsLowestPriceToTheNextBandsFirst() {
		assertThat(bandsOf(Yen.of(1))).containsExactly(PriceBand.UNDER_2000);
		assertThat(bandsOf(Yen.of(1_999))).containsExactly(PriceBand.UNDER_2000);
		assertThat(bandsOf(Yen.of(2_000))).containsExactly(PriceBand.FROM_2000);
		assertThat(bandsOf(Yen.of(9_999))).containsExactly(PriceBand.FROM_5000);
		assertThat(bandsOf(Yen.of(10_000))).containsExactly(PriceBand.FROM_10000);
		assertThat(bandsOf(ProductTerms.MAX_PRICE)).containsExactly(PriceBand.FROM_10000);
	}

	private static List<PriceBand> bandsOf(Yen price) {
		return Stream.of(PriceBand.values()).filter((band) -> band.contains(price)).toList();
	}

	@Test
	void refusedTermsChangeNothingOfTheProduct() {
		Product rice = new Product(PRODUCER, ProductExamples.rice(), NOW);
		ProductTerms broken = withFood(ProductExamples.rice(), null);

		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> rice.change(broken, NOW.plusSeconds(60)))
			.satisfies((refused) -> assertThat(refused.refusals()).hasSize(2));
		assertThat(rice.origin()).contains("国産(ゆのもり町)");
		assertThat(rice.updatedAt()).isEqualTo(NOW);
		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> new Product(PRODUCER, withVariants(ProductExamples.rice(), List.of()), NOW));
	}

	@Test
	void aSizeKeepsItsIdentityByItsPlaceWhenTheProductChanges() {
		Product rice = new Product(PRODUCER, ProductExamples.rice(), NOW);
		UUID fiveKilos = rice.variants().get(0).id();
		List<VariantTerms> sizes = new ArrayList<>(ProductExamples.rice().variants());
		sizes.set(0, new VariantTerms("5kg", Yen.of(3_980), 5_200, 40, 28, 10));

		rice.change(withVariants(ProductExamples.rice(), sizes), NOW.plusSeconds(60));
		assertThat(rice.variant(fiveKilos))
			.hasValueSatisfying((size) -> assertThat(size.price()).isEqualTo(Yen.of(3_980)));

		rice.change(withVariants(ProductExamples.rice(), sizes.subList(0, 1)), NOW.plusSeconds(120));
		assertThat(rice.variants()).extracting(Variant::id).containsExactly(fiveKilos);
		assertThat(rice.priceFrom()).isEqualTo(Yen.of(3_980));
	}

	@Test
	void aProductSpeaksJapaneseWhereItHasNoTextInTheBuyersLanguage() {
		Product rice = new Product(PRODUCER, ProductExamples.rice(), NOW);

		assertThat(rice.name(Language.EN)).isEqualTo("Yunomori Koshihikari rice");
		assertThat(rice.name(Language.KO)).isEqualTo("ゆのもり産コシヒカリ");
	}

	@ParameterizedTest(name = "born {0}, on {1}: {2}")
	@CsvSource({ "2006-12-08, 2026-12-07, false", "2006-12-08, 2026-12-08, true", "2004-02-29, 2024-02-28, false",
			"2004-02-29, 2024-02-29, true", "1950-01-01, 2026-12-07, true" })
	void alcoholIsSoldFromTheTwentiethBirthday(LocalDate born, LocalDate day, boolean allowed) {
		assertThat(DrinkingAge.allows(born, day)).isEqualTo(allowed);
	}

	@Test
	void aBirthDateInTheFutureOrOverAHundredAndThirtyYearsAgoIsNoBuyers() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		assertThat(DrinkingAge.isPlausible(today.plusDays(1), today)).isFalse();
		assertThat(DrinkingAge.isPlausible(today.minusYears(130), today)).isFalse();
		assertThat(DrinkingAge.isPlausible(LocalDate.of(1960, 4, 1), today)).isTrue();
	}

	private static List<String> fields(ProductTerms terms) {
		return terms.refusals().stream().map(InputRefused::field).toList();
	}

	private static List<String> keys(ProductTerms terms) {
		return terms.refusals().stream().map(InputRefused::messageKey).toList();
	}

	private static ProductTerms withFood(ProductTerms terms, FoodLabel food) {
		return new ProductTerms(terms.kind(), terms.temperature(), terms.texts(), terms.variants(), food,
				terms.giftSet(), terms.harvest());
	}

	private static ProductTerms withVariants(ProductTerms terms, List<VariantTerms> variants) {
		return new ProductTerms(terms.kind(), terms.temperature(), terms.texts(), variants, terms.food(),
				terms.giftSet(), terms.harvest());
	}

	private static ProductTerms withTexts(ProductTerms terms, Map<Language, Text> texts) {
		return new ProductTerms(terms.kind(), terms.temperature(), texts, terms.variants(), terms.food(),
				terms.giftSet(), terms.harvest());
	}

	private static ProductTerms withHarvest(ProductTerms terms, HarvestWindow harvest) {
		return new ProductTerms(terms.kind(), terms.temperature(), terms.texts(), terms.variants(), terms.food(),
				terms.giftSet(), harvest);
	}

}
