package jp.musubi.tourism.lead;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.platform.web.InputRefused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the lead API answers to refused input: problem+json with the field, the message
 * key for programs and the message in the caller's language for people.
 */
@RestControllerAdvice(assignableTypes = LeadApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadApiProblems {

	private final MessageSource messages;

	LeadApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InputRefused.class)
	ProblemDetail refused(InputRefused refused) {
		String message = this.messages.getMessage(refused.messageKey(), null, refused.messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("errors",
				List.of(Map.of("field", refused.field(), "code", refused.messageKey(), "message", message)));
		return problem;
	}

	@ExceptionHandler(Lead.WrongMove.class)
	ProblemDetail wrongMove(Lead.WrongMove wrong) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage("tourism.lead.error.wrongMove",
				new Object[] { this.messages.getMessage(wrong.from().messageKey(), null, locale),
						this.messages.getMessage(wrong.to().messageKey(), null, locale) },
				locale);
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
	}

}
