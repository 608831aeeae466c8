package jp.musubi.platform.payment;

import jp.musubi.platform.money.Yen;

/**
 * A refund the provider accepted: its id at the provider and the amount it gives back.
 * {@code pending} when the provider has yet to hand the money over (Stripe says
 * {@code pending} for most cards at first).
 */
public record Refund(String refundId, Yen amount, boolean pending) {

}
