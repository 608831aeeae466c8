package jp.musubi.shop.product;

import jp.musubi.shop.shipping.Temperature;

/**
 * What a buyer narrows the shop's window to; {@code null} is any.
 *
 * @param preOrders only products sold before their harvest
 */
public record CatalogueFilter(ProductKind kind, Temperature temperature, boolean preOrders) {

	public static CatalogueFilter everything() {
		return new CatalogueFilter(null, null, false);
	}

}
