package jp.musubi.shop.product.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.CatalogueFilter;
import jp.musubi.shop.product.FacetCount;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.product.GiftSetValue;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products for programs: anyone reads what is in the shop; a producer's own systems (with
 * the organisation's token) or its people keep its range. Fields are named as the domain
 * names them, so that a refusal ({@code variants[0].price}, {@code food.origin}) points
 * at the field that was sent.
 */
@RestController
@Tag(name = "shop")
class ProductsApi {

	private final Products products;

	private final MessageSource messages;

	ProductsApi(Products products, MessageSource messages) {
		this.products = products;
		this.messages = messages;
	}

	@GetMapping("/api/v1/shop/products")
	@Operation(summary = "Search the products in the shop: words in any of the four languages (every word must match "
			+ "a name, a description or the producer's name; りんご finds リンゴ and 林檎), narrowed by kind, producer, "
			+ "temperature, price band of the lowest price with tax, in season now or pre-orders; the best matches "
			+ "first, else the newest. The facets count each choice with the other choices kept. An unknown choice, "
			+ "words over 100 characters or a page out of range: 400 problem+json naming the parameter")
	Catalogue catalogue(
			@Parameter(description = "Words, every one must match; at most 100 characters") @RequestParam(
					required = false) String q,
			@Parameter(description = "FOOD, LIQUOR, GOODS or GIFT_SET") @RequestParam(required = false) String kind,
			@Parameter(description = "A producer's id") @RequestParam(required = false) String producer,
			@Parameter(description = "AMBIENT, CHILLED or FROZEN") @RequestParam(required = false) String temperature,
			@Parameter(description = "The band of the lowest price with tax: UNDER_2000, FROM_2000, FROM_5000 or "
					+ "FROM_10000") @RequestParam(required = false) String price,
			@Parameter(
					description = "true: only products in season today (shipping now and still taking orders)") @RequestParam(
							required = false) String inSeason,
			@Parameter(description = "true: only products sold before their harvest") @RequestParam(
					required = false) String preOrders,
			@Parameter(description = "From 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
			HttpServletRequest http) {
		CatalogueFilter filter = new CatalogueQuery(q, kind, producer, temperature, price, inSeason, preOrders)
			.toFilter();
		Paged<ProductView> found = Paged.of(this.products.catalogue(filter, Paging.of(page, size)), ProductView::of);
		List<FacetCount> counts = this.products.facets(filter);
		Set<UUID> producers = counts.stream()
			.filter((count) -> count.facet() == Facet.PRODUCER)
			.map((count) -> UUID.fromString(count.value()))
			.collect(Collectors.toSet());
		FacetChoice.Names names = new FacetChoice.Names(this.messages, ApiLanguage.locale(http),
				this.products.producerNames(producers));
		return new Catalogue(found.items(), found.page(), found.size(), found.totalItems(), found.totalPages(),
				Facets.of(FacetChoice.of(counts, filter, names)));
	}

	@GetMapping("/api/v1/shop/products/{id}")
	@Operation(summary = "A product in the shop; 404 for one that is not (a draft or withdrawn)")
	ProductView product(@PathVariable UUID id) {
		return ProductView.of(this.products.published(id));
	}

	@GetMapping("/api/v1/shop/producers/{producerId}/products")
	@Operation(summary = "A producer's whole range, drafts too; its own token or people only (404 for another's)")
	Paged<ProductView> range(@PathVariable UUID producerId, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication) {
		return Paged.of(this.products.range(keeper(authentication, producerId), producerId, Paging.of(page, size)),
				ProductView::of);
	}

	@PostMapping("/api/v1/shop/producers/{producerId}/products")
	@Operation(summary = "Add a product as a draft: a Japanese name, 1 to 20 variants with a price with tax, weight "
			+ "and sides; food needs its origin and shelf life, rice its origin, a gift set the value of its food "
			+ "and of the rest; its own token or people only (400 problem+json with every refused field)")
	ResponseEntity<ProductView> add(@PathVariable UUID producerId, @RequestBody ProductBody body,
			Authentication authentication) {
		Product product = this.products.add(keeper(authentication, producerId), producerId, body.toTerms());
		return ResponseEntity.created(URI.create("/api/v1/shop/products/" + product.id()))
			.body(ProductView.of(product));
	}

	@PutMapping("/api/v1/shop/products/{id}")
	@Operation(summary = "Change a product whole; variants keep their ids by their place in the list")
	ProductView change(@PathVariable UUID id, @RequestBody ProductBody body, Authentication authentication) {
		return ProductView.of(this.products.change(keeper(authentication, null), id, body.toTerms()));
	}

	@PostMapping("/api/v1/shop/products/{id}/publish")
	@Operation(summary = "Put a product in the shop: refused (400) until the producer's storefront has its complete "
			+ "特定商取引法 notice, and for liquor its mail-order liquor licence")
	ProductView publish(@PathVariable UUID id, Authentication authentication) {
		return ProductView.of(this.products.publish(keeper(authentication, null), id));
	}

	@PostMapping("/api/v1/shop/products/{id}/withdraw")
	@Operation(summary = "Take a product out of the shop")
	ProductView withdraw(@PathVariable UUID id, Authentication authentication) {
		return ProductView.of(this.products.withdraw(keeper(authentication, null), id));
	}

	private static Keeper keeper(Authentication authentication, UUID producerId) {
		return Keeper.of((authentication != null) ? authentication.getPrincipal() : null, "producer", producerId);
	}

	/**
	 * A product as a producer's system sends it; languages by tag (ja, en, ko, zh-CN).
	 */
	record ProductBody(ProductKind kind, Temperature temperature,
			@Schema(description = "Name and description by language tag; ja is required") Map<String, TextBody> texts,
			List<VariantBody> variants,
			@Schema(description = "Required for food and gift sets; liquor may name its allergens") FoodBody food,
			@Schema(description = "Only for a gift set") GiftSetBody giftSet,
			@Schema(description = "Only for a product sold before its harvest") HarvestBody harvest) {

		ProductTerms toTerms() {
			if (this.kind == null) {
				throw new InputRefused("kind", "shop.product.error.kind");
			}
			if (this.temperature == null) {
				throw new InputRefused("temperature", "shop.product.error.temperature");
			}
			Map<Language, ProductTerms.Text> named = new EnumMap<>(Language.class);
			if (this.texts != null) {
				this.texts.forEach((tag, text) -> {
					Language language = Language.fromTag(tag)
						.filter((known) -> known.tag().equalsIgnoreCase(tag))
						.orElseThrow(() -> new InputRefused("texts", "shop.product.error.language"));
					if (text != null) {
						named.put(language, ProductTerms.Text.of(text.name(), text.description()));
					}
				});
			}
			List<ProductTerms.VariantTerms> sizes = (this.variants == null) ? List.of()
					: this.variants.stream()
						.map((variant) -> new ProductTerms.VariantTerms(variant.label(), variant.price(),
								orZero(variant.weightGrams()), orZero(variant.lengthCm()), orZero(variant.widthCm()),
								orZero(variant.heightCm())))
						.toList();
			ProductTerms.FoodLabel food = (this.food == null) ? null : new ProductTerms.FoodLabel(
					(this.food.allergens() == null) ? Set.of() : Set.copyOf(this.food.allergens()), this.food.origin(),
					orZero(this.food.shelfLifeDays()), this.food.riceOrigin() != null, this.food.riceOrigin());
			GiftSetValue giftSet = (this.giftSet == null) ? null
					: new GiftSetValue(orZero(this.giftSet.foodValue()), orZero(this.giftSet.otherValue()));
			HarvestWindow harvest = (this.harvest == null) ? null : this.harvest.toWindow();
			return new ProductTerms(this.kind, this.temperature, named, sizes, food, giftSet, harvest);
		}

		private static int orZero(Integer value) {
			return (value != null) ? value : 0;
		}

		private static Yen orZero(Yen value) {
			return (value != null) ? value : Yen.ZERO;
		}

	}

	record TextBody(String name, String description) {

	}

	record VariantBody(@Schema(example = "5kg") String label, @Schema(description = "Price with tax, in yen") Yen price,
			Integer weightGrams, Integer lengthCm, Integer widthCm, Integer heightCm) {

	}

	record FoodBody(Set<Allergen> allergens, @Schema(example = "国産") String origin,
			@Schema(description = "Days it keeps at least from arrival") Integer shelfLifeDays,
			@Schema(description = "Where the rice was grown; only for rice and rice products") String riceOrigin) {

	}

	record GiftSetBody(Yen foodValue, Yen otherValue) {

	}

	record HarvestBody(LocalDate orderCutoff, LocalDate shipFrom, LocalDate shipUntil) {

		HarvestWindow toWindow() {
			if (this.orderCutoff == null) {
				throw new InputRefused("harvest.orderCutoff", "shop.product.error.date");
			}
			if (this.shipFrom == null) {
				throw new InputRefused("harvest.shipFrom", "shop.product.error.date");
			}
			if (this.shipUntil == null) {
				throw new InputRefused("harvest.shipUntil", "shop.product.error.date");
			}
			return new HarvestWindow(this.orderCutoff, this.shipFrom, this.shipUntil);
		}

	}

	/**
	 * A page of the products found, as {@link Paged} gives any list, and the facets: for
	 * each choice how many of all the products found (not just this page) it would show.
	 */
	record Catalogue(List<ProductView> items, int page, int size, long totalItems, int totalPages, Facets facets) {

	}

	/**
	 * The choices of each facet by the parameter that makes them; kinds, temperatures and
	 * price bands all of them, producers those with products found.
	 */
	record Facets(List<Choice> kind, List<Choice> producer, List<Choice> temperature, List<Choice> price,
			List<Choice> inSeason, List<Choice> preOrders) {

		static Facets of(List<FacetChoice> choices) {
			return new Facets(of(choices, Facet.KIND), of(choices, Facet.PRODUCER), of(choices, Facet.TEMPERATURE),
					of(choices, Facet.PRICE), of(choices, Facet.IN_SEASON), of(choices, Facet.PRE_ORDERS));
		}

		private static List<Choice> of(List<FacetChoice> choices, Facet facet) {
			return choices.stream()
				.filter((choice) -> choice.facet() == facet)
				.map((choice) -> new Choice(choice.value(), choice.name(), choice.count(), choice.chosen()))
				.toList();
		}

	}

	record Choice(@Schema(description = "The parameter's value that chooses it") String value,
			@Schema(description = "Its name in the answer's language (Accept-Language)") String name,
			@Schema(description = "Products it would show, the other choices kept") long count,
			@Schema(description = "Whether this call chose it") boolean chosen) {

	}

	/** A product as the API gives it; the price of each variant includes tax. */
	record ProductView(UUID id, UUID producerId, ProductKind kind, Temperature temperature, boolean published,
			Map<String, TextBody> texts, List<VariantView> variants, FoodView food, GiftSetBody giftSet,
			HarvestBody harvest) {

		static ProductView of(Product product) {
			Map<String, TextBody> texts = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				product.texts()
					.stream()
					.filter((text) -> text.language().equals(language.tag()))
					.findFirst()
					.ifPresent((text) -> texts.put(language.tag(), new TextBody(text.name(), text.description())));
			}
			List<VariantView> variants = product.variants()
				.stream()
				.map((variant) -> VariantView.of(product, variant))
				.toList();
			FoodView food = (product.kind().isFood() || !product.allergens().isEmpty()) ? new FoodView(
					product.allergens().isEmpty() ? EnumSet.noneOf(Allergen.class)
							: EnumSet.copyOf(product.allergens()),
					product.origin().orElse(null), product.shelfLifeDays().orElse(null),
					product.riceOrigin().orElse(null)) : null;
			GiftSetBody giftSet = product.giftSet()
				.map((value) -> new GiftSetBody(value.food(), value.other()))
				.orElse(null);
			HarvestBody harvest = product.harvest()
				.map((window) -> new HarvestBody(window.orderCutoff(), window.shipFrom(), window.shipUntil()))
				.orElse(null);
			return new ProductView(product.id(), product.producerId(), product.kind(), product.temperature(),
					product.isPublished(), texts, variants, food, giftSet, harvest);
		}

	}

	record VariantView(UUID id, String label, @Schema(description = "Price with tax, in yen") Yen price,
			@Schema(description = "Consumption tax rate in percent: 8 or 10") int taxRatePercent, int weightGrams,
			int lengthCm, int widthCm, int heightCm) {

		static VariantView of(Product product, Variant variant) {
			return new VariantView(variant.id(), variant.label(), variant.price(),
					product.taxRate(variant).percent().intValue(), variant.weightGrams(), variant.lengthCm(),
					variant.widthCm(), variant.heightCm());
		}

	}

	record FoodView(Set<Allergen> allergens, String origin, Integer shelfLifeDays, String riceOrigin) {

	}

}
