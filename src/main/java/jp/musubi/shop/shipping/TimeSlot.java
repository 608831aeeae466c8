package jp.musubi.shop.shipping;

import java.util.Optional;

/**
 * A time of day a buyer may ask a parcel to arrive in (配達時間帯). Which slots exist is the
 * method's business: Yamato dropped 12-14 and replaced 20-21 with 19-21 in June 2017,
 * while ゆうパック still offers 12-14.
 */
public enum TimeSlot {

	/** 午前中 (8-12). */
	MORNING(8, 12, "0812"),
	/** 12-14, ゆうパック only. */
	FROM_12_TO_14(12, 14, null), FROM_14_TO_16(14, 16, "1416"), FROM_16_TO_18(16, 18, "1618"),
	FROM_18_TO_20(18, 20, "1820"), FROM_19_TO_21(19, 21, "1921");

	private final int from;

	private final int to;

	private final String b2Code;

	TimeSlot(int from, int to, String b2Code) {
		this.from = from;
		this.to = to;
		this.b2Code = b2Code;
	}

	/** The hour the slot opens, 8 for 午前中. */
	public int from() {
		return this.from;
	}

	/** The hour the slot closes. */
	public int to() {
		return this.to;
	}

	/**
	 * The code B2クラウド's CSV takes in column 7 (配達時間帯), for the slots Yamato offers; empty
	 * for a slot only Japan Post has.
	 */
	public Optional<String> b2Code() {
		return Optional.ofNullable(this.b2Code);
	}

	public String messageKey() {
		return "shop.shipping.slot." + name();
	}

}
