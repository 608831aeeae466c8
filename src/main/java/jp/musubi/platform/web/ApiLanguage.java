package jp.musubi.platform.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * The language an API answer is written in. A partner's system says which it wants with
 * Accept-Language, as HTTP intends; Musubi answers in the first of its languages asked
 * for. The pages ignore that header on purpose (the portal of a Japanese region opens in
 * Japanese, with a switch on every page), so without it the API follows the page's
 * choice: the language cookie, or Japanese.
 */
public final class ApiLanguage {

	private ApiLanguage() {
	}

	public static Language of(HttpServletRequest request) {
		return language(request).orElse(Language.ofOrDefault(LocaleContextHolder.getLocale()));
	}

	public static Locale locale(HttpServletRequest request) {
		return of(request).locale();
	}

	private static Optional<Language> language(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				Optional<Language> language = Language.fromTag(range.getRange());
				if (language.isPresent()) {
					return language;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header says nothing; fall back as if there were none.
		}
		return Optional.empty();
	}

}
