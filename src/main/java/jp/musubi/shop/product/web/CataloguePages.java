package jp.musubi.shop.product.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.SharedPage;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductText;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shop's window for anyone: the published products, narrowed by kind, temperature or
 * pre-orders, and each product's page with what the law asks its listing to show.
 */
@Controller
class CataloguePages {

	static final int PAGE_SIZE = 24;

	private final Products products;

	private final Accounts accounts;

	CataloguePages(Products products, Accounts accounts) {
		this.products = products;
		this.accounts = accounts;
	}

	@GetMapping("/shop")
	@SharedPage
	String window(@RequestParam(required = false) ProductKind kind,
			@RequestParam(required = false) Temperature temperature,
			@RequestParam(defaultValue = "false") boolean preOrders, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Language language = language();
		Page<Product> found = this.products.catalogue(new CatalogueFilter(kind, temperature, preOrders),
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("cards",
				found.getContent()
					.stream()
					.map((product) -> new Card(product, product.text(language), producerName(product)))
					.toList());
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("temperatures", Temperature.values());
		model.addAttribute("kind", kind);
		model.addAttribute("temperature", temperature);
		model.addAttribute("preOrders", preOrders);
		model.addAttribute("filtered", kind != null || temperature != null || preOrders);
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

	private String producerName(Product product) {
		return this.accounts.organisation(product.producerId()).map(OrganisationSummary::name).orElse("");
	}

	private static Language language() {
		return Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
	}

	/** A product in the window, in the buyer's language where it has a text in it. */
	record Card(Product product, ProductText text, String producer) {

	}

}
