package jp.musubi.shop.figures;

/**
 * Sales to a group of buyers as a producer is shown them: whole, or hidden, yen and
 * orders with the count of buyers, when that count could point at someone.
 *
 * @param sales what was sold, {@code null} when hidden
 */
public record GuardedSales(SalesCount sales) {

	static final GuardedSales HIDDEN = new GuardedSales(null);

	public boolean isHidden() {
		return this.sales == null;
	}

}
