package jp.musubi.shop.product.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's people keep its range: the list of its products, and a product's form with
 * everything its listing must show. Another producer's products are not found.
 */
@Controller
class ProductPages {

	static final int PAGE_SIZE = 20;

	private final Products products;

	private final Accounts accounts;

	ProductPages(Products products, Accounts accounts) {
		this.products = products;
		this.accounts = accounts;
	}

	/**
	 * Where a producer's person starts: their producer's range, or the list of the
	 * producers they act for when there are several.
	 */
	@GetMapping("/shop/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<OrganisationSummary> producers = this.accounts.organisationsOf(user.accountId())
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.PRODUCER)
			.toList();
		if (producers.size() == 1) {
			return "redirect:/shop/producers/" + producers.get(0).id() + "/products";
		}
		model.addAttribute("producers", producers);
		return "shop/product/producers";
	}

	@GetMapping("/shop/producers/{producerId}/products")
	String range(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		Page<Product> found = this.products.range(Keeper.person(user.accountId()), producerId,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("producer", producer(producerId));
		Language language = Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
		model.addAttribute("products", found.map((product) -> new Row(product, product.name(language))));
		model.addAttribute("pages", PageLinks.of(found, http));
		return "shop/product/range";
	}

	@GetMapping("/shop/producers/{producerId}/products/new")
	String newProduct(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.products.requireProducer(Keeper.person(user.accountId()), producerId);
		model.addAttribute("productForm", new ProductForm());
		return form(model, producer(producerId), null);
	}

	@PostMapping("/shop/producers/{producerId}/products")
	String add(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute ProductForm productForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		this.products.requireProducer(Keeper.person(user.accountId()), producerId);
		ProductTerms terms = productForm.toTerms(errors);
		if (terms == null) {
			productForm.fill();
			return form(model, producer(producerId), null);
		}
		Product product = this.products.add(Keeper.person(user.accountId()), producerId, terms);
		redirect.addFlashAttribute("notice", "shop.product.saved");
		return "redirect:/shop/products/" + product.id() + "/edit";
	}

	@GetMapping("/shop/products/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Product product = this.products.product(Keeper.person(user.accountId()), id);
		model.addAttribute("productForm", ProductForm.of(product));
		return form(model, producer(product.producerId()), product);
	}

	@PostMapping("/shop/products/{id}/edit")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute ProductForm productForm, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Product product = this.products.product(Keeper.person(user.accountId()), id);
		OrganisationSummary producer = producer(product.producerId());
		if (productForm.isStale(product.version())) {
			errors.reject("shop.product.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			productForm.fill();
			return form(model, producer, product);
		}
		ProductTerms terms = productForm.toTerms(errors);
		if (terms == null) {
			productForm.fill();
			return form(model, producer, product);
		}
		try {
			this.products.change(Keeper.person(user.accountId()), id, terms);
		}
		catch (FieldsRefused ex) {
			FormErrors.reject(errors, ex.refusals(), (field) -> null);
			productForm.fill();
			return form(model, producer, product);
		}
		redirect.addFlashAttribute("notice", "shop.product.saved");
		return "redirect:/shop/products/" + id + "/edit";
	}

	@PostMapping("/shop/products/{id}/publish")
	String publish(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.products.publish(Keeper.person(user.accountId()), id);
			redirect.addFlashAttribute("notice", "shop.product.published");
		}
		catch (InputRefused ex) {
			redirect.addFlashAttribute("publishRefused", ex.messageKey());
		}
		return "redirect:/shop/products/" + id + "/edit";
	}

	@PostMapping("/shop/products/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.products.withdraw(Keeper.person(user.accountId()), id);
		redirect.addFlashAttribute("notice", "shop.product.withdrawn");
		return "redirect:/shop/products/" + id + "/edit";
	}

	private String form(Model model, OrganisationSummary producer, Product product) {
		model.addAttribute("producer", producer);
		model.addAttribute("product", product);
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("temperatures", Temperature.values());
		model.addAttribute("mandatoryAllergens", Allergen.mandatory());
		model.addAttribute("recommendedAllergens", Allergen.recommended());
		return "shop/product/product-form";
	}

	/**
	 * A product in the list, named in the reader's language where it has a name in it.
	 */
	record Row(Product product, String name) {

	}

	private OrganisationSummary producer(UUID producerId) {
		return this.accounts.organisation(producerId).orElseThrow(() -> new NotFound("producer", producerId));
	}

}
