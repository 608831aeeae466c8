package jp.musubi.work.request.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.i18n.Language;

import org.springframework.context.MessageSource;

/**
 * The caller's words for the codes an answer carries (a status, a category, a refusal),
 * from the same bundles as the pages, so that a partner's screen says what Musubi's says.
 */
public record Wording(MessageSource messages, Locale locale) {

	public static Wording of(MessageSource messages, HttpServletRequest request) {
		return new Wording(messages, ApiLanguage.locale(request));
	}

	public String of(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	public Language language() {
		return Language.ofOrDefault(this.locale);
	}

}
