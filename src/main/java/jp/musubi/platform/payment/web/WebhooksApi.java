package jp.musubi.platform.payment.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.payment.Payments;
import jp.musubi.platform.payment.WebhookOutcome;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where payment providers send their webhooks. The body is taken as the bytes that came,
 * since the signature is of exactly those.
 */
@RestController
@Tag(name = "payments")
class WebhooksApi {

	private final Payments payments;

	WebhooksApi(Payments payments) {
		this.payments = payments;
	}

	@PostMapping("/api/v1/payments/webhooks/{provider}")
	@Operation(summary = "A payment provider's webhook, signed in the Stripe-Signature header (t=<unix seconds>,"
			+ "v1=<hex HMAC-SHA256 of \"t.body\">) and believed within 300 s of the server's clock. 200 when applied, "
			+ "ignored or already seen (a replay changes nothing); 400 problem+json for a forged, expired or malformed "
			+ "signature or a body that is not an event; 404 for a provider that is not configured")
	WebhookAnswer receive(@PathVariable String provider, @RequestBody byte[] body,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		WebhookOutcome outcome = this.payments.receive(provider, new String(body, StandardCharsets.UTF_8), signature);
		return new WebhookAnswer(outcome.name().toLowerCase());
	}

	record WebhookAnswer(@Schema(allowableValues = {
			"applied", "already_seen", "ignored" }) String outcome){

	}

}
