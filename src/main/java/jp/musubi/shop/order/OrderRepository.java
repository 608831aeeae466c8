package jp.musubi.shop.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, UUID> {

	Optional<Order> findByIdempotencyKey(String idempotencyKey);

	Optional<Order> findByNumber(long number);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT o FROM Order o WHERE o.id = :id")
	Optional<Order> findLocked(UUID id);

	Page<Order> findByPersonIdOrderByPlacedAtDesc(UUID personId, Pageable pageable);

	@Query("SELECT o.id FROM Order o WHERE o.state = jp.musubi.shop.order.OrderState.AWAITING_PAYMENT AND o.payBy < :now")
	List<UUID> findUnpaidPast(Instant now);

	@Query("SELECT o.id FROM Order o WHERE o.state = jp.musubi.shop.order.OrderState.AWAITING_PAYMENT"
			+ " AND o.remindedAt IS NULL AND o.payBy BETWEEN :now AND :soon")
	List<UUID> findToRemind(Instant now, Instant soon);

	@Query("SELECT o, s FROM Order o JOIN o.shipments s WHERE s.shippedAt >= :from AND s.shippedAt < :to"
			+ " AND o.state NOT IN (jp.musubi.shop.order.OrderState.CANCELLED, jp.musubi.shop.order.OrderState.REFUNDED,"
			+ " jp.musubi.shop.order.OrderState.EXPIRED) ORDER BY s.shippedAt")
	List<Object[]> findShippedBetween(Instant from, Instant to);

	/**
	 * Orders shipped or delivered that may be completed: none of their shipments
	 * delivered since {@code deliveredBefore}, nor gone since {@code shippedBefore}
	 * without a delivery reported (see {@link Order#complete}, which judges each).
	 */
	@Query("""
			SELECT o.id FROM Order o WHERE o.state IN (jp.musubi.shop.order.OrderState.SHIPPED,
				jp.musubi.shop.order.OrderState.DELIVERED)
			AND NOT EXISTS (SELECT s FROM Shipment s WHERE s.orderId = o.id AND (s.deliveredAt >= :deliveredBefore
				OR (s.deliveredAt IS NULL AND s.shippedAt >= :shippedBefore)))""")
	List<UUID> findToComplete(Instant deliveredBefore, Instant shippedBefore);

	@Query(value = "SELECT nextval('shop_order_number')", nativeQuery = true)
	long nextNumber();

}
