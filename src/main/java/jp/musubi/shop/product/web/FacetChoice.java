package jp.musubi.shop.product.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.PriceBand;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.context.MessageSource;

/**
 * One choice of a facet as the window offers it: its name in the buyer's language, how
 * many products it would show, whether it is chosen, and the page's address that chooses
 * it (or lets it go, when it is chosen).
 */
record FacetChoice(Facet facet, String value, String name, long count, boolean chosen, String href) {

	/** The choices counted, named; a producer without a name is left out. */
	static List<FacetChoice> of(List<FacetCount> counts, CatalogueFilter filter, Names names) {
		return counts.stream().map((count) -> {
			boolean chosen = count.value().equals(CatalogueQuery.chosen(filter, count.facet()));
			String href = chosen ? CatalogueQuery.hrefWithout(filter, count.facet())
					: CatalogueQuery.href(filter, count.facet(), count.value());
			return new FacetChoice(count.facet(), count.value(), names.of(count.facet(), count.value()), count.count(),
					chosen, href);
		}).filter((choice) -> choice.name() != null).toList();
	}

	/** The choices the filter made, each with the address that lets it go. */
	static List<FacetChoice> chosen(CatalogueFilter filter, Names names) {
		return List.of(Facet.values())
			.stream()
			.filter((facet) -> CatalogueQuery.chosen(filter, facet) != null)
			.map((facet) -> {
				String value = CatalogueQuery.chosen(filter, facet);
				String name = names.of(facet, value);
				return new FacetChoice(facet, value, (name != null) ? name : value, 0, true,
						CatalogueQuery.hrefWithout(filter, facet));
			})
			.toList();
	}

	/** Whether the window lists it: it would show something, or it is chosen. */
	public boolean isOffered() {
		return this.count > 0 || this.chosen;
	}

	/**
	 * The names of choices in one language: kinds, temperatures and price bands from the
	 * bundles, producers as the cards name them.
	 */
	record Names(MessageSource messages, Locale locale, Map<UUID, String> producers) {

		String of(Facet facet, String value) {
			return switch (facet) {
				case KIND -> message(ProductKind.valueOf(value).messageKey());
				case PRODUCER -> this.producers.get(UUID.fromString(value));
				case TEMPERATURE -> message(Temperature.valueOf(value).messageKey());
				case PRICE -> message(PriceBand.valueOf(value).messageKey());
				case IN_SEASON -> message("shop.window.inSeason");
				case PRE_ORDERS -> message("shop.window.preOrders");
			};
		}

		private String message(String key) {
			return this.messages.getMessage(key, null, this.locale);
		}

	}

}
