package jp.musubi.platform.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookSignatureTests {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final String SECRET = "whsec_test_secret";

	private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}";

	private final WebhookSignature signature = new WebhookSignature(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aSignatureMadeAsStripeDescribesItIsBelieved() {
		// HMAC-SHA256 of "1796612400.{payload}" with the secret, computed apart with
		// openssl: printf '%s' "1796612400.$PAYLOAD" | openssl dgst -sha256 -hmac
		// whsec_test_secret
		String header = "t=1796612400,v1=d7c296545d9746cc15e4045c4e22760ba18783e87a435b26eb19071b0d21f0da";

		assertThat(this.signature.sign(PAYLOAD)).isEqualTo(header);
		assertThatCode(() -> this.signature.verify(PAYLOAD, header)).doesNotThrowAnyException();
	}

	@Test
	void aChangedPayloadIsRefusedAsForged() {
		String header = this.signature.sign(PAYLOAD);

		assertRefused(PAYLOAD.replace("evt_1", "evt_2"), header, "platform.payment.error.signatureForged");
	}

	@Test
	void aSignatureWithAnotherSecretIsRefusedAsForged() {
		String header = new WebhookSignature("whsec_other", Clock.fixed(NOW, ZoneOffset.UTC)).sign(PAYLOAD);

		assertRefused(PAYLOAD, header, "platform.payment.error.signatureForged");
	}

	@Test
	void oneMatchingSignatureOfSeveralIsEnoughWhileASecretIsRolledOver() {
		String ours = this.signature.sign(PAYLOAD);
		String old = new WebhookSignature("whsec_old", Clock.fixed(NOW, ZoneOffset.UTC)).sign(PAYLOAD);
		String both = ours + "," + old.substring(old.indexOf("v1=")) + ",v0=abc";

		assertThatCode(() -> this.signature.verify(PAYLOAD, both)).doesNotThrowAnyException();
	}

	@Test
	void aSignatureOlderThanTheToleranceIsRefusedAsExpired() {
		String atTheEdge = this.signature.sign(PAYLOAD, NOW.minusSeconds(300));
		String tooOld = this.signature.sign(PAYLOAD, NOW.minusSeconds(301));

		assertThatCode(() -> this.signature.verify(PAYLOAD, atTheEdge)).doesNotThrowAnyException();
		assertRefused(PAYLOAD, tooOld, "platform.payment.error.signatureExpired");
	}

	@Test
	void aSignatureFromTooFarAheadIsRefused() {
		String tooNew = this.signature.sign(PAYLOAD, NOW.plusSeconds(301));

		assertRefused(PAYLOAD, tooNew, "platform.payment.error.signatureFuture");
	}

	@Test
	void theToleranceCanBeSetNarrower() {
		WebhookSignature narrow = new WebhookSignature(SECRET, Duration.ofSeconds(30),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> narrow.verify(PAYLOAD, narrow.sign(PAYLOAD, NOW.minusSeconds(31))))
			.satisfies((refusal) -> assertThat(refusal.arguments()).containsExactly(30L));
	}

	@Test
	void headersNotOfThatFormAreRefusedAsMalformed() {
		String good = this.signature.sign(PAYLOAD);
		String v1 = good.substring(good.indexOf("v1="));
		for (String header : new String[] { null, "", "   ", "garbage", v1, "t=1796612400", "t=abc," + v1,
				"t=1796612400,v1=xyz", "t=1796612400,t=1796612400," + v1, "t=-5," + v1, "=1," + v1,
				"t=1796612400,v1=" + "a".repeat(63), "t=1796612400," + v1 + ",x".repeat(1000) }) {
			assertRefused(PAYLOAD, header, "platform.payment.error.signatureMalformed");
		}
	}

	private void assertRefused(String payload, String header, String messageKey) {
		assertThatExceptionOfType(InputRefused.class).as(header)
			.isThrownBy(() -> this.signature.verify(payload, header))
			.satisfies((refusal) -> {
				assertThat(refusal.field()).isEqualTo("signature");
				assertThat(refusal.messageKey()).isEqualTo(messageKey);
			});
	}

}
