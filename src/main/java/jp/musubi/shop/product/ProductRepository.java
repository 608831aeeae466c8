package jp.musubi.shop.product;

import java.util.UUID;

import jp.musubi.shop.shipping.Temperature;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

	Page<Product> findByProducerIdOrderByCreatedAtDesc(UUID producerId, Pageable pageable);

	/** A producer's products in the shop, newest first, while its storefront is open. */
	@Query("""
			SELECT p FROM Product p WHERE p.published = true AND p.producerId = :producerId
			AND EXISTS (SELECT s FROM Storefront s WHERE s.producerId = p.producerId AND s.openForOrders = true)
			ORDER BY p.publishedAt DESC, p.id""")
	Page<Product> findPublishedOf(UUID producerId, Pageable pageable);

	/**
	 * Published products of producers whose storefront is open (a notice made incomplete
	 * again takes them out of the window), newest first, narrowed by what the buyer
	 * chose; a filter left null narrows nothing.
	 */
	@Query("""
			SELECT p FROM Product p WHERE p.published = true
			AND EXISTS (SELECT s FROM Storefront s WHERE s.producerId = p.producerId AND s.openForOrders = true)
			AND (:kind IS NULL OR p.kind = :kind)
			AND (:temperature IS NULL OR p.temperature = :temperature)
			AND (:preOrders = false OR p.harvest.shipFrom IS NOT NULL)
			ORDER BY p.publishedAt DESC, p.id""")
	Page<Product> findPublished(ProductKind kind, Temperature temperature, boolean preOrders, Pageable pageable);

}
