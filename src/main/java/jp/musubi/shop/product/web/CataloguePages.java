package jp.musubi.shop.product.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.Paging;
import jp.musubi.platform.web.SharedPage;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductText;
import jp.musubi.shop.product.Products;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shop's window for anyone: the published products, searched by words in Japanese (or
 * any of the four languages) and narrowed by the facets beside them, each with how many
 * products it would show; and each product's page with what the law asks its listing to
 * show. Plain links and a GET form, so it all works without JavaScript.
 */
@Controller
class CataloguePages {

	static final int PAGE_SIZE = 24;

	private final Products products;

	private final Accounts accounts;

	private final MessageSource messages;

	CataloguePages(Products products, Accounts accounts, MessageSource messages) {
		this.products = products;
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * @throws FieldsRefused for a choice that is not one (an unknown kind, a producer
	 * that is no id), words too long to be a search, or a page out of range
	 */
	@GetMapping("/shop")
	@SharedPage
	String window(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String producer, @RequestParam(required = false) String temperature,
			@RequestParam(required = false) String price, @RequestParam(required = false) String inSeason,
			@RequestParam(required = false) String preOrders, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Locale locale, Model model) {
		Language language = language();
		CatalogueFilter filter = new CatalogueQuery(q, kind, producer, temperature, price, inSeason, preOrders)
			.toFilter();
		Page<Product> found = this.products.catalogue(filter, Paging.of(page, PAGE_SIZE));
		List<FacetCount> counts = this.products.facets(filter);
		FacetChoice.Names names = new FacetChoice.Names(this.messages, locale, producerNames(counts, filter));
		List<FacetChoice> choices = FacetChoice.of(counts, filter, names);
		model.addAttribute("cards",
				found.getContent()
					.stream()
					.map((product) -> new Card(product, product.text(language), producerName(product.producerId())))
					.toList());
		model.addAttribute("found", found.getTotalElements());
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("kind", filter.kind());
		model.addAttribute("q", filter.words());
		model.addAttribute("carried", CatalogueQuery.carried(filter));
		List<FacetGroup> facets = List.of(FacetGroup.of("shop.window.facet.kind", choices, Facet.KIND),
				FacetGroup.of("shop.window.facet.producer", choices, Facet.PRODUCER),
				FacetGroup.of("shop.window.facet.temperature", choices, Facet.TEMPERATURE),
				FacetGroup.of("shop.window.facet.price", choices, Facet.PRICE),
				FacetGroup.of("shop.window.facet.season", choices, Facet.IN_SEASON, Facet.PRE_ORDERS));
		model.addAttribute("facets", facets);
		model.addAttribute("anyFacets", facets.stream().anyMatch((group) -> !group.isEmpty()));
		model.addAttribute("chosen", FacetChoice.chosen(filter, names));
		model.addAttribute("filtered", filter.isNarrowed());
		return "shop/product/window";
	}

	@GetMapping("/shop/products/{id}")
	@SharedPage
	String product(@PathVariable UUID id, Model model) {
		Product product = this.products.published(id);
		model.addAttribute("product", product);
		model.addAttribute("text", product.text(language()));
		model.addAttribute("producer", this.accounts.organisation(product.producerId()).orElse(null));
		model.addAttribute("mandatoryAllergens", product.allergens().stream().filter(Allergen::isMandatory).toList());
		model.addAttribute("recommendedAllergens",
				product.allergens().stream().filter((allergen) -> !allergen.isMandatory()).toList());
		return "shop/product/product";
	}

	private String producerName(UUID producerId) {
		return this.accounts.organisation(producerId).map(OrganisationSummary::name).orElse("");
	}

	/** The producers the facets name, as the cards name them. */
	private Map<UUID, String> producerNames(List<FacetCount> counts, CatalogueFilter filter) {
		Set<UUID> ids = new LinkedHashSet<>();
		counts.stream()
			.filter((count) -> count.facet() == Facet.PRODUCER)
			.forEach((count) -> ids.add(UUID.fromString(count.value())));
		if (filter.producer() != null) {
			ids.add(filter.producer());
		}
		Map<UUID, String> names = new HashMap<>();
		ids.forEach((id) -> this.accounts.organisation(id).ifPresent((found) -> names.put(id, found.name())));
		return names;
	}

	private static Language language() {
		return Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
	}

	/** A product in the window, in the buyer's language where it has a text in it. */
	record Card(Product product, ProductText text, String producer) {

	}

	/** The choices of one or more facets, under one heading, as the window lists them. */
	record FacetGroup(String legend, List<FacetChoice> choices) {

		static FacetGroup of(String legend, List<FacetChoice> choices, Facet... facets) {
			List<Facet> shown = List.of(facets);
			return new FacetGroup(legend,
					choices.stream().filter((choice) -> shown.contains(choice.facet()) && choice.isOffered()).toList());
		}

		public boolean isEmpty() {
			return this.choices.isEmpty();
		}

	}

}
