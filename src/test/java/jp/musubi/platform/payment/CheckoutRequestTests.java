package jp.musubi.platform.payment;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckoutRequestTests {

	private static final PaymentReference ORDER = PaymentReference.of("shop-order", UUID.randomUUID());

	private static final URI BACK = URI.create("https://musubi.example.jp/shop/orders/1");

	@Test
	void aCheckoutTakesAtLeastOneYen() {
		assertThatIllegalArgumentException().isThrownBy(() -> request(Yen.ZERO, "key-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> request(Yen.of(-100), "key-1"));
		assertThat(request(Yen.of(1), "key-1").amount()).isEqualTo(Yen.of(1));
	}

	@Test
	void everyCheckoutCarriesAnIdempotencyKeyAProviderTakes() {
		assertThatIllegalArgumentException().isThrownBy(() -> request(Yen.of(3_000), null));
		assertThatIllegalArgumentException().isThrownBy(() -> request(Yen.of(3_000), " "));
		assertThatIllegalArgumentException().isThrownBy(() -> request(Yen.of(3_000), "k".repeat(256)));
		assertThat(request(Yen.of(3_000), "k".repeat(255)).idempotencyKey()).hasSize(255);
	}

	@Test
	void thePayerIsSentBackToAnAbsoluteAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckoutRequest(ORDER, Yen.of(3_000), "米 5kg",
				URI.create("/shop/orders/1"), BACK, "key-1", Locale.JAPANESE));
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckoutRequest(ORDER, Yen.of(3_000), "米 5kg", BACK,
				URI.create("javascript:alert(1)"), "key-1", Locale.JAPANESE));
	}

	@Test
	void aRefundNamesThePaymentAndAKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest(ORDER, "", Yen.of(100), "refund-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest(ORDER, "pi_123", Yen.ZERO, "refund-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RefundRequest(ORDER, "pi_123", Yen.of(100), ""));
	}

	private static CheckoutRequest request(Yen amount, String key) {
		return new CheckoutRequest(ORDER, amount, "米 5kg", BACK, BACK, key, Locale.JAPANESE);
	}

}
