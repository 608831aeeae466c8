package jp.musubi.platform.money;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class YenTests {

	@Test
	void aPercentageIsCutDownToTheYen() {
		assertThat(Yen.of(50_000).floorPercent(new BigDecimal("10.21"))).isEqualTo(Yen.of(5_105));
		assertThat(Yen.of(33_333).floorPercent(new BigDecimal("10.21"))).isEqualTo(Yen.of(3_403));
		assertThat(Yen.of(999).floorPercent(BigDecimal.TEN)).isEqualTo(Yen.of(99));
		assertThat(Yen.of(1).floorPercent(new BigDecimal("10.21"))).isEqualTo(Yen.ZERO);
	}

	@Test
	void aPercentageOfANegativeAmountIsCutTowardsZero() {
		assertThat(Yen.of(-999).floorPercent(BigDecimal.TEN)).isEqualTo(Yen.of(-99));
	}

	@Test
	void amountsAddSubtractAndMultiplyExactly() {
		assertThat(Yen.of(1_200).plus(Yen.of(34))).isEqualTo(Yen.of(1_234));
		assertThat(Yen.of(1_000).minus(Yen.of(1_500))).isEqualTo(Yen.of(-500));
		assertThat(Yen.of(4_000).times(3)).isEqualTo(Yen.of(12_000));
		assertThat(Yen.of(0)).isEqualTo(Yen.ZERO);
	}

	@Test
	void arithmeticThatWouldOverflowFailsInsteadOfWrapping() {
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yen.of(Long.MAX_VALUE).plus(Yen.of(1)));
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yen.of(Long.MAX_VALUE / 2 + 1).times(2));
	}

	@Test
	void amountsCompareBySize() {
		assertThat(Yen.of(1_000_001).isGreaterThan(Yen.of(1_000_000))).isTrue();
		assertThat(Yen.of(1_000_000).isGreaterThan(Yen.of(1_000_000))).isFalse();
		assertThat(Yen.of(-1).isLessThan(Yen.ZERO)).isTrue();
		assertThat(Yen.of(-1).isNegative()).isTrue();
		assertThat(Yen.ZERO.isNegative()).isFalse();
		assertThat(Yen.ZERO.isZero()).isTrue();
		assertThat(Yen.of(2)).isGreaterThan(Yen.of(1));
	}

	@Test
	void japaneseReadersSeeTheYenAfterTheNumber() {
		assertThat(Yen.of(1_234_567).format(Locale.JAPANESE)).isEqualTo("1,234,567円");
		assertThat(Yen.of(1_234_567).format(Locale.JAPAN)).isEqualTo("1,234,567円");
		assertThat(Yen.ZERO.format(Locale.JAPANESE)).isEqualTo("0円");
		assertThat(Yen.of(-5_105).format(Locale.JAPANESE)).isEqualTo("-5,105円");
	}

	@Test
	void otherReadersSeeTheYenSignBeforeTheNumber() {
		assertThat(Yen.of(1_234_567).format(Locale.ENGLISH)).isEqualTo("¥1,234,567");
		assertThat(Yen.of(1_234_567).format(Locale.KOREAN)).isEqualTo("¥1,234,567");
		assertThat(Yen.of(1_234_567).format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,234,567");
		assertThat(Yen.of(999).format(Locale.ENGLISH)).isEqualTo("¥999");
		assertThat(Yen.of(-5_105).format(Locale.ENGLISH)).isEqualTo("-¥5,105");
	}

	@Test
	void aYenIsStoredAsItsWholeAmount() {
		YenConverter converter = new YenConverter();
		assertThat(converter.convertToDatabaseColumn(Yen.of(55_000))).isEqualTo(55_000L);
		assertThat(converter.convertToEntityAttribute(55_000L)).isEqualTo(Yen.of(55_000));
		assertThat(converter.convertToDatabaseColumn(null)).isNull();
		assertThat(converter.convertToEntityAttribute(null)).isNull();
	}

}
