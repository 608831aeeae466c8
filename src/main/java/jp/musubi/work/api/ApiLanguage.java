package jp.musubi.work.api;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * The language an API answer is written in. A partner's system says which it wants with
 * Accept-Language, as HTTP intends. The pages ignore that header on purpose (the portal
 * of a Japanese region opens in Japanese, with a switch on every page), so without the
 * header the API follows the page's choice: the language cookie, or Japanese.
 */
final class ApiLanguage {

	private ApiLanguage() {
	}

	static Locale of(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Optional<Language> language = Language.fromTag(range.getRange());
					if (language.isPresent()) {
						return language.get().locale();
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header says nothing; fall back as if there were none.
			}
		}
		return Language.ofOrDefault(LocaleContextHolder.getLocale()).locale();
	}

}
