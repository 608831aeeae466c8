package jp.musubi.platform.payment;

import java.util.UUID;

/** Webhook payloads as a provider with Stripe's API writes them. */
final class Events {

	private Events() {
	}

	static String newId() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "");
	}

	static String completed(String id, PaymentReference reference, long amount, String paymentStatus) {
		return session(id, "checkout.session.completed", reference, amount, paymentStatus);
	}

	static String session(String id, String type, PaymentReference reference, long amount, String paymentStatus) {
		String session = "cs_test_" + id.substring(4);
		return """
				{"id":"%s","object":"event","type":"%s","created":1796612400,"data":{"object":{"id":"%s",\
				"object":"checkout.session","amount_total":%d,"currency":"jpy","client_reference_id":"%s",\
				"payment_intent":"pi_%s","payment_status":"%s"}}}""".formatted(id, type, session, amount,
				reference.text(), id.substring(4), paymentStatus);
	}

}
