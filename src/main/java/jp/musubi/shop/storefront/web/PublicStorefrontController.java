package jp.musubi.shop.storefront.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.SharedPage;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductText;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.storefront.Location;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What buyers read of a producer before they order: its storefront (story, where it is,
 * on a map where it gave a point), the notice the law asks of a mail-order seller, and
 * the shop operator's own notice. The same for every visitor, so shared among them.
 */
@Controller
class PublicStorefrontController {

	/** The map enhances the page where Leaflet is served; the address stays readable. */
	static final List<String> MAP_SCRIPTS = List.of("/js/shop-map.js");

	/**
	 * As many of a producer's products as its page shows; the shop's window has them all.
	 */
	static final int PRODUCTS_SHOWN = 24;

	private final Storefronts storefronts;

	private final Products products;

	PublicStorefrontController(Storefronts storefronts, Products products) {
		this.storefronts = storefronts;
		this.products = products;
	}

	@SharedPage
	@GetMapping("/shop/producers/{producerId}")
	String storefront(@PathVariable UUID producerId, Locale locale, Model model) {
		Language language = Language.ofOrDefault(locale);
		OrganisationSummary producer = producer(producerId);
		Optional<Storefront> storefront = this.storefronts.find(producerId);
		model.addAttribute("producer", producer);
		model.addAttribute("storefront", storefront.orElse(null));
		model.addAttribute("products",
				this.products.publishedOf(producerId, PageRequest.of(0, PRODUCTS_SHOWN))
					.map((product) -> new ProductCard(product, product.text(language)))
					.getContent());
		storefront.ifPresent((found) -> {
			model.addAttribute("name", found.name(language));
			model.addAttribute("story", found.text(language).story());
			model.addAttribute("location", found.location());
			model.addAttribute("mapUrl", mapUrl(found.location()));
			if (found.location().hasPoint()) {
				model.addAttribute("scripts", MAP_SCRIPTS);
			}
		});
		return "shop/storefront/storefront";
	}

	@SharedPage
	@GetMapping("/shop/producers/{producerId}/legal")
	String legal(@PathVariable UUID producerId, Locale locale, Model model) {
		Language language = Language.ofOrDefault(locale);
		OrganisationSummary producer = producer(producerId);
		Optional<Storefront> storefront = this.storefronts.find(producerId);
		model.addAttribute("producer", producer);
		model.addAttribute("storefront", storefront.orElse(null));
		model.addAttribute("name", storefront.map((found) -> found.name(language)).orElse(producer.name()));
		model.addAttribute("notice", storefront.map(Storefront::notice).orElse(SellerNotice.EMPTY));
		model.addAttribute("fields", SellerNotice.fields());
		return "shop/storefront/legal";
	}

	@SharedPage
	@GetMapping("/shop/legal")
	String operator(Model model) {
		var operator = this.storefronts.operatorNotice();
		model.addAttribute("operator", operator.orElse(null));
		model.addAttribute("notice", operator.map((found) -> found.notice()).orElse(SellerNotice.EMPTY));
		model.addAttribute("invoice", operator.flatMap((found) -> found.invoice()).orElse(null));
		model.addAttribute("fields", SellerNotice.fields());
		return "shop/storefront/operator";
	}

	/**
	 * One of the producer's products, in the buyer's language where it has a text in it.
	 */
	record ProductCard(Product product, ProductText text) {

	}

	private OrganisationSummary producer(UUID producerId) {
		return this.storefronts.producer(producerId).orElseThrow(() -> new NotFound("producer", producerId));
	}

	/**
	 * OpenStreetMap at the storefront's point: a plain link that works on every phone.
	 */
	static String mapUrl(Location location) {
		if (!location.hasPoint()) {
			return null;
		}
		String lat = location.latitude().stripTrailingZeros().toPlainString();
		String lon = location.longitude().stripTrailingZeros().toPlainString();
		return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=15/" + lat + "/" + lon;
	}

}
