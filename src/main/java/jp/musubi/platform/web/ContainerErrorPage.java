package jp.musubi.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

import jp.musubi.platform.i18n.Language;

/**
 * The answer to a request the servlet container refuses before Musubi sees it (a request
 * line or header over the size limit, an address that cannot be decoded): instead of
 * Tomcat's English page, a short page in the visitor's language (its language cookie,
 * else Japanese) with the way home, or problem+json under {@code /api/}. The words come
 * from the same bundles as every page; nothing of the request is echoed.
 */
class ContainerErrorPage extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		int worded = (status >= 500) ? 500 : (status == 404 || status == 413 || status == 414) ? status : 400;
		try {
			// An address the container would not decode (%00, %2F, bytes that are not
			// UTF-8) has only the form it was sent in.
			String decoded = request.getDecodedRequestURI();
			String path = (decoded != null && !decoded.isEmpty()) ? decoded : request.getRequestURI();
			boolean api = path != null && path.startsWith("/api/");
			Language language = api ? Language.fromTag(request.getHeader("Accept-Language")).orElse(Language.DEFAULT)
					: cookieLanguage(request);
			ResourceBundle words = ResourceBundle.getBundle("messages", language.locale(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Content-Language", language.tag());
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (api) {
				response.setContentType("application/problem+json");
				writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
						+ json(word(words, "problem." + worded + ".title", "problem.400.title")) + "\",\"detail\":\""
						+ json(word(words, "problem." + worded + ".detail", "problem.400.detail")) + "\"}");
			}
			else {
				response.setContentType("text/html");
				String title = HtmlUtils.htmlEscape(word(words, "error." + worded + ".title", "error.400.title"));
				writer.write("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
						+ "</title><link rel=\"stylesheet\" href=\"/css/musubi.css\"></head><body><main id=\"main\" "
						+ "class=\"container\"><h1>" + title + "</h1><p class=\"lead\">"
						+ HtmlUtils.htmlEscape(word(words, "error." + worded + ".text", "error.400.text"))
						+ "</p><p><a class=\"button\" href=\"/\">"
						+ HtmlUtils.htmlEscape(word(words, "error.home", null)) + "</a></p></main></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the answer has begun: nothing more can be said.
		}
	}

	private static Language cookieLanguage(Request request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("musubi-lang".equals(cookie.getName())) {
					return Language.fromTag(cookie.getValue()).orElse(Language.DEFAULT);
				}
			}
		}
		return Language.DEFAULT;
	}

	private static String word(ResourceBundle words, String key, String fallbackKey) {
		try {
			return words.getString(key);
		}
		catch (MissingResourceException ex) {
			return (fallbackKey != null) ? words.getString(fallbackKey) : "";
		}
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
