package jp.musubi.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The public pages a visitor who is not signed in reads ({@link SharedPage}) rendered
 * once a second at most for all of them (issue 11): most visitors come from outside the
 * region and only look, and rendering a page with its layout costs many times what
 * answering it does. A page is kept one second per address, language and text size, with
 * the form token cut out; each visitor's own masked token is put back in when it is sent,
 * so every form on it works as if it had been rendered for them. Whoever has a session (a
 * sign-in, a notice waiting after a form) or is signed in is always rendered for, and a
 * page that set any cookie but the form token's is not kept. Every transaction that
 * writes forgets all kept pages when it commits ({@link #freshness()}), so a change is
 * seen by the next visitor; what is written outside a transaction, within the second.
 */
class SharedPages extends OncePerRequestFilter {

	/** The request attribute that says the page may be shared, set by {@link Marker}. */
	static final String SHAREABLE = SharedPages.class.getName() + ".shareable";

	static final Duration KEPT_FOR = Duration.ofSeconds(1);

	private static final String SESSION_COOKIE = "SESSION";

	private static final String TOKEN_HOLE = "\u0000csrf\u0000";

	private final LocaleResolver locales;

	private final Cache<String, Rendered> pages = Caffeine.newBuilder()
		.expireAfterWrite(KEPT_FOR)
		.maximumWeight(32L * 1024 * 1024)
		.<String, Rendered>weigher((key, page) -> key.length() + page.body().length())
		.build();

	SharedPages(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return PageValidators.isNotPage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (!PageValidators.isAnonymous() || hasSession(request) || token == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		Rendered kept = this.pages.getIfPresent(key);
		if (kept != null) {
			kept.send(response, token.getToken());
			return;
		}
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		if (Boolean.TRUE.equals(request.getAttribute(SHAREABLE)) && mayKeep(page)) {
			String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
			String holed = PageValidators.MASKED_TOKEN.matcher(html)
				.replaceAll("$1" + Matcher.quoteReplacement(TOKEN_HOLE) + "$2");
			this.pages.put(key,
					new Rendered(holed, page.getContentType(), page.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
		}
		page.copyBodyToResponse();
	}

	/** Forgets every kept page when a transaction that may have written commits. */
	TransactionExecutionListener freshness() {
		return new TransactionExecutionListener() {

			@Override
			public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
				if (!transaction.isReadOnly()) {
					forgetAll();
				}
			}

		};
	}

	void forgetAll() {
		this.pages.invalidateAll();
	}

	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "") + " "
				+ this.locales.resolveLocale(request).toLanguageTag() + " "
				+ (TextSize.isLarge(request) ? "large" : "normal");
	}

	private static boolean mayKeep(ContentCachingResponseWrapper page) {
		String type = page.getContentType();
		if (page.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
				|| !type.toUpperCase().contains("UTF-8") || !PageValidators.isAnonymous()) {
			return false;
		}
		for (String cookie : page.getHeaders(HttpHeaders.SET_COOKIE)) {
			if (!cookie.startsWith(PageValidators.TOKEN_COOKIE + "=")) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasSession(HttpServletRequest request) {
		return WebUtils.getCookie(request, SESSION_COOKIE) != null;
	}

	/** A page as rendered, with a hole where each form's token goes. */
	record Rendered(String body, String contentType, String language) {

		void send(HttpServletResponse response, String token) throws IOException {
			byte[] bytes = this.body.replace(TOKEN_HOLE, token).getBytes(StandardCharsets.UTF_8);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			if (this.language != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.language);
			}
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

	/** Marks the requests whose handler renders a {@link SharedPage}. */
	static final class Marker implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(SharedPage.class)) {
				request.setAttribute(SHAREABLE, Boolean.TRUE);
			}
			return true;
		}

	}

}
