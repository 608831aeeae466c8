package jp.musubi.shop.product;

import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.shop.shipping.Temperature;

/**
 * What a buyer looks for in the shop's window: words, and the choices they narrowed it
 * to; {@code null} (or {@code false}) is any.
 *
 * @param words searched in the products' names and descriptions in every language and in
 * their producers' names, every word to be found; NFKC-normalised, {@code null} when
 * blank
 * @param price the band the product's lowest price falls in
 * @param inSeason only products in season today ({@link HarvestWindow#isInSeasonOn})
 * @param preOrders only products sold before their harvest
 */
public record CatalogueFilter(String words, ProductKind kind, UUID producer, Temperature temperature, PriceBand price,
		boolean inSeason, boolean preOrders) {

	/**
	 * The longest search a buyer types; more is pasted text, not a search, as on the work
	 * exchange.
	 */
	public static final int MAX_WORDS = 100;

	/**
	 * @throws InputRefused on {@code q} for words longer than {@link #MAX_WORDS}
	 */
	public CatalogueFilter {
		words = JapaneseText.normalizeToNull(words);
		if (words != null && words.length() > MAX_WORDS) {
			throw new InputRefused("q", "shop.window.error.words", MAX_WORDS);
		}
	}

	/** The window narrowed only as it was before it could be searched. */
	public CatalogueFilter(ProductKind kind, Temperature temperature, boolean preOrders) {
		this(null, kind, null, temperature, null, false, preOrders);
	}

	public static CatalogueFilter everything() {
		return new CatalogueFilter(null, null, false);
	}

	/** Whether anything narrows the window. */
	public boolean isNarrowed() {
		return !equals(everything());
	}

	/** The same search narrowed to products in season. */
	CatalogueFilter onlyInSeason() {
		return new CatalogueFilter(this.words, this.kind, this.producer, this.temperature, this.price, true,
				this.preOrders);
	}

	/** The same search narrowed to products sold before their harvest. */
	CatalogueFilter onlyPreOrders() {
		return new CatalogueFilter(this.words, this.kind, this.producer, this.temperature, this.price, this.inSeason,
				true);
	}

	/** The same search with one facet's choice let go, to count that facet's choices. */
	public CatalogueFilter without(FacetCount.Facet facet) {
		return switch (facet) {
			case KIND -> new CatalogueFilter(this.words, null, this.producer, this.temperature, this.price,
					this.inSeason, this.preOrders);
			case PRODUCER -> new CatalogueFilter(this.words, this.kind, null, this.temperature, this.price,
					this.inSeason, this.preOrders);
			case TEMPERATURE -> new CatalogueFilter(this.words, this.kind, this.producer, null, this.price,
					this.inSeason, this.preOrders);
			case PRICE -> new CatalogueFilter(this.words, this.kind, this.producer, this.temperature, null,
					this.inSeason, this.preOrders);
			case IN_SEASON -> new CatalogueFilter(this.words, this.kind, this.producer, this.temperature, this.price,
					false, this.preOrders);
			case PRE_ORDERS -> new CatalogueFilter(this.words, this.kind, this.producer, this.temperature, this.price,
					this.inSeason, false);
		};
	}

}
