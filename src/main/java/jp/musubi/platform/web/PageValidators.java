package jp.musubi.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * A page someone who is not signed in reads again answers {@code 304 Not Modified} when
 * it has not changed (issue 11): the station, programmes and directory are read again and
 * again from outside the region, often on slow lines. The validator is a hash of the page
 * as sent, but for the masked form tokens in it, which differ on every answer (BREACH)
 * although each stands for the same token; the token itself (the visitor's cookie) is
 * hashed in instead, so a page kept from before a sign-out, whose forms would be refused,
 * is sent again. Signed-in pages are someone's own and are never validated; the browser
 * keeps a public page only to ask again ({@code no-cache}).
 */
class PageValidators extends OncePerRequestFilter {

	static final String TOKEN_COOKIE = "XSRF-TOKEN";

	/** A form's masked token as rendered: its attribute before and after the value. */
	static final Pattern MASKED_TOKEN = Pattern.compile("(name=\"_csrf\" value=\")[^\"]*(\")");

	/**
	 * Only what a browser asks for as a page is held to be hashed: never files, video
	 * segments, streams or the API, which are large or never end.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isNotPage(request);
	}

	static boolean isNotPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")
				|| path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/broadcast/hls/")
				|| StaticLinks.FOLDERS.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAnonymous()) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		String token = token(request);
		String type = page.getContentType();
		if (page.getStatus() != HttpServletResponse.SC_OK || token == null || type == null
				|| !type.startsWith("text/html") || page.containsHeader(HttpHeaders.SET_COOKIE) || !isAnonymous()) {
			page.copyBodyToResponse();
			return;
		}
		String tag = "W/\"" + hash(page.getContentAsByteArray(), token) + "\"";
		page.setHeader(HttpHeaders.ETAG, tag);
		page.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		page.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
		String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (tag.equals(asked)) {
			page.resetBuffer();
			page.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			page.setContentLength(0);
		}
		page.copyBodyToResponse();
	}

	static boolean isAnonymous() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return signedIn == null || signedIn instanceof AnonymousAuthenticationToken;
	}

	private static String token(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, TOKEN_COOKIE);
		return (cookie != null) ? cookie.getValue() : null;
	}

	static String hash(byte[] body, String token) {
		String page = MASKED_TOKEN.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("$1$2");
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(page.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
