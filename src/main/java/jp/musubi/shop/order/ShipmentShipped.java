package jp.musubi.shop.order;

import java.util.UUID;

/**
 * A producer handed a shipment to the carrier: its buyer is mailed the tracking number.
 */
public record ShipmentShipped(UUID orderId, UUID shipmentId) {
}
