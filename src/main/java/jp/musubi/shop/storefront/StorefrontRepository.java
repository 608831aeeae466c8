package jp.musubi.shop.storefront;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StorefrontRepository extends JpaRepository<Storefront, UUID> {

	@Query("SELECT s.producerId FROM Storefront s WHERE s.openForOrders = true")
	List<UUID> findOpenProducerIds();

}
