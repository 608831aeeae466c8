package jp.musubi.shop.product.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.PriceBand;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The window's search as an address carries it, the page's and the API's alike: each
 * parameter as it was sent, checked into a {@link CatalogueFilter} with every bad one
 * refused by its name, and turned back into the addresses of the page's facet links. An
 * empty parameter is no choice.
 */
record CatalogueQuery(String q, String kind, String producer, String temperature, String price, String inSeason,
		String preOrders) {

	private static final List<String> TRUE = List.of("true", "on", "yes", "1");

	private static final List<String> FALSE = List.of("false", "off", "no", "0");

	CatalogueQuery {
		q = blankToNull(q);
		kind = blankToNull(kind);
		producer = blankToNull(producer);
		temperature = blankToNull(temperature);
		price = blankToNull(price);
		inSeason = blankToNull(inSeason);
		preOrders = blankToNull(preOrders);
	}

	/** The name of a facet's parameter, in the page's address and the API's alike. */
	static String parameter(Facet facet) {
		return switch (facet) {
			case KIND -> "kind";
			case PRODUCER -> "producer";
			case TEMPERATURE -> "temperature";
			case PRICE -> "price";
			case IN_SEASON -> "inSeason";
			case PRE_ORDERS -> "preOrders";
		};
	}

	/**
	 * The filter asked for.
	 * @throws FieldsRefused naming each parameter that is not one of its choices, and
	 * words too long to be a search
	 */
	CatalogueFilter toFilter() {
		List<InputRefused> refusals = new ArrayList<>();
		ProductKind kind = choice(ProductKind.class, "kind", this.kind, refusals);
		UUID producer = producerId(refusals);
		Temperature temperature = choice(Temperature.class, "temperature", this.temperature, refusals);
		PriceBand price = choice(PriceBand.class, "price", this.price, refusals);
		boolean inSeason = flag("inSeason", this.inSeason, refusals);
		boolean preOrders = flag("preOrders", this.preOrders, refusals);
		CatalogueFilter filter = null;
		try {
			filter = new CatalogueFilter(this.q, kind, producer, temperature, price, inSeason, preOrders);
		}
		catch (InputRefused refused) {
			refusals.add(0, refused);
		}
		FieldsRefused.throwIfAny(refusals);
		return filter;
	}

	/** The value chosen for a facet in the filter, as its links name it; or null. */
	static String chosen(CatalogueFilter filter, Facet facet) {
		return switch (facet) {
			case KIND -> (filter.kind() != null) ? filter.kind().name() : null;
			case PRODUCER -> (filter.producer() != null) ? filter.producer().toString() : null;
			case TEMPERATURE -> (filter.temperature() != null) ? filter.temperature().name() : null;
			case PRICE -> (filter.price() != null) ? filter.price().name() : null;
			case IN_SEASON -> filter.inSeason() ? "true" : null;
			case PRE_ORDERS -> filter.preOrders() ? "true" : null;
		};
	}

	/** The page's address for the same search with the facet set to the value. */
	static String href(CatalogueFilter filter, Facet facet, String value) {
		return href(parameters(filter, facet, value));
	}

	/** The page's address for the same search without the facet's choice. */
	static String hrefWithout(CatalogueFilter filter, Facet facet) {
		return href(parameters(filter, facet, null));
	}

	/**
	 * The choices of the filter other than the kind and the words, for the search form to
	 * carry as hidden fields (the form has its own for those two).
	 */
	static Map<String, String> carried(CatalogueFilter filter) {
		Map<String, String> parameters = parameters(filter, Facet.KIND, null);
		parameters.remove("q");
		return parameters;
	}

	/**
	 * The filter's parameters in the one order every address takes, with one facet's
	 * choice replaced by the value given ({@code null} for none).
	 */
	private static Map<String, String> parameters(CatalogueFilter filter, Facet replaced, String value) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (filter.words() != null) {
			parameters.put("q", filter.words());
		}
		for (Facet facet : Facet.values()) {
			String chosen = (facet == replaced) ? value : chosen(filter, facet);
			if (chosen != null) {
				parameters.put(parameter(facet), chosen);
			}
		}
		return parameters;
	}

	private static String href(Map<String, String> parameters) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/shop");
		// As variables, so that the words are encoded strictly: a typed & or + stays a
		// character of the words.
		parameters.keySet().forEach((name) -> address.queryParam(name, "{" + name + "}"));
		return address.encode().buildAndExpand(parameters).toUriString();
	}

	private UUID producerId(List<InputRefused> refusals) {
		if (this.producer == null) {
			return null;
		}
		try {
			return UUID.fromString(this.producer);
		}
		catch (IllegalArgumentException ex) {
			refusals.add(new InputRefused("producer", "shop.window.error.producer"));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value,
			List<InputRefused> refusals) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refusals.add(new InputRefused(parameter, "shop.window.error.choice", parameter,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
	}

	private static boolean flag(String parameter, String value, List<InputRefused> refusals) {
		if (value == null || FALSE.contains(value.toLowerCase(Locale.ROOT))) {
			return false;
		}
		if (TRUE.contains(value.toLowerCase(Locale.ROOT))) {
			return true;
		}
		refusals.add(new InputRefused(parameter, "shop.window.error.flag", parameter));
		return false;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
