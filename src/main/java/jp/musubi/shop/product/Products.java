package jp.musubi.shop.product;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer's products, kept by the people of the producer organisation. Nobody else
 * learns that another producer's product exists: it is not found for them.
 */
@Service
public class Products {

	private final ProductRepository products;

	private final Accounts accounts;

	private final Storefronts storefronts;

	private final ProductSearch search;

	private final Clock clock;

	Products(ProductRepository products, Accounts accounts, Storefronts storefronts, ProductSearch search,
			Clock clock) {
		this.products = products;
		this.accounts = accounts;
		this.storefronts = storefronts;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * Adds a product to the producer's range.
	 * @throws NotFound when the keeper does not act for that producer
	 * @throws FieldsRefused with every rule the terms break; nothing is saved
	 */
	@Transactional
	public Product add(Keeper keeper, UUID producerId, ProductTerms terms) {
		requireProducer(keeper, producerId);
		return this.products.save(new Product(producerId, terms, this.clock.instant()));
	}

	/**
	 * Changes a product's terms whole; carts keep its sizes, which keep their places.
	 * @throws NotFound when there is no such product of a producer the person acts for
	 * @throws FieldsRefused with every rule the terms break; nothing is changed
	 */
	@Transactional
	public Product change(Keeper keeper, UUID productId, ProductTerms terms) {
		Product product = ofProducer(keeper, productId);
		product.change(terms, this.clock.instant());
		this.search.reindex(product);
		return product;
	}

	/**
	 * Shows the product to buyers. The Act on Specified Commercial Transactions (Art. 11)
	 * asks every listing to lead to the seller's notice, so a producer whose storefront
	 * lacks a complete one cannot publish; nor can one without a mail-order liquor
	 * licence list liquor.
	 * @throws NotFound when there is no such product of a producer the person acts for
	 * @throws InputRefused when the producer may not sell it yet, saying why
	 */
	@Transactional
	public Product publish(Keeper keeper, UUID productId) {
		Product product = ofProducer(keeper, productId);
		if (!this.storefronts.isOpen(product.producerId())) {
			throw new InputRefused("published", "shop.product.error.storefrontNotOpen");
		}
		if (product.kind() == ProductKind.LIQUOR && !this.storefronts.mayListLiquor(product.producerId())) {
			throw new InputRefused("published", "shop.product.error.liquorLicence");
		}
		product.publish(this.clock.instant());
		return product;
	}

	/** Takes the product out of the shop. */
	@Transactional
	public Product withdraw(Keeper keeper, UUID productId) {
		Product product = ofProducer(keeper, productId);
		product.withdraw(this.clock.instant());
		return product;
	}

	/**
	 * A product as buyers see it: published by a producer whose storefront is open, or
	 * not found.
	 */
	@Transactional(readOnly = true)
	public Product published(UUID productId) {
		return this.products.findById(productId)
			.filter(Product::isPublished)
			.filter((product) -> this.storefronts.isOpen(product.producerId()))
			.orElseThrow(() -> new NotFound("product", productId));
	}

	/**
	 * The shop's window: published products of producers who may sell now, found by the
	 * words searched (best matches first) or newest first, narrowed as the buyer chose.
	 */
	@Transactional(readOnly = true)
	public Page<Product> catalogue(CatalogueFilter filter, Pageable pageable) {
		return this.search.page(filter, this.storefronts.openProducers(), pageable);
	}

	/**
	 * How many products of the window each choice of each facet would show
	 * ({@link FacetCount}), facet by facet in the order of {@link FacetCount.Facet}.
	 */
	@Transactional(readOnly = true)
	public List<FacetCount> facets(CatalogueFilter filter) {
		return this.search.facets(filter, this.storefronts.openProducers());
	}

	/** The names of producers as the window shows them on its cards, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> producerNames(Collection<UUID> producerIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID producerId : producerIds) {
			this.accounts.organisation(producerId)
				.map(OrganisationSummary::name)
				.ifPresent((name) -> names.put(producerId, name));
		}
		return names;
	}

	/** A producer's products in the shop, newest first, for its storefront. */
	@Transactional(readOnly = true)
	public Page<Product> publishedOf(UUID producerId, Pageable pageable) {
		return this.products.findPublishedOf(producerId, pageable);
	}

	/** A product as its producer's people see it. */
	@Transactional(readOnly = true)
	public Product product(Keeper keeper, UUID productId) {
		return ofProducer(keeper, productId);
	}

	/** The producer's products, newest first. */
	@Transactional(readOnly = true)
	public Page<Product> range(Keeper keeper, UUID producerId, Pageable pageable) {
		requireProducer(keeper, producerId);
		return this.products.findByProducerIdOrderByCreatedAtDesc(producerId, pageable);
	}

	private Product ofProducer(Keeper keeper, UUID productId) {
		return this.products.findById(productId)
			.filter((product) -> actsFor(keeper, product.producerId()))
			.orElseThrow(() -> new NotFound("product", productId));
	}

	/**
	 * Refuses someone who does not act for the producer, as if it did not exist.
	 * @throws NotFound when the keeper does not act for that producer
	 */
	public void requireProducer(Keeper keeper, UUID producerId) {
		if (!actsFor(keeper, producerId)) {
			throw new NotFound("producer", producerId);
		}
	}

	private boolean actsFor(Keeper keeper, UUID producerId) {
		if (this.storefronts.producer(producerId).isEmpty()) {
			return false;
		}
		return (keeper.organisationId() != null) ? keeper.organisationId().equals(producerId)
				: this.accounts.isMember(keeper.personId(), producerId);
	}

}
