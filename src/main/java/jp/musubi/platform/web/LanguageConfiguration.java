package jp.musubi.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.platform.i18n.Language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language is Japanese unless the visitor picked another with
 * {@code ?lang=} on any page; the choice is kept in a cookie for a year. The browser's
 * Accept-Language is not consulted: the portal of a Japanese region opens in Japanese,
 * and the switch is on every page.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "musubi-lang";

	@Bean
	LocaleResolver localeResolver(PublicAddress address) {
		SupportedLanguageResolver resolver = new SupportedLanguageResolver();
		resolver.setCookieSecure(address.isHttps());
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static final class SupportedLanguageResolver extends CookieLocaleResolver {

		SupportedLanguageResolver() {
			super(COOKIE);
			setCookieMaxAge(Duration.ofDays(365));
			setCookieSameSite("Lax");
			setDefaultLocale(Language.DEFAULT.locale());
			setDefaultLocaleFunction((request) -> Language.DEFAULT.locale());
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return Language.ofOrDefault(super.resolveLocale(request)).locale();
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (locale == null) {
				super.setLocale(request, response, null);
				return;
			}
			Language.of(locale).ifPresent((language) -> super.setLocale(request, response, language.locale()));
		}

	}

}
