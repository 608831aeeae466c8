package jp.musubi.shop.shipping;

/** A carrier the shop's producers hand parcels to. */
public enum Carrier {

	/** ヤマト運輸: 宅急便, クール宅急便, ネコポス; labels from B2クラウド. */
	YAMATO,
	/** 日本郵便: ゆうパック, チルドゆうパック, ゆうパケット. */
	JAPAN_POST;

	public String messageKey() {
		return "shop.shipping.carrier." + name();
	}

}
