package jp.musubi.shop.order;

import java.util.UUID;

/** An order's transfer is due within a day: its buyer is reminded, once. */
public record PaymentReminderDue(UUID orderId) {
}
