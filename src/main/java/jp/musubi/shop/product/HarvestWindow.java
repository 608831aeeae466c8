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
	 * The earliest day an order placed on the given day can ship: the window's first day,
	 * or the day itself once the window has opened.
	 */
	public LocalDate earliestShipDate(LocalDate orderedOn) {
		return orderedOn.isAfter(this.shipFrom) ? orderedOn : this.shipFrom;
	}

}
