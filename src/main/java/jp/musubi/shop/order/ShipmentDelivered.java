package jp.musubi.shop.order;

import java.util.UUID;

/**
 * A shipment reached its buyer, as its producer reported: the buyer is mailed until when
 * they may report a problem with it.
 */
public record ShipmentDelivered(UUID orderId, UUID shipmentId) {
}
