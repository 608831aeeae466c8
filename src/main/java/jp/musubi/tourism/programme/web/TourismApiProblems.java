package jp.musubi.tourism.programme.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.tourism.facility.web.FacilitiesApi;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the CRM's setup API (a facility's description and capacities, the agent's
 * programmes) answers when the input is wrong: {@code application/problem+json} with one
 * entry per field, its message key and the message in the caller's language, the words
 * the pages show next to the field. Nothing was changed. Refusals of access are left to
 * the platform (401 and 403). One advice names both APIs, so that a facility and the
 * agent read the same shape of answer; it sits with the programmes' API.
 */
@RestControllerAdvice(assignableTypes = { FacilitiesApi.class, ProgrammesApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TourismApiProblems {

	private final MessageSource messages;

	TourismApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach((error) -> errors.add(problem(error, locale)));
		return badRequest(errors, locale, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		String key = "tourism.api.error.body";
		return badRequest(List.of(new FieldProblem(null, key, this.messages.getMessage(key, null, locale))), locale,
				request);
	}

	/**
	 * The constraint's own message when it names one ({tourism.capacity.error.units}), as
	 * the pages show; else the bundles' words for the constraint.
	 */
	private FieldProblem problem(FieldError error, Locale locale) {
		if (error.contains(ConstraintViolation.class)) {
			String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
			if (template.startsWith("{tourism.") && template.endsWith("}")) {
				String key = template.substring(1, template.length() - 1);
				return new FieldProblem(error.getField(), key, this.messages.getMessage(key, null, locale));
			}
		}
		return new FieldProblem(error.getField(), error.getCode(), this.messages.getMessage(error, locale));
	}

	private ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> errors, Locale locale,
			HttpServletRequest request) {
		String key = "tourism.api.problem.invalid";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messageKey", key);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** One refused field: its name as the caller sent it, the key and the message. */
	record FieldProblem(String field, String messageKey, String message) {

	}

}
