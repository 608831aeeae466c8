package jp.musubi.shop.figures;

import java.math.BigDecimal;

import jp.musubi.platform.text.Prefecture;

/**
 * The sales of a period to one prefecture, by buyer or by delivery address, with their
 * share of the period's goods in yen.
 */
public record PrefectureSales(Prefecture prefecture, boolean inRegion, SalesCount sales, BigDecimal yenPercent) {

	/**
	 * The ISO 3166 code of the address's country. Every address the shop takes is in
	 * Japan, so far.
	 */
	public String country() {
		return "JP";
	}

}
