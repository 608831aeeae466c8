package jp.musubi.shop.stock.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.stock.Stock;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A producer's system keeps the units for sale of its products' sizes. */
@RestController
@Tag(name = "shop")
class StockApi {

	private final Products products;

	private final Stock stock;

	StockApi(Products products, Stock stock) {
		this.products = products;
		this.stock = stock;
	}

	@GetMapping("/api/v1/shop/products/{id}/stock")
	@Operation(summary = "The units for sale of each size; the producer's token or people only (404 for another's)")
	List<CountView> stock(@PathVariable UUID id, Authentication authentication) {
		Product product = this.products.product(keeper(authentication), id);
		return views(product, this.stock.available(product.variants().stream().map(Variant::id).toList()));
	}

	@PutMapping("/api/v1/shop/products/{id}/stock")
	@Operation(summary = "Set the units for sale of sizes, 0 to 99,999; with seen, a count that changed since it was "
			+ "read (an order took units) is refused with the count now (400, nothing changed)")
	List<CountView> count(@PathVariable UUID id, @RequestBody List<CountBody> counts, Authentication authentication) {
		Keeper keeper = keeper(authentication);
		Product product = this.products.product(keeper, id);
		return views(product,
				this.stock.set(keeper, id,
						counts.stream()
							.map((count) -> new Stock.Count(count.variantId(),
									(count.units() != null) ? count.units() : -1, count.seen()))
							.toList()));
	}

	private static List<CountView> views(Product product, Map<UUID, Integer> available) {
		return product.variants()
			.stream()
			.map((size) -> new CountView(size.id(), size.label(), available.getOrDefault(size.id(), 0)))
			.toList();
	}

	private static Keeper keeper(Authentication authentication) {
		return Keeper.of((authentication != null) ? authentication.getPrincipal() : null, "product", null);
	}

	record CountBody(UUID variantId, Integer units, Integer seen) {
	}

	record CountView(UUID variantId, String size, int available) {
	}

}
