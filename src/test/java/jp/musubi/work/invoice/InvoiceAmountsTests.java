package jp.musubi.work.invoice;

import java.util.Collections;
import java.util.List;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import org.junit.jupiter.api.Test;

import static jp.musubi.platform.money.ConsumptionTaxRate.REDUCED;
import static jp.musubi.platform.money.ConsumptionTaxRate.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InvoiceAmountsTests {

	private static final RegistrationNumber REGISTERED = RegistrationNumber.parse("T7000012050002").orElseThrow();

	@Test
	void consumptionTaxIsRoundedDownOncePerRateNotPerLine() {
		List<InvoiceLine> lines = List.of(line("資料の入力 1 日目", 1, 105, STANDARD), line("資料の入力 2 日目", 1, 105, STANDARD),
				line("資料の入力 3 日目", 1, 105, STANDARD), line("打合せの菓子", 1, 110, REDUCED),
				line("打合せの飲み物", 1, 120, REDUCED));

		InvoiceAmounts amounts = InvoiceAmounts.of(lines, Issuer.registered(REGISTERED));

		// Per line the tax would be 10 + 10 + 10 = 30 and 8 + 9 = 17.
		assertThat(lines.stream().map((line) -> line.taxRate().taxOn(line.amount())).reduce(Yen.ZERO, Yen::plus))
			.isEqualTo(Yen.of(47));
		assertThat(amounts.byRate()).containsExactly(new RateSubtotal(STANDARD, Yen.of(315), Yen.of(31)),
				new RateSubtotal(REDUCED, Yen.of(230), Yen.of(18)));
		assertThat(amounts.totalExcludingTax()).isEqualTo(Yen.of(545));
		assertThat(amounts.consumptionTax()).isEqualTo(Yen.of(49));
		assertThat(amounts.totalIncludingTax()).isEqualTo(Yen.of(594));
		assertThat(amounts.withholding()).isEqualTo(Yen.ZERO);
		assertThat(amounts.payment()).isEqualTo(Yen.of(594));
		assertThat(amounts.qualified()).isTrue();
	}

	@Test
	void quantityTimesUnitPriceMakesTheLine() {
		InvoiceAmounts amounts = InvoiceAmounts.of(
				List.of(line("データ入力（時間）", 12, 1_200, STANDARD), line("弁当", 3, 980, REDUCED)),
				Issuer.registered(REGISTERED));

		assertThat(amounts.forRate(STANDARD)).contains(new RateSubtotal(STANDARD, Yen.of(14_400), Yen.of(1_440)));
		assertThat(amounts.forRate(REDUCED)).contains(new RateSubtotal(REDUCED, Yen.of(2_940), Yen.of(235)));
		assertThat(amounts.forRate(REDUCED).orElseThrow().total()).isEqualTo(Yen.of(3_175));
		assertThat(amounts.totalIncludingTax()).isEqualTo(Yen.of(19_015));
	}

	@Test
	void aRateWithoutLinesIsLeftOut() {
		InvoiceAmounts amounts = InvoiceAmounts.of(List.of(line("翻訳", 1, 50_000, STANDARD)),
				Issuer.registered(REGISTERED));

		assertThat(amounts.byRate()).extracting(RateSubtotal::rate).containsExactly(STANDARD);
		assertThat(amounts.forRate(REDUCED)).isEmpty();
	}

	@Test
	void withholdingIsTakenFromTheTotalExcludingTaxAndLowersThePayment() {
		InvoiceAmounts amounts = InvoiceAmounts.of(List.of(line("翻訳（日本語から英語）", 1, 50_000, STANDARD)),
				Issuer.registered(REGISTERED).subjectToWithholding());

		assertThat(amounts.totalExcludingTax()).isEqualTo(Yen.of(50_000));
		assertThat(amounts.consumptionTax()).isEqualTo(Yen.of(5_000));
		assertThat(amounts.totalIncludingTax()).isEqualTo(Yen.of(55_000));
		assertThat(amounts.withholding()).isEqualTo(Yen.of(5_105));
		assertThat(amounts.payment()).isEqualTo(Yen.of(49_895));
	}

	@Test
	void aFeeAboveAMillionYenIsWithheldAtTheHigherRateOnTheExcess() {
		InvoiceAmounts amounts = InvoiceAmounts.of(
				List.of(line("講演料", 1, 1_000_000, STANDARD), line("講演資料の作成", 1, 200_000, STANDARD)),
				Issuer.registered(REGISTERED).subjectToWithholding());

		assertThat(amounts.totalIncludingTax()).isEqualTo(Yen.of(1_320_000));
		// 102,100 + 200,000 × 20.42 %
		assertThat(amounts.withholding()).isEqualTo(Yen.of(142_940));
		assertThat(amounts.payment()).isEqualTo(Yen.of(1_177_060));
	}

	@Test
	void anIssuerWithoutRegistrationNumberGetsTheSameFiguresButNoQualifiedInvoice() {
		List<InvoiceLine> lines = List.of(line("挿絵", 1, 33_333, STANDARD));

		InvoiceAmounts unregistered = InvoiceAmounts.of(lines, Issuer.unregistered().subjectToWithholding());
		InvoiceAmounts registered = InvoiceAmounts.of(lines, Issuer.registered(REGISTERED).subjectToWithholding());

		assertThat(unregistered.qualified()).isFalse();
		assertThat(unregistered.issuer().registrationNumber()).isEmpty();
		assertThat(unregistered.consumptionTax()).isEqualTo(Yen.of(3_333));
		assertThat(unregistered.totalIncludingTax()).isEqualTo(Yen.of(36_666));
		assertThat(unregistered.withholding()).isEqualTo(Yen.of(3_403));
		assertThat(unregistered.payment()).isEqualTo(Yen.of(33_263));
		assertThat(unregistered.byRate()).isEqualTo(registered.byRate());
		assertThat(unregistered.payment()).isEqualTo(registered.payment());
		assertThat(registered.qualified()).isTrue();
	}

	@Test
	void withoutWithholdingTheClientPaysTheTotalIncludingTax() {
		InvoiceAmounts amounts = InvoiceAmounts.of(List.of(line("ウェブサイトの改修", 1, 300_000, STANDARD)),
				Issuer.unregistered());

		assertThat(amounts.withholding()).isEqualTo(Yen.ZERO);
		assertThat(amounts.payment()).isEqualTo(Yen.of(330_000));
	}

	@Test
	void anInvoiceWithoutLinesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceAmounts.of(List.of(), Issuer.unregistered()));
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceAmounts.of(null, Issuer.unregistered()));
	}

	@Test
	void aLineWithoutDescriptionOrQuantityOrWithANegativePriceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> line(" ", 1, 1_000, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> line("翻訳", 0, 1_000, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> line("翻訳", -1, 1_000, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> line("値引き", 1, -1_000, STANDARD));
		assertThat(line("無償の下見", 1, 0, STANDARD).amount()).isEqualTo(Yen.ZERO);
	}

	@Test
	void aLineAboveAHundredMillionYenIsRefused() {
		assertThat(line("システム開発", 1, 100_000_000, STANDARD).amount()).isEqualTo(Yen.of(100_000_000));
		assertThatIllegalArgumentException().isThrownBy(() -> line("システム開発", 1, 100_000_001, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> line("システム開発", 2, 50_000_001, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> line("データ入力", Long.MAX_VALUE, 2, STANDARD));
	}

	@Test
	void anInvoiceAboveABillionYenIncludingTaxIsRefused() {
		List<InvoiceLine> nine = Collections.nCopies(9, line("開発", 1, 100_000_000, STANDARD));
		assertThat(InvoiceAmounts.of(nine, Issuer.unregistered()).totalIncludingTax()).isEqualTo(Yen.of(990_000_000));

		List<InvoiceLine> ten = Collections.nCopies(10, line("開発", 1, 100_000_000, STANDARD));
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceAmounts.of(ten, Issuer.unregistered()));
	}

	@Test
	void amountsThatDoNotAddUpCannotBeMade() {
		RateSubtotal standard = new RateSubtotal(STANDARD, Yen.of(1_000), Yen.of(100));
		assertThatIllegalArgumentException().isThrownBy(() -> new InvoiceAmounts(Issuer.unregistered(),
				List.of(standard), Yen.of(1_000), Yen.of(100), Yen.of(1_200), Yen.ZERO, Yen.of(1_200)));
	}

	private static InvoiceLine line(String description, long quantity, long unitPrice, ConsumptionTaxRate rate) {
		return new InvoiceLine(description, quantity, Yen.of(unitPrice), rate);
	}

}
