package jp.musubi.shop.order;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShipmentRepository extends JpaRepository<Shipment, UUID> {

	/**
	 * A producer's shipments to hand to the carrier: of orders paid, or paid at the door,
	 * and not gone yet, the earliest planned first.
	 */
	@Query("""
			SELECT s FROM Shipment s WHERE s.producerId = :producerId AND s.shippedAt IS NULL
			AND EXISTS (SELECT o FROM Order o WHERE o.id = s.orderId
				AND o.state IN (jp.musubi.shop.order.OrderState.PAID, jp.musubi.shop.order.OrderState.PREPARING))
			ORDER BY s.shipDate, s.id""")
	Page<Shipment> findToShip(UUID producerId, Pageable pageable);

	/**
	 * A producer's shipments with the carrier, not reported delivered yet, of orders
	 * still open, the earliest gone first.
	 */
	@Query("""
			SELECT s FROM Shipment s WHERE s.producerId = :producerId AND s.shippedAt IS NOT NULL
			AND s.deliveredAt IS NULL
			AND EXISTS (SELECT o FROM Order o WHERE o.id = s.orderId AND o.state IN (jp.musubi.shop.order.OrderState.PAID,
				jp.musubi.shop.order.OrderState.PREPARING, jp.musubi.shop.order.OrderState.SHIPPED))
			ORDER BY s.shippedAt, s.id""")
	Page<Shipment> findInTransit(UUID producerId, Pageable pageable);

}
