package jp.musubi.shop.order;

import java.time.Clock;
import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Products;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer's side of its orders: the shipments to pack, by planned ship date, each with
 * the order it belongs to, and handing one to the carrier with its tracking number. A
 * producer sees only its own shipments and the addresses they go to; another producer's
 * are not found.
 */
@Service
public class Fulfilment {

	private final ShipmentRepository shipments;

	private final OrderRepository orders;

	private final Products products;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Fulfilment(ShipmentRepository shipments, OrderRepository orders, Products products,
			ApplicationEventPublisher events, Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.products = products;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The producer's shipments to send, the earliest planned first.
	 * @throws NotFound when the keeper does not act for the producer
	 */
	@Transactional(readOnly = true)
	public Page<ToShip> toShip(Keeper keeper, UUID producerId, Pageable pageable) {
		this.products.requireProducer(keeper, producerId);
		return this.shipments.findToShip(producerId, pageable)
			.map((shipment) -> new ToShip(this.orders.findById(shipment.orderId()).orElseThrow(), shipment));
	}

	/**
	 * Hands a shipment to the carrier.
	 * @throws NotFound when there is no such shipment of a producer the keeper acts for
	 * @throws InputRefused on {@code trackingNumber} when it cannot go (see
	 * {@link Order#ship})
	 */
	@Transactional
	public Shipment ship(Keeper keeper, UUID shipmentId, String trackingNumber) {
		Shipment shipment = this.shipments.findById(shipmentId).orElseThrow(() -> new NotFound("shipment", shipmentId));
		try {
			this.products.requireProducer(keeper, shipment.producerId());
		}
		catch (NotFound notTheirs) {
			throw new NotFound("shipment", shipmentId);
		}
		Order order = this.orders.findById(shipment.orderId()).orElseThrow();
		Shipment shipped = order.ship(shipmentId, trackingNumber, this.clock.instant());
		this.events.publishEvent(new ShipmentShipped(order.id(), shipmentId));
		return shipped;
	}

	/** A shipment with the order it belongs to. */
	public record ToShip(Order order, Shipment shipment) {
	}

}
