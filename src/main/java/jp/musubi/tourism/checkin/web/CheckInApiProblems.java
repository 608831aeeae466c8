package jp.musubi.tourism.checkin.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.InputRefused;
import jp.musubi.tourism.checkin.CheckInRefused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
		Locale locale = locale(request);
		String message = this.messages.getMessage(ex.messageKey(), Refusals.arguments(ex, this.dates), locale);
		if (ex.reason() == CheckInRefused.Reason.UNKNOWN) {
			return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("bookingNumber", ex.messageKey(), message)),
					locale, request);
		}
		return problem(HttpStatus.CONFLICT, List.of(new FieldProblem(null, ex.messageKey(), message)), locale, request);
	}

	@ExceptionHandler(InputRefused.class)
	ResponseEntity<ProblemDetail> input(InputRefused ex, HttpServletRequest request) {
		return fields(new FieldsRefused(List.of(ex)), request);
	}

	@ExceptionHandler(FieldsRefused.class)
	ResponseEntity<ProblemDetail> fields(FieldsRefused ex, HttpServletRequest request) {
		Locale locale = locale(request);
		return problem(HttpStatus.BAD_REQUEST,
				ex.refusals()
					.stream()
					.map((refused) -> new FieldProblem(refused.field(), refused.messageKey(),
							this.messages.getMessage(refused.messageKey(), null, locale)))
					.toList(),
				locale, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		Locale locale = locale(request);
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

	/** Accept-Language as HTTP intends, else the language the pages use. */
	private static Locale locale(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Optional<Language> language = Language.fromTag(range.getRange());
					if (language.isPresent()) {
						return language.get().locale();
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header says nothing; fall back as if there were none.
			}
		}
		return Language.ofOrDefault(LocaleContextHolder.getLocale()).locale();
	}

	record FieldProblem(String field, String messageKey, String message) {

	}

	/** Several fields refused at once, each with its reason. */
	static class FieldsRefused extends RuntimeException {

		private final transient List<InputRefused> refusals;

		FieldsRefused(List<InputRefused> refusals) {
			super(refusals.toString());
			this.refusals = List.copyOf(refusals);
		}

		List<InputRefused> refusals() {
			return this.refusals;
		}

	}

}
