package jp.musubi.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.platform.refusal.InputRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

	private final MessageSource messages;

	private final Problems problems;

	ErrorPageController(MessageSource messages, Problems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = status(request);
		int worded = Problems.worded(status);
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
			writeProblem(request, response, status, reason, fields, reference);
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView page = new ModelAndView("platform/error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("kind", worded);
		page.addObject("reason", (reason != null) ? this.messages.getMessage(reason, locale) : null);
		page.addObject("fields", (fields != null) ? fields.stream()
			.map((field) -> this.messages.getMessage(field.messageKey(), field.arguments(), field.messageKey(), locale))
			.toList() : List.of());
		page.addObject("reference", reference);
		return page;
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status,
			MessageSourceResolvable reason, List<InputRefused> fields, String reference) throws IOException {
		this.problems.write(this.problems.problem(status, reason, fields, reference, request), request, response);
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value <= 599) {
			return value;
		}
		return 500;
	}

}
