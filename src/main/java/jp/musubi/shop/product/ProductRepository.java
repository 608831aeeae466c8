package jp.musubi.shop.product;

import java.util.UUID;

import jp.musubi.shop.shipping.Temperature;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

	Page<Product> findByProducerIdOrderByCreatedAtDesc(UUID producerId, Pageable pageable);

	Page<Product> findByProducerIdAndPublishedTrueOrderByPublishedAtDesc(UUID producerId, Pageable pageable);

	/**
	 * Published products, newest first, narrowed by what the buyer chose; a filter left
	 * null narrows nothing.
	 */
	@Query("""
			SELECT p FROM Product p WHERE p.published = true
			AND (:kind IS NULL OR p.kind = :kind)
			AND (:temperature IS NULL OR p.temperature = :temperature)
			AND (:preOrders = false OR p.harvest.shipFrom IS NOT NULL)
			ORDER BY p.publishedAt DESC, p.id""")
	Page<Product> findPublished(ProductKind kind, Temperature temperature, boolean preOrders, Pageable pageable);

}
