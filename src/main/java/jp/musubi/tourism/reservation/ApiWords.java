package jp.musubi.tourism.reservation;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * The language a guest's API answer is written in: the one Accept-Language asks for, as
 * HTTP intends; without the header, the language the pages use for the person.
 */
final class ApiWords {

	private ApiWords() {
	}

	static Locale locale(HttpServletRequest request) {
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
				// A malformed header says nothing; answer as if there were none.
			}
		}
		return Language.ofOrDefault(LocaleContextHolder.getLocale()).locale();
	}

	static Language language(HttpServletRequest request) {
		return Language.ofOrDefault(locale(request));
	}

}
