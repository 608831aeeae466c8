package jp.musubi.platform;

import jp.musubi.platform.text.Furigana;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PersonName;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

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
	void namesInAnyScriptPassButMarkupDoesNot() {
		PersonName.Validator names = new PersonName.Validator();
		assertThat(names.isValid("山田", null)).isTrue();
		assertThat(names.isValid("김민준", null)).isTrue();
		assertThat(names.isValid("O'Brien-Smith", null)).isTrue();
		assertThat(names.isValid("佐々木", null)).isTrue();
		assertThat(names.isValid("<script>alert(1)</script>", null)).isFalse();
		assertThat(names.isValid("Taro\"onmouseover=", null)).isFalse();
		assertThat(names.isValid("田中1", null)).isFalse();
	}

	@Test
	void plainTextRefusesMarkupAndControlCharacters() {
		PlainText.Validator text = new PlainText.Validator();
		assertThat(text.isValid("在宅ワークのデータ入力\n週20時間", null)).isTrue();
		assertThat(text.isValid("<b>bold</b>", null)).isFalse();
		assertThat(text.isValid("javascript:alert(1)", null)).isFalse();
		assertThat(text.isValid("bell\u0007", null)).isFalse();
	}

}
