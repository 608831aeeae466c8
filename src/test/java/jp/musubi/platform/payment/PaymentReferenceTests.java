package jp.musubi.platform.payment;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentReferenceTests {

	private static final UUID ORDER = UUID.fromString("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b");

	@Test
	void aReferenceTravelsAsPurposeAndIdAndComesBackTheSame() {
		PaymentReference reference = PaymentReference.of("shop-order", ORDER);

		assertThat(reference.text()).isEqualTo("shop-order:6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b");
		assertThat(PaymentReference.parse(reference.text())).contains(reference);
	}

	@Test
	void upperCaseDigitsOfTheIdReadAsTheSameId() {
		assertThat(PaymentReference.parse("work-milestone:6F1C2A9E-3B4D-4E5F-8A7B-1C2D3E4F5A6B"))
			.contains(PaymentReference.of("work-milestone", ORDER));
	}

	@Test
	void whatAnotherSystemPutInAProviderEventIsNoReference() {
		assertThat(PaymentReference.parse(null)).isEmpty();
		assertThat(PaymentReference.parse("")).isEmpty();
		assertThat(PaymentReference.parse("order_12345")).isEmpty();
		assertThat(PaymentReference.parse("shop-order:12345")).isEmpty();
		assertThat(PaymentReference.parse("Shop-Order:" + ORDER)).isEmpty();
		assertThat(PaymentReference.parse("shop-order:" + ORDER + ":extra")).isEmpty();
		assertThat(PaymentReference.parse("shop-order:6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6g")).isEmpty();
	}

	@Test
	void aPurposeIsAShortLowerCaseName() {
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("shop order", ORDER));
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("", ORDER));
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("x".repeat(41), ORDER));
		assertThatIllegalArgumentException().isThrownBy(() -> PaymentReference.of("shop:order", ORDER));
	}

}
