package jp.musubi.shop.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.shop.product.ProductTerms.FoodLabel;
import jp.musubi.shop.product.ProductTerms.Text;
import jp.musubi.shop.product.ProductTerms.VariantTerms;
import jp.musubi.shop.shipping.Temperature;

/** Products as the region's producers list them, for the shop's tests. */
public final class ProductExamples {

	private ProductExamples() {
	}

	/** Koshihikari of the region in 5 kg and 10 kg bags: food, ambient, rice. */
	public static ProductTerms rice() {
		return new ProductTerms(ProductKind.FOOD, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("ゆのもり産コシヒカリ", "棚田で育てた新米です。"), Language.EN,
						Text.of("Yunomori Koshihikari rice", "New rice from the terraced fields.")),
				List.of(bag("5kg", 3_800, 5_200), bag("10kg", 7_200, 10_300)),
				new FoodLabel(Set.of(), "国産（ゆのもり町）", 180, true, "ゆのもり町（令和8年産）"), null, null);
	}

	/** Junmai sake, 720 ml: liquor, the standard rate. */
	public static ProductTerms sake() {
		return new ProductTerms(ProductKind.LIQUOR, Temperature.AMBIENT, Map.of(Language.JA, Text.of("純米酒 湯の森", null)),
				List.of(new VariantTerms("720ml", Yen.of(1_650), 1_300, 10, 10, 32)), null, null, null);
	}

	/** Peaches pre-ordered for the summer harvest, shipped chilled. */
	public static ProductTerms peaches() {
		return new ProductTerms(ProductKind.FOOD, Temperature.CHILLED,
				Map.of(Language.JA, Text.of("白桃（6玉）", "朝採りを冷蔵で。")),
				List.of(new VariantTerms("約2kg", Yen.of(4_500), 2_300, 30, 25, 12)),
				new FoodLabel(Set.of(Allergen.PEACH), "国産（ゆのもり町）", 5, false, null), null,
				new HarvestWindow(LocalDate.of(2027, 7, 10), LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 20)));
	}

	/** A gift box of tea and a cup: food and goods for one price. */
	public static ProductTerms teaGiftSet(long priceWithTax, long foodValue, long otherValue) {
		return new ProductTerms(ProductKind.GIFT_SET, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("煎茶と湯呑みの詰め合わせ", null)),
				List.of(new VariantTerms("1箱", Yen.of(priceWithTax), 900, 30, 20, 10)),
				new FoodLabel(Set.of(), "国産（静岡県）", 365, false, null),
				new GiftSetValue(Yen.of(foodValue), Yen.of(otherValue)), null);
	}

	/** A lacquered bowl: goods. */
	public static ProductTerms bowl() {
		return new ProductTerms(ProductKind.GOODS, Temperature.AMBIENT, Map.of(Language.JA, Text.of("漆塗りの汁椀", null)),
				List.of(new VariantTerms("1客", Yen.of(6_600), 300, 13, 13, 8)), null, null, null);
	}

	/** A product as saved by a producer, for tests of what shows it. */
	public static Product saved(UUID producerId, ProductTerms terms) {
		return new Product(producerId, terms, java.time.Instant.parse("2026-12-07T03:00:00Z"));
	}

	private static VariantTerms bag(String label, long price, int grams) {
		return new VariantTerms(label, Yen.of(price), grams, 40, 28, 10);
	}

}
