package jp.musubi.shop.order;

import java.util.Optional;

import jp.musubi.platform.money.Yen;

/**
 * The carrier's fee for collecting a shipment's amount at the door (宅急便コレクト), by the
 * amount collected, tax included, as Yamato publishes it; above ¥300,000 a parcel cannot
 * be paid on delivery.
 */
final class CashOnDeliveryFee {

	static final Yen MAX_COLLECTED = Yen.of(300_000);

	private CashOnDeliveryFee() {
	}

	/**
	 * The fee for collecting this amount, or empty when it is more than may be collected.
	 */
	static Optional<Yen> forAmount(Yen collected) {
		if (collected.isGreaterThan(MAX_COLLECTED)) {
			return Optional.empty();
		}
		if (!collected.isGreaterThan(Yen.of(10_000))) {
			return Optional.of(Yen.of(330));
		}
		if (!collected.isGreaterThan(Yen.of(30_000))) {
			return Optional.of(Yen.of(440));
		}
		if (!collected.isGreaterThan(Yen.of(100_000))) {
			return Optional.of(Yen.of(660));
		}
		return Optional.of(Yen.of(1_100));
	}

}
