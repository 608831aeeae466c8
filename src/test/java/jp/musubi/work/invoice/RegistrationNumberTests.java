package jp.musubi.work.invoice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegistrationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// 国税庁
			"T7000012050002",
			// トヨタ自動車株式会社
			"T1180301018771",
			// 日本郵便株式会社
			"T1010001112577",
			// ソニーグループ株式会社
			"T5010401067252",
			// 日本税理士会連合会
			"T7010705000725" })
	void publishedNumbersPassTheCheckDigit(String published) {
		assertThat(RegistrationNumber.parse(published)).map(RegistrationNumber::value).contains(published);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// last digit wrong
			"T7000012050003", "T1180301018772",
			// check digit wrong
			"T8000012050002",
			// neighbours swapped
			"T7000012500002", "T1180301081771" })
	void numbersWithATypoAreRefused(String mistyped) {
		assertThat(RegistrationNumber.parse(mistyped)).isEmpty();
	}

	@Test
	void theCheckDigitCannotTellZeroFromNine() {
		assertThat(RegistrationNumber.parse("T7000012950002")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "T7000012050002", "t7000012050002", "Ｔ７００００１２０５０００２", "ｔ７００００１２０５０００２", " T7000012050002 ",
			"T 7 0000 1205 0002", "T-7-0000-1205-0002", "T7000-0120-50002", "Ｔ－７０００－０１２０－５０００２", "T７０００　０１２０　５０００２",
			"T7000ー0120ー50002", "T7000−0120−50002" })
	void numbersAreAcceptedAsPeopleTypeThem(String typed) {
		assertThat(RegistrationNumber.parse(typed)).contains(new RegistrationNumber("T7000012050002"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "7000012050002", "T700001205000", "T70000120500020", "X7000012050002",
			"TT7000012050002", "T700001205000A", "T7000012050002T", "T 7000_0120_50002", "T７０００.０１２０.５０００２" })
	void anythingButTAndThirteenDigitsIsRefused(String typed) {
		assertThat(RegistrationNumber.parse(typed)).isEmpty();
	}

	@Test
	void theNumberIsWrittenBackTheOneWay() {
		RegistrationNumber number = RegistrationNumber.parse("ｔ－７０００－０１２０－５０００２").orElseThrow();
		assertThat(number.value()).isEqualTo("T7000012050002");
		assertThat(number).hasToString("T7000012050002");
	}

	@Test
	void onlyTheCanonicalFormMakesANumberDirectly() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationNumber("t7000012050002"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationNumber("T7000012050003"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationNumber(null));
	}

}
