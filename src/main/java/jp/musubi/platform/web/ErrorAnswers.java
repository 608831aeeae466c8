package jp.musubi.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.platform.refusal.InputRefused;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * How any part of Musubi answers a request it cannot serve: it says the status and, where
 * it knows better than the status, the reason as a message key; the one error controller
 * then writes the answer the caller can read: a page in the layout and the visitor's
 * language for a browser, {@code application/problem+json} with the detail in the
 * {@code Accept-Language} for a program. Filters, security handlers and controllers use
 * the same way, so no refusal escapes in the servlet container's English.
 */
public final class ErrorAnswers {

	/** The request attribute holding the reason, a {@link MessageSourceResolvable}. */
	static final String REASON = ErrorAnswers.class.getName() + ".reason";

	/**
	 * The request attribute holding the fields refused, a list of {@link InputRefused}.
	 */
	static final String FIELDS = ErrorAnswers.class.getName() + ".fields";

	private ErrorAnswers() {
	}

	/**
	 * Answers with the status and the generic words for it.
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws IOException {
		response.sendError(status.value());
	}

	/**
	 * Answers with the status, and the message of {@code messageKey} (with its arguments)
	 * as the reason a person reads.
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey, Object... arguments) throws IOException {
		because(request, messageKey, arguments);
		response.sendError(status.value());
	}

	/**
	 * Records the reason for an error answer another part sends (Spring Security's
	 * handlers, the servlet container).
	 */
	public static void because(HttpServletRequest request, String messageKey, Object... arguments) {
		request.setAttribute(REASON, new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments));
	}

	static void refusing(HttpServletRequest request, List<InputRefused> fields) {
		request.setAttribute(FIELDS, List.copyOf(fields));
	}

	/**
	 * Whether the caller is a program rather than a person's browser: everything under
	 * {@code /api/}, and any request that asks for JSON without asking for a page.
	 */
	public static boolean isApi(HttpServletRequest request) {
		String path = originalPath(request);
		if (path.startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			boolean json = types.stream()
				.anyMatch((type) -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			boolean html = types.stream()
				.anyMatch((type) -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
			return json && !html && !accept.startsWith("*/*");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The path the caller asked for, also while the error page for it is being written
	 * (when the request's own URI is the error controller's).
	 */
	public static String originalPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String text) ? text : request.getRequestURI();
		String context = request.getContextPath();
		return (uri != null && uri.startsWith(context)) ? uri.substring(context.length()) : String.valueOf(uri);
	}

	/** The query the caller sent, also while the error page for it is being written. */
	public static String originalQuery(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			return (query instanceof String text) ? text : null;
		}
		return request.getQueryString();
	}

}
