package jp.musubi.tourism.booking.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.BookingRefused;
import jp.musubi.tourism.guest.web.GuestProfileApi;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the guest API answers when a booking or profile cannot be made as asked:
 * {@code application/problem+json} with the message key (for programs) and the message in
 * the caller's language (for people), the same words the pages show. Nothing is taken or
 * changed. Refusals of access are left to the platform (401 and 403).
 */
@RestControllerAdvice(assignableTypes = { GuestBookingsApi.class, GuestProfileApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GuestApiProblems {

	private final MessageSource messages;

	private final Dates dates;

	GuestApiProblems(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	@ExceptionHandler(BookingRefused.class)
	ResponseEntity<ProblemDetail> refused(BookingRefused refused, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		HttpStatus status = switch (refused.reason()) {
			case NOT_OFFERED -> HttpStatus.NOT_FOUND;
			case IN_THE_PAST, OUT_OF_SEASON, PARTY_SIZE, CODE_TOO_LONG -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
		String field = switch (refused.reason()) {
			case IN_THE_PAST, OUT_OF_SEASON -> "arrival";
			case PARTY_SIZE -> "partySize";
			case CODE_TOO_LONG -> "redemptionCode";
			default -> null;
		};
		String message = this.messages.getMessage(refused.messageKey(),
				StayInput.arguments(refused, this.dates, locale), locale);
		return problem(status, "tourism.api.problem.refused",
				List.of(new Problem(field, refused.messageKey(), message)), locale, request);
	}

	@ExceptionHandler(GuestBookingsApi.GuestNeeded.class)
	ResponseEntity<ProblemDetail> guestNeeded(HttpServletRequest request) {
		return invalid(null, "tourism.api.error.guestNeeded", request);
	}

	@ExceptionHandler(GuestBookingsApi.Input.class)
	ResponseEntity<ProblemDetail> missing(GuestBookingsApi.Input input, HttpServletRequest request) {
		return invalid(input.field(), input.messageKey(), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String text = String.valueOf(ex.getMessage());
		if (text.contains("LocalDate")) {
			return invalid("arrival", "tourism.booking.error.arrival.format", request);
		}
		if (text.contains("java.lang.Integer")) {
			return invalid("partySize", "tourism.booking.error.party.format", request);
		}
		return invalid(null, "tourism.api.problem.invalid", request);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> profile(BindException ex, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		List<Problem> problems = ex.getFieldErrors()
			.stream()
			.map((error) -> new Problem(error.getField(), error.getCode(), this.messages.getMessage(error, locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "tourism.api.problem.invalid", problems, locale, request);
	}

	private ResponseEntity<ProblemDetail> invalid(String field, String key, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		return problem(HttpStatus.BAD_REQUEST, "tourism.api.problem.invalid",
				List.of(new Problem(field, key, this.messages.getMessage(key, null, locale))), locale, request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, List<Problem> problems, Locale locale,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				problems.isEmpty() ? this.messages.getMessage(key, null, locale) : problems.get(0).message());
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messageKey", key);
		problem.setProperty("errors", problems);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** One thing wrong, with the field it is about if any. */
	record Problem(String field, String messageKey, String message) {

	}

}
