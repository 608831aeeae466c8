package jp.musubi.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.refusal.InputRefused;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The one shape of {@code application/problem+json} every API answers a refusal with: a
 * title and {@code detail} in the caller's language ({@code Accept-Language}, else the
 * page's), the {@code messageKey} to act on, the path as {@code instance}, and for
 * refused input one entry per field in {@code errors}, the first field's message as the
 * detail. Modules answer their own special cases with it too, so a client reads every
 * refusal the same way.
 */
@Component
public class Problems {

	/** Statuses with words of their own; others take those of 400 or 500. */
	private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 406, 409, 411, 413, 415, 422, 429, 500,
			503);

	/** The status whose words (title, detail, page) an answer of this status takes. */
	static int worded(int status) {
		return WORDED.contains(status) ? status : (status >= 500 ? 500 : 400);
	}

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The input refused, field by field: 400. */
	public ResponseEntity<ProblemDetail> refused(List<InputRefused> fields, HttpServletRequest request) {
		return answer(problem(HttpStatus.BAD_REQUEST.value(), null, fields, null, request), request);
	}

	ProblemDetail problem(int status, MessageSourceResolvable reason, List<InputRefused> fields, String reference,
			HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		int worded = worded(status);
		String key;
		String detail;
		if (reason != null) {
			key = reason.getCodes()[0];
			detail = this.messages.getMessage(reason, locale);
		}
		else if (fields != null && !fields.isEmpty()) {
			key = fields.get(0).messageKey();
			detail = message(key, fields.get(0).arguments(), locale);
		}
		else {
			key = "problem." + worded + ".detail";
			detail = message(key, locale);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(message("problem." + worded + ".title", locale));
		problem.setInstance(URI.create(safe(ErrorAnswers.originalPath(request))));
		problem.setProperty("messageKey", key);
		if (fields != null) {
			problem.setProperty("errors",
					fields.stream()
						.map((field) -> new FieldProblem(field.field(), field.messageKey(),
								message(field.messageKey(), field.arguments(), locale)))
						.toList());
		}
		if (reference != null) {
			problem.setProperty("reference", reference);
		}
		return problem;
	}

	/**
	 * Writes the problem as the whole answer, for what is answered outside Spring MVC.
	 */
	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", ApiLanguage.locale(request).toLanguageTag());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Content-Language", ApiLanguage.locale(request).toLanguageTag())
			.body(problem);
	}

	private String message(String key, Locale locale) {
		return message(key, null, locale);
	}

	private String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** The path as a URI reference, whatever odd characters the caller put in it. */
	private static String safe(String path) {
		try {
			return URI.create(path).toString();
		}
		catch (IllegalArgumentException ex) {
			return UriUtils.encodePath(path, StandardCharsets.UTF_8);
		}
	}

	/** One refused field: {@code field} is null for what no one field holds. */
	public record FieldProblem(String field, String messageKey, String message) {

	}

}
