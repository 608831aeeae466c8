package jp.musubi.platform;

import java.util.Locale;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.LocalPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void tagsAndLocalesFindTheFourLanguages() {
		assertThat(Language.fromTag("ja")).contains(Language.JA);
		assertThat(Language.fromTag("en-GB")).contains(Language.EN);
		assertThat(Language.fromTag("ko_KR")).contains(Language.KO);
		assertThat(Language.fromTag("zh-CN")).contains(Language.ZH_CN);
		assertThat(Language.fromTag("zh-Hans")).contains(Language.ZH_CN);
		assertThat(Language.fromTag("zh-TW")).isEmpty();
		assertThat(Language.fromTag("fr")).isEmpty();
		assertThat(Language.ofOrDefault(Locale.GERMAN)).isEqualTo(Language.JA);
	}

	@Test
	void onlyLocalPathsAreFollowedBack() {
		assertThat(LocalPath.orHome("/agents?q=soho")).isEqualTo("/agents?q=soho");
		assertThat(LocalPath.orHome("//evil.example/")).isEqualTo("/");
		assertThat(LocalPath.orHome("https://evil.example/")).isEqualTo("/");
		assertThat(LocalPath.orHome("/\\evil.example")).isEqualTo("/");
		assertThat(LocalPath.orHome(null)).isEqualTo("/");
	}

}
