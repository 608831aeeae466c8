package jp.musubi.platform.pdf;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypefacesTests {

	@ParameterizedTest
	@CsvSource({ "ja, JP", "ja-JP, JP", "en, JP", "ko, KR", "ko-KR, KR", "zh-CN, SC", "zh-Hans, SC", "zh, SC",
			"zh-TW, TC", "zh-HK, TC", "zh-Hant, TC" })
	void theReadersLanguageChoosesTheFormOfHanCharacters(String languageTag, String region) {
		assertThat(Typefaces.region(Locale.forLanguageTag(languageTag))).isEqualTo(region);
	}

}
