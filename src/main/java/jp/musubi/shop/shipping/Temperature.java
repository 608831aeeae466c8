package jp.musubi.shop.shipping;

/**
 * The temperature a parcel travels at. Carriers keep the cool ones apart from the rest
 * all the way, so goods of different temperatures never share a parcel.
 */
public enum Temperature {

	/** 常温: no temperature control. */
	AMBIENT,
	/**
	 * 冷蔵: Yamato keeps クール宅急便 at 0-10 ℃; チルドゆうパック keeps 0-5 ℃, inside that range.
	 */
	CHILLED,
	/** 冷凍: -15 ℃ or colder (クール宅急便). */
	FROZEN;

	/** Chilled or frozen: the carrier's cool service, with its surcharge and limits. */
	public boolean isCool() {
		return this != AMBIENT;
	}

	public String messageKey() {
		return "shop.shipping.temperature." + name();
	}

}
