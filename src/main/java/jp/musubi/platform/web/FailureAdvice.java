package jp.musubi.platform.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.refusal.FieldsRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.musubi.platform.mail.MailQuota;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a controller did not answer itself becomes an error answer here, through
 * {@link ErrorAnswers}: what the caller got wrong is a 4xx with the reason in their
 * language, and anything else is a 500 whose cause is logged under a reference the caller
 * is shown. Modules answer their own refusals first (their advice comes before this one);
 * refusals of access are left to Spring Security, which knows whether to ask for a
 * sign-in.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FailureAdvice {

	private static final Logger log = LoggerFactory.getLogger(FailureAdvice.class);

	private static final String REFERENCE = FailureAdvice.class.getName() + ".reference";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final Problems problems;

	FailureAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InputRefused.class)
	ModelAndView refused(InputRefused ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		return refused(List.of(ex), request, response);
	}

	@ExceptionHandler(FieldsRefused.class)
	ModelAndView refused(FieldsRefused ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return refused(ex.refusals(), request, response);
	}

	/**
	 * A program is answered here, in the one problem shape ({@link Problems}); a browser
	 * gets the error page, with the reasons next to nothing changed.
	 */
	private ModelAndView refused(List<InputRefused> fields, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (ErrorAnswers.isApi(request) && !response.isCommitted()) {
			this.problems.write(this.problems.problem(HttpStatus.BAD_REQUEST.value(), null, fields, null, request),
					request, response);
			return new ModelAndView();
		}
		ErrorAnswers.refusing(request, fields);
		return answer(request, response, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer(request, response, HttpStatus.NOT_FOUND);
	}

	/**
	 * Too many mails asked for: the same answer whether anyone has the address, with when
	 * to try again.
	 */
	@ExceptionHandler(MailQuota.Exceeded.class)
	ModelAndView tooMany(MailQuota.Exceeded ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(ex.minutes() * 60));
		ErrorAnswers.because(request, "error.mailQuota", ex.minutes());
		return answer(request, response, HttpStatus.TOO_MANY_REQUESTS);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		unreadableBody(request, ex);
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView unreadableParts(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		unreadableBody(request, ex);
		return answer(request, response, HttpStatus.BAD_REQUEST);
	}

	/**
	 * An address naming something by an id that cannot be one ({@code /programmes/zzz})
	 * names nothing: 404, as for an id that is well formed but unknown.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		return answer(request, response, inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler({ TypeMismatchException.class, HttpMessageNotReadableException.class,
			MissingRequestValueException.class })
	ModelAndView unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer(request, response, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// Spring Security decides between a sign-in and a refusal.
			throw ex;
		}
		HttpStatus unreadable = UnreadableRequests.unreadable(request, ex);
		if (unreadable != null) {
			return answer(request, response, unreadable);
		}
		if (ex instanceof ErrorResponse known) {
			return answer(request, response, HttpStatus.valueOf(known.getStatusCode().value()));
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null) {
			return answer(request, response, declared.code());
		}
		String reference = newReference();
		request.setAttribute(REFERENCE, reference);
		log.error("Request failed [{}]: {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws IOException {
		if (response.isCommitted()) {
			log.warn("Could not answer {} to {} {}: the answer had begun", status.value(), request.getMethod(),
					request.getRequestURI());
			return new ModelAndView();
		}
		response.sendError(status.value());
		return new ModelAndView();
	}

	/**
	 * Kept as the request's error so that the error page's dispatch does not read the
	 * body again (and fail again) before writing the answer.
	 */
	private static void unreadableBody(HttpServletRequest request, MultipartException ex) {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
	}

	/** The reference under which this request's failure was logged, if it was. */
	static String reference(HttpServletRequest request) {
		return (String) request.getAttribute(REFERENCE);
	}

	/** A short reference a person can read out on the phone: eight letters and digits. */
	static String newReference() {
		char[] reference = new char[8];
		for (int i = 0; i < reference.length; i++) {
			reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(reference);
	}

}
