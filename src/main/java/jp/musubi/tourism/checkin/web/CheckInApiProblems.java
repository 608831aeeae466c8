package jp.musubi.tourism.checkin.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.checkin.CheckInRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the usage API answers when it records nothing: {@code application/problem+json}
 * with the message key and the message in the caller's language (Accept-Language, else
 * the page's language), one entry per field. An unknown booking is a field's error; a
 * booking the rules refuse now (cancelled, outside its stay, already checked in) is a
 * conflict, 409.
 */
@RestControllerAdvice(assignableTypes = CheckInApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CheckInApiProblems {

	private final MessageSource messages;

	private final Dates dates;

	CheckInApiProblems(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	@ExceptionHandler(CheckInRefused.class)
	ResponseEntity<ProblemDetail> refused(CheckInRefused ex, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		String message = this.messages.getMessage(ex.messageKey(), Refusals.arguments(ex, this.dates), locale);
		if (ex.reason() == CheckInRefused.Reason.UNKNOWN) {
			return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("bookingNumber", ex.messageKey(), message)),
					locale, request);
		}
		return problem(HttpStatus.CONFLICT, List.of(new FieldProblem(null, ex.messageKey(), message)), locale, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		String key = "tourism.api.error.body";
		return problem(HttpStatus.BAD_REQUEST,
				List.of(new FieldProblem(null, key, this.messages.getMessage(key, null, locale))), locale, request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, List<FieldProblem> errors, Locale locale,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.get(0).message());
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messageKey", errors.get(0).messageKey());
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	record FieldProblem(String field, String messageKey, String message) {

	}

}
