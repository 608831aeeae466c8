package jp.musubi.platform.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartException;

/**
 * A body the servlet container cannot read as parameters (a multipart part whose file
 * name holds a NUL byte, a part over the size limit) fails wherever the parameters are
 * first read, often in a security filter before any controller. That is the caller's
 * doing, so it is a 400 (or 413) with the error page, not a 500; the failure is kept as
 * the request's error so that the error page does not try to read the body again.
 */
class UnreadableRequests implements Filter {

	private static final String UNREADABLE = UnreadableRequests.class.getName() + ".unreadable";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getAttribute(UNREADABLE) != null) {
			// The error page's dispatch: the container throws again at every read of
			// the parameters, so the page sees none.
			chain.doFilter(new WithoutParameters((HttpServletRequest) request), response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			HttpStatus status = unreadable((HttpServletRequest) request, ex);
			if (status == null) {
				throw ex;
			}
			ErrorAnswers.send((HttpServletRequest) request, (HttpServletResponse) response, status);
		}
	}

	/**
	 * The status for a failure to read the request's parameters or parts, or null for any
	 * other failure. The request is then marked, so that the error page's dispatch reads
	 * none. Controllers meet the same failure where they first read a parameter (a query
	 * whose bytes are not UTF-8, {@code ?q=%FF}), and their advice answers it so too.
	 */
	static HttpStatus unreadable(HttpServletRequest request, Throwable ex) {
		HttpStatus status = status(ex);
		if (status != null) {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Unreadable body", ex));
			request.setAttribute(UNREADABLE, Boolean.TRUE);
		}
		return status;
	}

	private static HttpStatus status(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeLimitExceededException || cause instanceof FileSizeLimitExceededException) {
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			if (cause instanceof InvalidParameterException || cause instanceof FileUploadException) {
				return HttpStatus.BAD_REQUEST;
			}
		}
		return null;
	}

	/** A request whose parameters and parts are not read: there are none to read. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
