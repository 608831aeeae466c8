package jp.musubi.tourism.campaign.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.tourism.campaign.Campaign;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the segment and campaign API answers to refused input: problem+json with the
 * field, the message key for programs and the message in the caller's language for
 * people; a campaign that has gone already is a conflict.
 */
@RestControllerAdvice(assignableTypes = CampaignApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampaignApiProblems {

	private final MessageSource messages;

	CampaignApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Campaign.NoLongerScheduled.class)
	ProblemDetail gone(Campaign.NoLongerScheduled ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("tourism.campaign.noLongerScheduled", null, ApiLanguage.locale(request)));
		problem.setProperty("messageKey", "tourism.campaign.noLongerScheduled");
		return problem;
	}

}
