package jp.musubi.platform.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionTaxRateTests {

	@Test
	void theStandardRateIsTenPercentAndTheReducedRateEight() {
		assertThat(ConsumptionTaxRate.STANDARD.taxOn(Yen.of(1_000))).isEqualTo(Yen.of(100));
		assertThat(ConsumptionTaxRate.REDUCED.taxOn(Yen.of(1_000))).isEqualTo(Yen.of(80));
	}

	@Test
	void theFractionOfAYenIsCutOff() {
		assertThat(ConsumptionTaxRate.STANDARD.taxOn(Yen.of(1_999))).isEqualTo(Yen.of(199));
		assertThat(ConsumptionTaxRate.REDUCED.taxOn(Yen.of(1_999))).isEqualTo(Yen.of(159));
		assertThat(ConsumptionTaxRate.REDUCED.taxOn(Yen.of(12))).isEqualTo(Yen.ZERO);
	}

	@Test
	void eachRateIsNamedByItsMessageKey() {
		assertThat(ConsumptionTaxRate.STANDARD.messageKey()).isEqualTo("money.tax.STANDARD");
		assertThat(ConsumptionTaxRate.REDUCED.messageKey()).isEqualTo("money.tax.REDUCED");
	}

}
