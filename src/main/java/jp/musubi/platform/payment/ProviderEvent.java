package jp.musubi.platform.payment;

import java.time.Instant;

import jp.musubi.platform.money.Yen;

/**
 * A provider's webhook event as Musubi reads it: its id (unique per provider, the key
 * against replays), its type, and, for the events Musubi acts on, the payment it tells
 * of.
 */
record ProviderEvent(String id, String type, Effect effect, PaymentReference reference, Yen amount,
		String providerPaymentId, PaymentFailed.Reason reason, Instant at) {

	enum Effect {

		RECEIVED, FAILED, NONE

	}

	static ProviderEvent none(String id, String type, Instant at) {
		return new ProviderEvent(id, type, Effect.NONE, null, null, null, null, at);
	}

}
