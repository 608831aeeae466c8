package jp.musubi.work.request.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import jp.musubi.platform.web.Problems;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.upload.Uploads;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the work API answers when the input is wrong: {@code application/problem+json}
 * with one entry per field, each with the message key (for programs) and the message in
 * the caller's language (for people), the same words the pages show next to a field.
 * Unlike the pages, which ignore a filter they do not know, the API says so: a partner's
 * program that sends a typo should hear about it, not get unfiltered results. An action
 * on something that has moved on (a request already published, a proposal already
 * accepted) is a conflict, 409, in the same shape. Refusals of access are left to the
 * platform (401 and 403).
 */
@RestControllerAdvice(annotations = WorkApi.class)
// Before the platform's generic problem details, which would drop the per-field errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkApiProblems {

	private final MessageSource messages;

	private final Problems problems;

	WorkApiProblems(MessageSource messages, Problems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Wording wording = Wording.of(this.messages, request);
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach((error) -> errors.add(FieldProblem.of(error, wording)));
		ex.getBindingResult().getGlobalErrors().forEach((error) -> errors.add(FieldProblem.of(null, error, wording)));
		return badRequest(errors, wording, request);
	}

	private ResponseEntity<ProblemDetail> refused(InputRefused ex, HttpServletRequest request) {
		return this.problems.refused(List.of(ex), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		Wording wording = Wording.of(this.messages, request);
		return badRequest(List.of(FieldProblem.unreadable(ex.getName(), ex.getRequiredType(), wording)), wording,
				request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		Wording wording = Wording.of(this.messages, request);
		JacksonException json = cause(ex, JacksonException.class);
		String field = (json != null) ? path(json) : null;
		if (field == null || field.isEmpty()) {
			return badRequest(List.of(new FieldProblem(null, "work.api.error.body", wording.of("work.api.error.body"))),
					wording, request);
		}
		Class<?> type = (json instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		return badRequest(List.of(FieldProblem.unreadable(field, type, wording)), wording, request);
	}

	@ExceptionHandler(Uploads.Refused.class)
	ResponseEntity<ProblemDetail> file(Uploads.Refused ex, HttpServletRequest request) {
		return refused(new InputRefused("file", ex.messageKey()), request);
	}

	@ExceptionHandler(WorkProfile.TooManySkills.class)
	ResponseEntity<ProblemDetail> tooManySkills(HttpServletRequest request) {
		return refused(new InputRefused("skillId", "work.profile.error.tooManySkills"), request);
	}

	@ExceptionHandler(Proposal.Closed.class)
	ResponseEntity<ProblemDetail> closed(HttpServletRequest request) {
		return conflict("work.proposal.error.notOpen", request);
	}

	@ExceptionHandler(Contracts.AlreadyContracted.class)
	ResponseEntity<ProblemDetail> contracted(HttpServletRequest request) {
		return conflict("work.contract.error.already", request);
	}

	@ExceptionHandler(WorkRequest.WrongStatus.class)
	ResponseEntity<ProblemDetail> notEditable(HttpServletRequest request) {
		return conflict("work.request.error.notEditable", request);
	}

	@ExceptionHandler({ Milestone.WrongMilestoneStatus.class, Contract.NotActive.class })
	ResponseEntity<ProblemDetail> milestoneStatus(HttpServletRequest request) {
		return conflict("work.milestone.error.status", request);
	}

	@ExceptionHandler(Contract.NoSuchMilestone.class)
	ResponseEntity<ProblemDetail> noSuchMilestone(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * What the caller asked for cannot be done in the state the thing is in now (someone
	 * else acted first, or it moved on): 409, with the words the page shows.
	 */
	private ResponseEntity<ProblemDetail> conflict(String key, HttpServletRequest request) {
		Wording wording = Wording.of(this.messages, request);
		return problem(HttpStatus.CONFLICT, key, List.of(new FieldProblem(null, key, wording.of(key))), wording,
				request);
	}

	private static ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> errors, Wording wording,
			HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "work.api.problem.invalid", errors, wording, request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, List<FieldProblem> errors,
			Wording wording, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, wording.of(key));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messageKey", key);
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The JSON path of the value that did not fit, as a client would name it. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * One field that was refused: its name as the caller sent it, the message key and the
	 * message in the caller's language.
	 */
	record FieldProblem(String field, String messageKey, String message) {

		static FieldProblem of(FieldError error, Wording wording) {
			return of(error.getField(), error, wording);
		}

		/**
		 * The most specific wording the bundles have (NotBlank.title before NotBlank),
		 * then the key the constraint itself names ({validation.plainText}).
		 */
		static FieldProblem of(String field, ObjectError error, Wording wording) {
			for (String code : (error.getCodes() != null) ? error.getCodes() : new String[0]) {
				String text = wording.messages().getMessage(code, error.getArguments(), null, wording.locale());
				if (text != null) {
					return new FieldProblem(field, code, text);
				}
			}
			if (error.contains(ConstraintViolation.class)) {
				String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
				if (template.startsWith("{") && template.endsWith("}")) {
					String key = template.substring(1, template.length() - 1);
					String text = wording.messages().getMessage(key, null, null, wording.locale());
					if (text != null) {
						return new FieldProblem(field, key, text);
					}
				}
			}
			return new FieldProblem(field, error.getCode(), error.getDefaultMessage());
		}

		/**
		 * A value that is not of its type: for a choice, the values there are; for a
		 * number or a date, how to write one.
		 */
		static FieldProblem unreadable(String field, Class<?> type, Wording wording) {
			if (type != null && (type.isEnum() || type == Boolean.class || type == boolean.class)) {
				String choices = type.isEnum() ? Arrays.stream(type.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name())
					.collect(Collectors.joining(", ")) : "true, false";
				return new FieldProblem(field, "work.api.error.choice", wording.of("work.api.error.choice", choices));
			}
			String specific = (type != null) ? "typeMismatch." + type.getName() : null;
			if (specific != null && wording.messages().getMessage(specific, null, null, wording.locale()) != null) {
				return new FieldProblem(field, specific, wording.of(specific));
			}
			return new FieldProblem(field, "typeMismatch", wording.of("typeMismatch"));
		}

	}

}
