package jp.musubi.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.platform.security.CurrentUser;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How large a request body may be, judged before it is read. A body's size is known from
 * its Content-Length before a byte of it arrives; a body without one (chunked) is counted
 * as it is read and refused when it passes the limit, except a multipart body, which the
 * servlet container would parse (and spool to disk) on its own, out of any count: that
 * one must declare its length. A form or JSON body may be {@link #FORM} at most; the
 * modules' {@link LargeBodies} name the addresses that take more, and whom from.
 * <p>
 * Two filters apply it. The first runs before anything reads a body (Spring's form filter
 * reads whole PUT forms into memory, Spring Security's CSRF check makes the container
 * parse multipart bodies to find the token) and refuses what no caller may send to the
 * address. Who the caller is becomes known only inside the security filter chain; the
 * second filter sits there, just before the CSRF check, and refuses what this caller may
 * not send.
 */
public final class RequestBodyLimits {

	/**
	 * The most any form or JSON body takes: the largest form (a programme's texts in four
	 * languages, some 20,000 characters, up to nine bytes each when a browser
	 * percent-encodes Japanese) is under 200 KB.
	 */
	public static final DataSize FORM = DataSize.ofKilobytes(512);

	static final String COUNTED = RequestBodyLimits.class.getName() + ".counted";

	static final String REFUSED = RequestBodyLimits.class.getName() + ".refused";

	private final List<Rule> rules;

	RequestBodyLimits(List<LargeBodies> modules) {
		List<Rule> found = new ArrayList<>();
		for (LargeBodies module : modules) {
			for (BodyAllowance allowance : module.allowances()) {
				found.add(new Rule(allowance, PathPatternParser.defaultInstance.parse(allowance.path())));
			}
		}
		this.rules = List.copyOf(found);
	}

	/** The most any caller may send to the request's address. */
	long ceiling(HttpServletRequest request) {
		long ceiling = FORM.toBytes();
		for (Match match : matching(request)) {
			ceiling = Math.max(ceiling, match.rule().allowance().limit().toBytes());
		}
		return ceiling;
	}

	/** The most this caller may send to the request's address. */
	long limit(HttpServletRequest request, Optional<CurrentUser> person) {
		long limit = FORM.toBytes();
		for (Match match : matching(request)) {
			long allowed = match.rule().allowance().limit().toBytes();
			if (allowed > limit && match.rule().allowance().who().may(person, match.variables())) {
				limit = allowed;
			}
		}
		return limit;
	}

	boolean hasAllowances(HttpServletRequest request) {
		return !matching(request).isEmpty();
	}

	private List<Match> matching(HttpServletRequest request) {
		if (this.rules.isEmpty()) {
			return List.of();
		}
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		List<Match> matches = new ArrayList<>();
		for (Rule rule : this.rules) {
			if (rule.allowance().method().equals(method)) {
				PathPattern.PathMatchInfo info = rule.pattern().matchAndExtract(path);
				if (info != null) {
					matches.add(new Match(rule, info.getUriVariables()));
				}
			}
		}
		return matches;
	}

	/**
	 * -1 when the request carries no body; {@link Long#MAX_VALUE} when its length is
	 * unknown.
	 */
	static long declaredLength(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		if (length >= 0) {
			return (length == 0) ? -1 : length;
		}
		// HTTP/1.1 says so in Transfer-Encoding; HTTP/2 has no such header, and a request
		// there may carry a body of unknown length in any method that has one.
		boolean maybeBody = request.getHeader("Transfer-Encoding") != null
				|| (!"HTTP/1.1".equals(request.getProtocol()) && !"HTTP/1.0".equals(request.getProtocol())
						&& !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()));
		return maybeBody ? Long.MAX_VALUE : -1;
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
				MediaType.MULTIPART_FORM_DATA_VALUE.length());
	}

	/** 512KB, 25MB: a limit as the messages name it. */
	static String readable(long bytes) {
		long kilobytes = bytes / 1024;
		if (kilobytes >= 1024) {
			long megabytes = kilobytes / 1024;
			return (megabytes >= 1024 && megabytes % 1024 == 0) ? (megabytes / 1024) + "GB" : megabytes + "MB";
		}
		return kilobytes + "KB";
	}

	/**
	 * Caused by Spring's own upload refusal: the dispatcher servlet then leaves a
	 * multipart body unparsed while it renders the error page, instead of reading (and
	 * waiting for) the very body that was refused.
	 */
	static BodyRefused tooLarge(long limit) {
		return new BodyRefused(HttpStatus.CONTENT_TOO_LARGE, "platform.body.tooLarge",
				new MaxUploadSizeExceededException(limit), readable(limit));
	}

	static BodyRefused lengthRequired() {
		return new BodyRefused(HttpStatus.LENGTH_REQUIRED, "platform.body.lengthRequired",
				new MultipartException("a multipart body without its length"));
	}

	/**
	 * Answers with the refusal's status through the container's error page, its message
	 * (naming the limit) as the reason. The body is marked as taken by the application
	 * first: the container then parses no parameters from it, whoever asks for one while
	 * the error page is made (the language switch reads {@code ?lang=}), and only
	 * swallows what the client has already sent.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, BodyRefused refusal)
			throws IOException {
		try {
			request.getInputStream();
		}
		catch (IllegalStateException ex) {
			// Read as characters already: the container will not parse it either.
		}
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
		ErrorAnswers.send(request, response, refusal.status(), refusal.messageKey(), refusal.arguments());
	}

	private record Rule(BodyAllowance allowance, PathPattern pattern) {

	}

	private record Match(Rule rule, Map<String, String> variables) {

	}

	/**
	 * The first filter: what no caller may send to the address, before anything reads the
	 * body.
	 */
	static final class Early extends OncePerRequestFilter {

		private final RequestBodyLimits limits;

		Early(RequestBodyLimits limits) {
			this.limits = limits;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long length = declaredLength(request);
			if (length < 0) {
				chain.doFilter(request, response);
				return;
			}
			long ceiling = this.limits.ceiling(request);
			if (length != Long.MAX_VALUE && length > ceiling) {
				refuse(request, response, tooLarge(ceiling));
				return;
			}
			HttpServletRequest passed = request;
			if (length == Long.MAX_VALUE) {
				if (isMultipart(request)) {
					refuse(request, response, lengthRequired());
					return;
				}
				Counted counted = new Counted(request, ceiling);
				request.setAttribute(COUNTED, counted);
				passed = counted;
			}
			try {
				chain.doFilter(passed, response);
				// An advice may have answered the refusal thrown out of the stream as
				// unreadable input (400): the caller must hear what really happened.
				if (request.getAttribute(REFUSED) instanceof BodyRefused refused && !response.isCommitted()) {
					response.reset();
					refuse(request, response, refused);
				}
			}
			catch (BodyRefused ex) {
				refuseIfStillPossible(request, response, ex, ex);
			}
			catch (ServletException ex) {
				if (!(ex.getCause() instanceof BodyRefused refused)) {
					throw ex;
				}
				refuseIfStillPossible(request, response, refused, ex);
			}
		}

		private static void refuseIfStillPossible(HttpServletRequest request, HttpServletResponse response,
				BodyRefused refused, Exception thrown) throws IOException, ServletException {
			if (response.isCommitted()) {
				if (thrown instanceof ServletException servlet) {
					throw servlet;
				}
				throw refused;
			}
			response.reset();
			refuse(request, response, refused);
		}

	}

	/**
	 * The second filter, in the security filter chain before the CSRF check: what this
	 * caller may not send.
	 */
	static final class ForCaller extends OncePerRequestFilter {

		private final RequestBodyLimits limits;

		ForCaller(RequestBodyLimits limits) {
			this.limits = limits;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long length = declaredLength(request);
			if (length < 0 || !this.limits.hasAllowances(request)) {
				chain.doFilter(request, response);
				return;
			}
			long limit = this.limits.limit(request, person());
			if (length != Long.MAX_VALUE && length > limit) {
				refuse(request, response, tooLarge(limit));
				return;
			}
			if (request.getAttribute(COUNTED) instanceof Counted counted) {
				counted.tighten(limit);
			}
			chain.doFilter(request, response);
		}

		private static Optional<CurrentUser> person() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.isAuthenticated()
					&& authentication.getPrincipal() instanceof CurrentUser person) {
				return Optional.of(person);
			}
			return Optional.empty();
		}

	}

	/**
	 * Answers 413 for whatever a handler threw while its body was refused: a JSON reader
	 * reports the refusal thrown out of the stream as unreadable input, which a module's
	 * advice would answer as 400, and flush before the first filter could correct it. It
	 * comes before every advice.
	 */
	static final class RefusedWhileRead implements HandlerExceptionResolver, Ordered {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!(request.getAttribute(REFUSED) instanceof BodyRefused refused) || response.isCommitted()) {
				return null;
			}
			try {
				response.reset();
				refuse(request, response, refused);
			}
			catch (IOException io) {
				return null;
			}
			return new ModelAndView();
		}

		@Override
		public int getOrder() {
			// Right after Spring Boot's error attributes, which only note the exception.
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

	}

	/** A body of unknown length, counted as it is read. */
	static final class Counted extends HttpServletRequestWrapper {

		private volatile long limit;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		void tighten(long limit) {
			this.limit = Math.min(this.limit, limit);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream body;

		private final Counted request;

		private long read;

		CountingStream(ServletInputStream body, Counted request) {
			this.body = body;
			this.request = request;
		}

		@Override
		public int read() throws IOException {
			int b = this.body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			this.read += n;
			if (this.read > this.request.limit) {
				BodyRefused refused = tooLarge(this.request.limit);
				this.request.setAttribute(REFUSED, refused);
				throw refused;
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
