package jp.musubi.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.platform.refusal.InputRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import jp.musubi.platform.i18n.ApiLanguage;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place error answers are written, for whatever sent them: a controller's
 * refusal, Spring Security, a filter, the servlet container. A browser gets a page in the
 * layout and its language (so the header, the language switch and the way home are
 * there); a program gets {@code application/problem+json} with a {@code detail} in the
 * language its {@code Accept-Language} asks for and a {@code messageKey} to act on. A
 * server fault is logged with a short reference that the page and the problem show, so
 * that what a person reports can be found in the log without showing them a trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	/** Statuses with words of their own; others take those of 400 or 500. */
	private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 406, 409, 411, 413, 415, 422, 429, 500,
			503);

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorPageController(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = status(request);
		int worded = WORDED.contains(status) ? status : (status >= 500 ? 500 : 400);
		String reference = (status >= 500) ? FailureAdvice.reference(request) : null;
		if (status >= 500 && reference == null) {
			reference = FailureAdvice.newReference();
			Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			log.error("Request failed [{}]: {} {} answered {}", reference, request.getMethod(),
					ErrorAnswers.originalPath(request), status, failure);
		}
		MessageSourceResolvable reason = (MessageSourceResolvable) request.getAttribute(ErrorAnswers.REASON);
		@SuppressWarnings("unchecked")
		List<InputRefused> fields = (List<InputRefused>) request.getAttribute(ErrorAnswers.FIELDS);
		if (ErrorAnswers.isApi(request)) {
			writeProblem(request, response, status, worded, reason, fields, reference);
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView page = new ModelAndView("platform/error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("kind", worded);
		page.addObject("reason", (reason != null) ? this.messages.getMessage(reason, locale) : null);
		page.addObject("fields", (fields != null)
				? fields.stream().map((field) -> message(field.messageKey(), locale)).toList() : List.of());
		page.addObject("reference", reference);
		return page;
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, int worded,
			MessageSourceResolvable reason, List<InputRefused> fields, String reference) throws IOException {
		Locale locale = ApiLanguage.locale(request);
		String key = (reason != null) ? reason.getCodes()[0] : "problem." + worded + ".detail";
		String detail = (reason != null) ? this.messages.getMessage(reason, locale)
				: message("problem." + worded + ".detail", locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(message("problem." + worded + ".title", locale));
		problem.setInstance(URI.create(safe(ErrorAnswers.originalPath(request))));
		problem.setProperty("messageKey", key);
		if (fields != null) {
			problem.setProperty("errors",
					fields.stream()
						.map((field) -> Map.of("field", String.valueOf(field.field()), "messageKey", field.messageKey(),
								"message", message(field.messageKey(), locale)))
						.toList());
		}
		if (reference != null) {
			problem.setProperty("reference", reference);
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale.toLanguageTag());
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value <= 599) {
			return value;
		}
		return 500;
	}

	/** The path as a URI reference, whatever odd characters the caller put in it. */
	private static String safe(String path) {
		try {
			return URI.create(path).toString();
		}
		catch (IllegalArgumentException ex) {
			return org.springframework.web.util.UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
