package jp.musubi.shop.product;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.shop.shipping.Temperature;

/**
 * Everything a producer sets on a product, judged here once for the producer's pages and
 * the API alike. A field refused is named as the form and the API name it
 * ({@code variants[0].price}, {@code texts[ja].name}, ...).
 *
 * @param food the food label: required of food and gift sets, allowed for liquor (its
 * allergens), empty for goods
 * @param giftSet how a gift set's value divides between food and the rest; only for a
 * gift set
 * @param harvest the season a pre-ordered product ships in; {@code null} when it ships
 * from stock
 */
public record ProductTerms(ProductKind kind, Temperature temperature, Map<Language, Text> texts,
		List<VariantTerms> variants, FoodLabel food, GiftSetValue giftSet, HarvestWindow harvest) {

	/** More sizes than this is a different product. */
	public static final int MAX_VARIANTS = 20;

	/**
	 * The highest price of one item: what the region's producers sell stays far below.
	 */
	public static final Yen MAX_PRICE = Yen.of(1_000_000);

	/** What one parcel of the carriers Musubi ships with can weigh at most. */
	public static final int MAX_WEIGHT_GRAMS = 30_000;

	/** The longest side the carriers take. */
	public static final int MAX_SIDE_CM = 170;

	/** A shelf life shown as at least this many days from arrival. */
	public static final int MAX_SHELF_LIFE_DAYS = 3_650;

	public static final int MAX_NAME = 120;

	public static final int MAX_DESCRIPTION = 4_000;

	public ProductTerms {
		texts = Map.copyOf(texts);
		variants = List.copyOf(variants);
	}

	/**
	 * What is wrong with these terms, field by field; empty when they can be saved.
	 */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		Text japanese = this.texts.get(Language.JA);
		if (japanese == null || japanese.name() == null || japanese.name().isBlank()) {
			refusals.add(new InputRefused("texts[ja].name", "shop.product.error.name"));
		}
		this.texts.forEach((language, text) -> {
			if (text.name() != null && text.name().length() > MAX_NAME) {
				refusals.add(new InputRefused("texts[" + language.tag() + "].name", "shop.product.error.nameLength"));
			}
			if (text.description() != null && text.description().length() > MAX_DESCRIPTION) {
				refusals.add(new InputRefused("texts[" + language.tag() + "].description",
						"shop.product.error.descriptionLength"));
			}
		});
		if (this.variants.isEmpty() || this.variants.size() > MAX_VARIANTS) {
			refusals.add(new InputRefused("variants", "shop.product.error.variants"));
		}
		for (int i = 0; i < this.variants.size(); i++) {
			this.variants.get(i).judge("variants[" + i + "].", this, refusals);
		}
		judgeLabel(refusals);
		judgeHarvest(refusals);
		return refusals;
	}

	private void judgeLabel(List<InputRefused> refusals) {
		if (this.kind.isFood()) {
			if (this.food == null) {
				refusals.add(new InputRefused("food.origin", "shop.product.error.origin"));
				refusals.add(new InputRefused("food.shelfLifeDays", "shop.product.error.shelfLife"));
			}
			else {
				this.food.judge(refusals);
			}
		}
		else if (this.kind == ProductKind.GOODS && this.food != null && !this.food.allergens().isEmpty()) {
			refusals.add(new InputRefused("food.allergens", "shop.product.error.allergensOnGoods"));
		}
		if (this.kind == ProductKind.GIFT_SET) {
			if (this.giftSet == null || this.giftSet.food().isNegative() || this.giftSet.other().isNegative()
					|| this.giftSet.food().isZero() || this.giftSet.other().isZero()) {
				refusals.add(new InputRefused("giftSet", "shop.product.error.giftSetValue"));
			}
		}
	}

	private void judgeHarvest(List<InputRefused> refusals) {
		if (this.harvest == null) {
			return;
		}
		if (this.harvest.shipUntil().isBefore(this.harvest.shipFrom())) {
			refusals.add(new InputRefused("harvest.shipUntil", "shop.product.error.shipUntil"));
		}
		else if (ChronoUnit.DAYS.between(this.harvest.shipFrom(), this.harvest.shipUntil()) > HarvestWindow.MAX_DAYS) {
			refusals.add(new InputRefused("harvest.shipUntil", "shop.product.error.seasonLength"));
		}
		if (this.harvest.orderCutoff().isAfter(this.harvest.shipUntil())) {
			refusals.add(new InputRefused("harvest.orderCutoff", "shop.product.error.orderCutoff"));
		}
	}

	/** A name and a description in one language, tidied as people type them. */
	public record Text(String name, String description) {

		public static Text of(String name, String description) {
			String tidyName = JapaneseText.normalizeToNull(name);
			String tidyDescription = (description == null || description.isBlank()) ? null : description.strip();
			return new Text((tidyName != null) ? JapaneseText.tidy(tidyName) : null, tidyDescription);
		}

	}

	/**
	 * One size of the product (a 5 kg bag, a 720 ml bottle): its label, its price with
	 * tax as buyers see it (総額表示), and what a parcel of it weighs and measures.
	 */
	public record VariantTerms(String label, Yen price, int weightGrams, int lengthCm, int widthCm, int heightCm) {

		void judge(String prefix, ProductTerms product, List<InputRefused> refusals) {
			if (this.label == null || this.label.isBlank() || this.label.length() > 60) {
				refusals.add(new InputRefused(prefix + "label", "shop.product.error.variantLabel"));
			}
			if (this.price == null || this.price.amount() < 1 || this.price.isGreaterThan(MAX_PRICE)) {
				refusals.add(new InputRefused(prefix + "price", "shop.product.error.price"));
			}
			else if (product.kind() == ProductKind.GIFT_SET && product.giftSet() != null
					&& product.giftSet().rateAt(this.price).isEmpty()) {
				refusals.add(new InputRefused(prefix + "price", "shop.product.error.giftSetPrice"));
			}
			if (this.weightGrams < 1 || this.weightGrams > MAX_WEIGHT_GRAMS) {
				refusals.add(new InputRefused(prefix + "weightGrams", "shop.product.error.weight"));
			}
			if (!fits(this.lengthCm) || !fits(this.widthCm) || !fits(this.heightCm)) {
				refusals.add(new InputRefused(prefix + "size", "shop.product.error.size"));
			}
		}

		private static boolean fits(int side) {
			return side >= 1 && side <= MAX_SIDE_CM;
		}

	}

	/**
	 * What the Food Labelling Standard asks a listing of food to show: the allergens it
	 * contains, where its main ingredient comes from (原料原産地, required of every processed
	 * food since April 2022), and the shelf life buyers can count on from the day it
	 * arrives. Rice and rice products also name where the rice was grown (the Rice
	 * Traceability Act, 米トレーサビリティ法).
	 *
	 * @param riceOrigin where the rice was grown; {@code null} when it holds no rice
	 */
	public record FoodLabel(Set<Allergen> allergens, String origin, int shelfLifeDays, boolean containsRice,
			String riceOrigin) {

		public FoodLabel {
			allergens = Set.copyOf(allergens);
			origin = JapaneseText.normalizeToNull(origin);
			riceOrigin = containsRice ? JapaneseText.normalizeToNull(riceOrigin) : null;
		}

		void judge(List<InputRefused> refusals) {
			if (this.origin == null || this.origin.length() > 200) {
				refusals.add(new InputRefused("food.origin", "shop.product.error.origin"));
			}
			if (this.shelfLifeDays < 1 || this.shelfLifeDays > MAX_SHELF_LIFE_DAYS) {
				refusals.add(new InputRefused("food.shelfLifeDays", "shop.product.error.shelfLife"));
			}
			if (this.containsRice && (this.riceOrigin == null || this.riceOrigin.length() > 200)) {
				refusals.add(new InputRefused("food.riceOrigin", "shop.product.error.riceOrigin"));
			}
		}

	}

}
