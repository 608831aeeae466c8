package jp.musubi.platform;

import java.util.regex.Pattern;

import jp.musubi.platform.text.Furigana;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PersonName;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JapaneseTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "969-3301", "9693301", "９６９－３３０１", "９６９３３０１", "〒969-3301", " 969ー3301 ", "969‐3301" })
	void postalCodesAreAcceptedAsPeopleTypeThem(String typed) {
		assertThat(PostalCode.parse(typed)).contains(new PostalCode("969-3301"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "96933", "969-33011", "abc-defg", "969--3301", "96-93301" })
	void postalCodesThatAreNotSevenDigitsAreRefused(String typed) {
		assertThat(PostalCode.parse(typed)).isEmpty();
	}

	@Test
	void proseKeepsItsJapanesePunctuationAndLosesOnlyExtraSpace() {
		assertThat(JapaneseText.tidy("\u3000ミニ湯治プラン（２泊３日）の　 紹介記事 ")).isEqualTo("ミニ湯治プラン（２泊３日）の 紹介記事");
		assertThat(JapaneseText.normalize("ミニ湯治プラン（２泊３日）")).isEqualTo("ミニ湯治プラン(2泊3日)");
		assertThat(JapaneseText.tidy(null)).isNull();
	}

	@Test
	void prefecturesAreTheFortySevenInJisOrder() {
		assertThat(Prefecture.values()).hasSize(47);
		assertThat(Prefecture.values()[0]).isEqualTo(Prefecture.HOKKAIDO);
		assertThat(Prefecture.values()[12].code()).isEqualTo("13");
		assertThat(Prefecture.values()[12]).isEqualTo(Prefecture.TOKYO);
		assertThat(Prefecture.values()[46]).isEqualTo(Prefecture.OKINAWA);
		assertThat(Prefecture.ofCode("07")).contains(Prefecture.FUKUSHIMA);
		assertThat(Prefecture.ofCode("48")).isEmpty();
	}

	@Test
	void normalisationTurnsFullWidthAndHalfWidthFormsIntoOne() {
		assertThat(JapaneseText.normalize("ＳＯＨＯ　")).isEqualTo("SOHO");
		assertThat(JapaneseText.normalize("ﾍﾞﾝﾁｬｰ")).isEqualTo("ベンチャー");
		assertThat(JapaneseText.normalizeToNull("　 ")).isNull();
	}

	@Test
	void furiganaIsKeptInHiraganaAsTheFormsAskForIt() {
		assertThat(JapaneseText.furigana("やまだ")).isEqualTo("やまだ");
		assertThat(JapaneseText.furigana("ヤマダ")).isEqualTo("やまだ");
		assertThat(JapaneseText.furigana("ﾔﾏﾀﾞ")).isEqualTo("やまだ");
		assertThat(JapaneseText.furigana("　ヤマダ　　タロウ ")).isEqualTo("やまだ たろう");
		assertThat(JapaneseText.furigana("ヴァイオリン・ヵヶ")).isEqualTo("ゔぁいおりん・ゕゖ");
		assertThat(JapaneseText.furigana("ヷ")).isEqualTo("ヷ");
		assertThat(JapaneseText.furigana("  ")).isNull();
		assertThat(JapaneseText.furigana(null)).isNull();
	}

	@Test
	void furiganaIsKanaOnly() {
		Furigana.Validator furigana = new Furigana.Validator();
		assertThat(furigana.isValid("やまだ", null)).isTrue();
		assertThat(furigana.isValid("ヤマダ タロウ", null)).isTrue();
		assertThat(furigana.isValid("ﾔﾏﾀﾞ", null)).isTrue();
		assertThat(furigana.isValid("", null)).isTrue();
		assertThat(furigana.isValid("山田", null)).isFalse();
		assertThat(furigana.isValid("yamada", null)).isFalse();
	}

	@Test
	void namesInAnyScriptPassButDigitsBracketsAndDirectionControlsDoNot() {
		PersonName.Validator names = new PersonName.Validator();
		assertThat(names.isValid("山田", null)).isTrue();
		assertThat(names.isValid("김민준", null)).isTrue();
		assertThat(names.isValid("O'Brien-Smith", null)).isTrue();
		assertThat(names.isValid("佐々木", null)).isTrue();
		assertThat(names.isValid("葛\uDB40\uDD00城", null)).as("a kanji with its variation selector").isTrue();
		assertThat(names.isValid("<script>alert(1)</script>", null)).isFalse();
		assertThat(names.isValid("Taro\"onmouseover=", null)).isFalse();
		assertThat(names.isValid("田中1", null)).isFalse();
		assertThat(names.isValid("\u202Eodnas", null)).isFalse();
		assertThat(names.isValid("\u3164", null)).as("a Hangul filler, which shows as nothing").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "5 > 3", "javascript:alert(1)", "a < b && c > d",
			"在宅ワークのデータ入力\n週20時間", "行1\r\n行2\tタブ",
			"絵文字 👨‍👩‍👧 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
			"עברית\u200F (RLM)", "葛\uDB40\uDD00城", "" })
	void plainTextTakesTextAsPeopleWriteIt(String text) {
		assertThat(new PlainText.Validator().isValid(text, null)).isTrue();
		assertThat(UnusableCharacter.firstIn(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			bell{0007}                | 7     | control
			nul{0000}                 | 0     | control
			del{007F}                 | 127   | control
			c1{0085}                  | 133   | control
			broken{D800}              | 55296 | surrogate
			{DC00}broken              | 56320 | surrogate
			invoice{202E}fdp.exe      | 8238  | 202E
			{202A}a{202B}b{202C}c{202D} | 8234  | 202A
			{2066}isolated{2069}      | 8294  | 2066
			{2067}x                   | 8295  | 2067
			{2068}x                   | 8296  | 2068
			x{2069}                   | 8297  | 2069
			zero{200B}width           | 8203  | 200B
			word{2060}joiner          | 8288  | 2060
			{FEFF}bom                 | 65279 | FEFF
			line{2028}separator       | 8232  | 2028
			para{2029}graph           | 8233  | 2029
			invisible{2062}times      | 8290  | invisible
			filler{3164}              | 12644 | invisible
			gaiji{E000}               | 57344 | privateUse
			non{FFFF}                 | 65535 | noncharacter
			non{FDD0}                 | 64976 | noncharacter
			""")
	void whatCannotBeShownHonestlyIsRefusedByName(String escaped, int codePoint, String kind) {
		String text = unescape(escaped);
		assertThat(new PlainText.Validator().isValid(text, null)).isFalse();
		assertThat(UnusableCharacter.firstIn(text)).contains(new UnusableCharacter(codePoint, kind));
		assertThat(UnusableCharacter.firstIn(text).get().messageKey()).isEqualTo("validation.character." + kind);
	}

	@Test
	void theCharacterIsNamedAsUnicodeWritesIt() {
		assertThat(UnusableCharacter.firstIn("\u202E").get().code()).isEqualTo("U+202E");
		assertThat(UnusableCharacter.firstIn("\u0007").get().code()).isEqualTo("U+0007");
		assertThat(UnusableCharacter.firstIn("\uDB80\uDC00").get().code()).isEqualTo("U+F0000");
	}

	@Test
	void aRefusalNamesTheFieldAndTheCharacter() {
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> UnusableCharacter.refuseIn("body", "5 > 3\u202E"))
			.satisfies((refused) -> {
				assertThat(refused.field()).isEqualTo("body");
				assertThat(refused.messageKey()).isEqualTo("validation.character.202E");
			});
		UnusableCharacter.refuseIn("body", "5 > 3");
		UnusableCharacter.refuseIn("body", null);
	}

	/**
	 * The table above writes each character as {@code {202E}}, so that the file shows it
	 * and the table's parser does not trim it as white space.
	 */
	private static String unescape(String escaped) {
		return Pattern.compile("\\{([0-9A-F]{4})}")
			.matcher(escaped)
			.replaceAll((match) -> String.valueOf((char) Integer.parseInt(match.group(1), 16)));
	}

}
