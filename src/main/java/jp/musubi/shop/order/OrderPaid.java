package jp.musubi.shop.order;

import java.util.UUID;

/** An order paid in advance received its payment: it goes to its producers. */
public record OrderPaid(UUID orderId) {
}
