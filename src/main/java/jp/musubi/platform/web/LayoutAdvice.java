package jp.musubi.platform.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the language links (the same page in each
 * language, its query kept), the current language and whether the visitor asked for
 * larger text.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request) {
		Language current = Language.ofOrDefault(LocaleContextHolder.getLocale());
		// An error page is about the address asked for, not the error controller's.
		String path = ErrorAnswers.originalPath(request);
		String query = ErrorAnswers.originalQuery(request);
		List<LanguageLink> links = Arrays.stream(Language.values())
			.map((language) -> new LanguageLink(language, switchUrl(path, query, language), language == current))
			.toList();
		String here = UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang").build().toUriString();
		return new Layout(current, links, TextSize.isLarge(request), here);
	}

	private static String switchUrl(String path, String query, Language language) {
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language.tag())
			.build()
			.toUriString();
	}

	/**
	 * The shared layout's view of the request; {@code here} is the page's own address,
	 * for forms that bring the visitor back to it.
	 */
	record Layout(Language language, List<LanguageLink> languages, boolean largeText, String here) {

		public String lang() {
			return this.language.tag();
		}

	}

	/** A link to the same page in another language. */
	record LanguageLink(Language language, String url, boolean current) {

	}

}
