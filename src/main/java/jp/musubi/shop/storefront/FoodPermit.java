package jp.musubi.shop.storefront;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.UnusableCharacter;

/**
 * A business permit under the Food Sanitation Act (食品衛生法の営業許可): one per kind of business
 * (菓子製造業, 酒類製造業, 魚介類販売業 ...), numbered by the public health centre (保健所) that gave it. A
 * producer of processed food shows each of its permits.
 *
 * @param category the kind of business, as the permit names it
 * @param number the permit's number, as printed (第R5-123号)
 * @param healthCentre the public health centre that gave it
 */
@Embeddable
public record FoodPermit(@Column(name = "category", nullable = false) String category,
		@Column(name = "permit_number", nullable = false) String number,
		@Column(name = "health_centre", nullable = false) String healthCentre) {

	static final int MAX_LENGTH = 60;

	public FoodPermit {
		category = SellerNotice.line(category);
		number = SellerNotice.line(number);
		healthCentre = SellerNotice.line(healthCentre);
	}

	boolean isEmpty() {
		return this.category == null && this.number == null && this.healthCentre == null;
	}

	void judge(String prefix, List<InputRefused> refusals) {
		field(prefix + "category", this.category, refusals);
		field(prefix + "number", this.number, refusals);
		field(prefix + "healthCentre", this.healthCentre, refusals);
	}

	static void field(String field, String value, List<InputRefused> refusals) {
		if (value == null) {
			refusals.add(new InputRefused(field, "shop.storefront.error.licencePart"));
		}
		else if (value.length() > MAX_LENGTH) {
			refusals.add(new InputRefused(field, "shop.storefront.error.length", MAX_LENGTH));
		}
		else if (UnusableCharacter.firstIn(value).isPresent()) {
			refusals.add(new InputRefused(field, UnusableCharacter.firstIn(value).get().messageKey()));
		}
	}

}
