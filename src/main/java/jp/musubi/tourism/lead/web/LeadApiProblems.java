package jp.musubi.tourism.lead.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.tourism.lead.Lead;

import org.springframework.context.MessageSource;
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

	@ExceptionHandler(Lead.WrongMove.class)
	ProblemDetail wrongMove(Lead.WrongMove wrong, HttpServletRequest request) {
		Locale locale = ApiLanguage.locale(request);
		String message = this.messages.getMessage("tourism.lead.error.wrongMove",
				new Object[] { this.messages.getMessage(wrong.from().messageKey(), null, locale),
						this.messages.getMessage(wrong.to().messageKey(), null, locale) },
				locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
		problem.setProperty("messageKey", "tourism.lead.error.wrongMove");
		return problem;
	}

}
