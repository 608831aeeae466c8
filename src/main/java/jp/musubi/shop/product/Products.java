package jp.musubi.shop.product;

import java.time.Clock;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;

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

	private final Clock clock;

	Products(ProductRepository products, Accounts accounts, Clock clock) {
		this.products = products;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Adds a product to the producer's range.
	 * @throws NotFound when the person does not act for that producer
	 * @throws FieldsRefused with every rule the terms break; nothing is saved
	 */
	@Transactional
	public Product add(UUID personId, UUID producerId, ProductTerms terms) {
		requireProducer(personId, producerId);
		return this.products.save(new Product(producerId, terms, this.clock.instant()));
	}

	/**
	 * Changes a product's terms whole; carts keep its sizes, which keep their places.
	 * @throws NotFound when there is no such product of a producer the person acts for
	 * @throws FieldsRefused with every rule the terms break; nothing is changed
	 */
	@Transactional
	public Product change(UUID personId, UUID productId, ProductTerms terms) {
		Product product = ofProducer(personId, productId);
		product.change(terms, this.clock.instant());
		return product;
	}

	/** A product as its producer's people see it. */
	@Transactional(readOnly = true)
	public Product product(UUID personId, UUID productId) {
		return ofProducer(personId, productId);
	}

	/** The producer's products, newest first. */
	@Transactional(readOnly = true)
	public Page<Product> range(UUID personId, UUID producerId, Pageable pageable) {
		requireProducer(personId, producerId);
		return this.products.findByProducerIdOrderByCreatedAtDesc(producerId, pageable);
	}

	private Product ofProducer(UUID personId, UUID productId) {
		return this.products.findById(productId)
			.filter((product) -> actsFor(personId, product.producerId()))
			.orElseThrow(() -> new NotFound("product", productId));
	}

	/**
	 * Refuses a person who does not act for the producer, as if it did not exist.
	 * @throws NotFound when the person does not act for that producer
	 */
	public void requireProducer(UUID personId, UUID producerId) {
		if (!actsFor(personId, producerId)) {
			throw new NotFound("producer", producerId);
		}
	}

	private boolean actsFor(UUID personId, UUID producerId) {
		return this.accounts.organisation(producerId)
			.filter((organisation) -> organisation.type() == OrganisationType.PRODUCER)
			.isPresent() && this.accounts.isMember(personId, producerId);
	}

}
