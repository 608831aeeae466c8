package jp.musubi.shop.order;

import java.util.UUID;

/** An order was placed: its buyer is mailed what they agreed to. */
public record OrderPlaced(UUID orderId) {
}
