package jp.musubi.shop.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A producer's system reports its shipments handed to the carrier and delivered, as its
 * people do on the shipments page.
 */
@RestController
@Tag(name = "shop")
class FulfilmentApi {

	private final Fulfilment fulfilment;

	FulfilmentApi(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@PostMapping("/api/v1/shop/shipments/{id}/ship")
	@Operation(summary = "Mark a shipment handed to the carrier with its tracking number (10 to 14 digits); the "
			+ "buyer is mailed. The producer's token or people only (404 for another's); 400 when the order is not "
			+ "paid, the shipment has gone, or the number is not a carrier's")
	ShipmentStateView ship(@PathVariable UUID id, @RequestBody ShipBody body, Authentication authentication) {
		return ShipmentStateView
			.of(this.fulfilment.ship(keeper(authentication, id), id, (body != null) ? body.trackingNumber() : null));
	}

	@PostMapping("/api/v1/shop/shipments/{id}/deliver")
	@Operation(summary = "Report a shipment delivered on a day (today when left out); the buyer is mailed, and the "
			+ "order is DELIVERED once all its shipments are. The producer's token or people only (404 for "
			+ "another's); 400 when it has not gone, was reported already, or the day is before it went or in the "
			+ "future")
	ShipmentStateView deliver(@PathVariable UUID id, @RequestBody(required = false) DeliverBody body,
			Authentication authentication) {
		return ShipmentStateView
			.of(this.fulfilment.deliver(keeper(authentication, id), id, (body != null) ? body.deliveredOn() : null));
	}

	private static Keeper keeper(Authentication authentication, UUID shipmentId) {
		return Keeper.of((authentication != null) ? authentication.getPrincipal() : null, "shipment", shipmentId);
	}

	record ShipBody(String trackingNumber) {
	}

	record DeliverBody(
			@Schema(description = "The day it was delivered, in Japan; today when left out") LocalDate deliveredOn) {
	}

	/**
	 * Where a shipment and its order stand after the call.
	 *
	 * @param progress TO_SHIP, SHIPPED or DELIVERED
	 */
	record ShipmentStateView(UUID id, UUID orderId, String progress, String trackingNumber, Instant shippedAt,
			Instant deliveredAt, String orderState) {

		static ShipmentStateView of(Fulfilment.Reported reported) {
			Shipment shipment = reported.shipment();
			Order order = reported.order();
			return new ShipmentStateView(shipment.id(), order.id(), shipment.progress().name(),
					shipment.trackingNumber().orElse(null), shipment.shippedAt().orElse(null),
					shipment.deliveredAt().orElse(null), order.state().name());
		}

	}

}
