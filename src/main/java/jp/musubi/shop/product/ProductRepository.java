package jp.musubi.shop.product;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

	Page<Product> findByProducerIdOrderByCreatedAtDesc(UUID producerId, Pageable pageable);

	List<Product> findByProducerId(UUID producerId);

	/** A producer's products in the shop, newest first, while its storefront is open. */
	@Query("""
			SELECT p FROM Product p WHERE p.published = true AND p.producerId = :producerId
			AND EXISTS (SELECT s FROM Storefront s WHERE s.producerId = p.producerId AND s.openForOrders = true)
			ORDER BY p.publishedAt DESC, p.id""")
	Page<Product> findPublishedOf(UUID producerId, Pageable pageable);

}
