package jp.musubi.shop.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;

/**
 * Everything a producer says on its storefront, judged here once for its pages and the
 * API alike. A field refused is named as the API names it ({@code texts[ja].name},
 * {@code notice.phone}, {@code foodPermits[0].number}, ...). A notice still incomplete is
 * no refusal: a producer may write it over several sittings, and its storefront opens
 * when the last item is in ({@link Storefront#isOpen()}).
 *
 * @param foodPermits its permits under the Food Sanitation Act; rows left wholly empty
 * are dropped
 * @param liquorLicence its licence to sell liquor by mail order; {@code null} when it
 * sells none
 * @param invoice its registration as a qualified invoice issuer; {@code null} when not
 * registered (its items are then sold without a qualified invoice)
 */
public record StorefrontTerms(Map<Language, Text> texts, Location location, SellerNotice notice,
		List<FoodPermit> foodPermits, LiquorLicence liquorLicence, InvoiceRegistration invoice) {

	public static final int MAX_NAME = 120;

	public static final int MAX_STORY = 8_000;

	/** More permits than kinds of food business a farm could run is a typing mistake. */
	public static final int MAX_FOOD_PERMITS = 10;

	public StorefrontTerms {
		texts = Map.copyOf(texts);
		location = (location != null) ? location : Location.NOWHERE;
		notice = (notice != null) ? notice : SellerNotice.EMPTY;
		foodPermits = (foodPermits != null) ? foodPermits.stream().filter((permit) -> !permit.isEmpty()).toList()
				: List.of();
		liquorLicence = (liquorLicence != null && !liquorLicence.isEmpty()) ? liquorLicence : null;
		invoice = (invoice != null && invoice.number() != null) ? invoice : null;
	}

	/** What is wrong with these terms, field by field; empty when they can be saved. */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		Text japanese = this.texts.get(Language.JA);
		if (japanese == null || japanese.name() == null) {
			refusals.add(new InputRefused("texts[ja].name", "shop.storefront.error.name"));
		}
		this.texts.forEach((language, text) -> judge(language, text, refusals));
		this.location.judge("location.", refusals);
		this.notice.judge("notice.", false, refusals);
		if (this.foodPermits.size() > MAX_FOOD_PERMITS) {
			refusals.add(new InputRefused("foodPermits", "shop.storefront.error.foodPermits", MAX_FOOD_PERMITS));
		}
		for (int i = 0; i < this.foodPermits.size(); i++) {
			this.foodPermits.get(i).judge("foodPermits[" + i + "].", refusals);
		}
		if (this.liquorLicence != null) {
			this.liquorLicence.judge("liquorLicence.", refusals);
		}
		if (this.invoice != null) {
			this.invoice.judge("invoice.number", refusals);
		}
		return refusals;
	}

	private static void judge(Language language, Text text, List<InputRefused> refusals) {
		String prefix = "texts[" + language.tag() + "].";
		if (text.name() != null && text.name().length() > MAX_NAME) {
			refusals.add(new InputRefused(prefix + "name", "shop.storefront.error.length", MAX_NAME));
		}
		if (text.story() != null && text.story().length() > MAX_STORY) {
			refusals.add(new InputRefused(prefix + "story", "shop.storefront.error.length", MAX_STORY));
		}
		UnusableCharacter.firstIn(text.name())
			.ifPresent((found) -> refusals.add(new InputRefused(prefix + "name", found.messageKey())));
		UnusableCharacter.firstIn(text.story())
			.ifPresent((found) -> refusals.add(new InputRefused(prefix + "story", found.messageKey())));
	}

	/** A name and a story in one language, tidied as people type them. */
	public record Text(String name, String story) {

		public Text {
			String tidy = JapaneseText.tidy(name);
			name = (tidy == null || tidy.isEmpty()) ? null : tidy;
			story = SellerNotice.prose(story);
		}

		boolean isEmpty() {
			return this.name == null && this.story == null;
		}

	}

}
