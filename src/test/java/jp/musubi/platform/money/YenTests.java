package jp.musubi.platform.money;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

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

	@ParameterizedTest
	@ValueSource(strings = { "12000", "12,000", "１２，０００", "１２０００", "¥12,000", "￥12,000", "￥１２，０００", "12,000円",
			" ¥ 12000 ", "\\12,000", "012000" })
	void amountsAreReadAsPeopleTypeThem(String typed) {
		assertThat(Yen.parse(typed)).contains(Yen.of(12_000));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "12.5", "12,000.00", "-1", "－１", "+5", "1e3", "12,00", "1,2000", "12 000", "¥",
			"円", "abc", "1000000000000", "99999999999999999999999" })
	void whatIsNotAWholeAmountOfYenIsNotRead(String typed) {
		assertThat(Yen.parse(typed)).isEmpty();
	}

	@Test
	void theLargestAmountThatCanBeTypedIsJustBelowATrillion() {
		assertThat(Yen.parse("999,999,999,999")).contains(Yen.MAX_TYPED);
		assertThat(Yen.parse("1,000,000,000,000")).isEmpty();
	}

	@Test
	void formsWriteAmountsBackAsTheyAreRead() throws Exception {
		YenInput input = new YenInput();
		assertThat(input.print(Yen.of(1_234_567), Locale.JAPANESE)).isEqualTo("1,234,567");
		assertThat(input.parse(input.print(Yen.of(1_234_567), Locale.JAPANESE), Locale.JAPANESE))
			.isEqualTo(Yen.of(1_234_567));
	}

	@Test
	void jsonTakesANumberOrTheAmountAsTyped() {
		JsonMapper json = yenJson();
		assertThat(json.readValue("{\"price\": 12000}", Priced.class).price()).isEqualTo(Yen.of(12_000));
		assertThat(json.readValue("{\"price\": \"12,000\"}", Priced.class).price()).isEqualTo(Yen.of(12_000));
		assertThat(json.readValue("{\"price\": \"￥12,000\"}", Priced.class).price()).isEqualTo(Yen.of(12_000));
		assertThat(json.readValue("{\"price\": null}", Priced.class).price()).isNull();
		assertThat(json.readValue("{\"price\": \"\"}", Priced.class).price()).isNull();
		assertThat(json.writeValueAsString(new Priced(Yen.of(12_000)))).isEqualTo("{\"price\":12000}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12.5", "-1", "1e3", "\"12.5\"", "\"-1\"", "\"1e3\"", "1000000000000", "true", "[1]" })
	void jsonRefusesWhatIsNotAWholeAmountOfYen(String value) {
		JsonMapper json = yenJson();
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> json.readValue("{\"price\": " + value + "}", Priced.class))
			.satisfies((ex) -> assertThat(ex.getPath()).isNotEmpty());
	}

	private static JsonMapper yenJson() {
		return JsonMapper.builder()
			.addModule(new SimpleModule().addSerializer(Yen.class, new YenJson.Writer())
				.addDeserializer(Yen.class, new YenJson.Reader()))
			.build();
	}

	record Priced(Yen price) {

	}

}
