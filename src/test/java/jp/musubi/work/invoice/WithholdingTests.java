package jp.musubi.work.invoice;

import jp.musubi.platform.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WithholdingTests {

	@ParameterizedTest(name = "{0} yen → {1} yen withheld")
	@CsvSource({ "50000, 5105", "33333, 3403", "100000, 10210", "10, 1", "9, 0", "1, 0", "0, 0" })
	void upToAMillionYenTenPointTwoOnePercentIsWithheldAndTheFractionCutOff(long paid, long withheld) {
		assertThat(Withholding.on(Yen.of(paid))).isEqualTo(Yen.of(withheld));
	}

	@ParameterizedTest(name = "{0} yen → {1} yen withheld")
	@CsvSource({ "1000000, 102100", "1000001, 102100", "1000004, 102100", "1000005, 102101", "1000010, 102102",
			"1500000, 204200", "2000000, 306300" })
	void aboveAMillionYenTheExcessIsWithheldAtTwentyPointFourTwoPercent(long paid, long withheld) {
		assertThat(Withholding.on(Yen.of(paid))).isEqualTo(Yen.of(withheld));
	}

	@Test
	void nothingIsWithheldFromANegativePayment() {
		assertThatIllegalArgumentException().isThrownBy(() -> Withholding.on(Yen.of(-1)));
	}

}
