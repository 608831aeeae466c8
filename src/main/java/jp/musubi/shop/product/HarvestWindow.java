package jp.musubi.shop.product;

import java.time.LocalDate;

/**
 * A product sold before it is harvested or made: orders are taken until the cut-off and
 * shipped between two dates, each order with its own planned ship date inside them. It is
 * what buyers of seasonal goods miss most in Japan's shops, where "順次発送" leaves them
 * waiting one to three months without a date.
 */
public record HarvestWindow(LocalDate orderCutoff, LocalDate shipFrom, LocalDate shipUntil) {

	/** A season longer than a year is not a harvest. */
	public static final int MAX_DAYS = 366;

	/** Whether an order may still be taken on the given day. */
	public boolean takesOrdersOn(LocalDate day) {
		return !day.isAfter(this.orderCutoff);
	}

	/**
	 * Whether the product is in season (旬) on the given day, as the shop's window offers
	 * it to buyers: its harvest is being shipped that day and an order is still taken, so
	 * what a buyer orders then ships at once, fresh from the field, instead of on a later
	 * day of the window. From the first shipping day to the cut-off (never after the last
	 * shipping day, which the terms do not allow); a window that stops taking orders
	 * before shipping starts (a pure pre-order) is never in season. Whether units remain
	 * is the stock's to say, not the season's.
	 */
	public boolean isInSeasonOn(LocalDate day) {
		return !day.isBefore(inSeasonFrom()) && !day.isAfter(inSeasonUntil());
	}

	/** The first day it is in season: the first shipping day. */
	public LocalDate inSeasonFrom() {
		return this.shipFrom;
	}

	/**
	 * The last day it is in season: the cut-off, or the last shipping day if that came
	 * first. Before {@link #inSeasonFrom()} for a pure pre-order.
	 */
	public LocalDate inSeasonUntil() {
		return this.orderCutoff.isBefore(this.shipUntil) ? this.orderCutoff : this.shipUntil;
	}

	/**
	 * The earliest day an order placed on the given day can ship: the window's first day,
	 * or the day itself once the window has opened.
	 */
	public LocalDate earliestShipDate(LocalDate orderedOn) {
		return orderedOn.isAfter(this.shipFrom) ? orderedOn : this.shipFrom;
	}

}
