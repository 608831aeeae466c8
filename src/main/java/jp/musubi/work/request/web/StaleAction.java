package jp.musubi.work.request.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.request.WorkRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An action on something that moved on meanwhile: a proposal accepted in another tab, a
 * contract finished while the page was open. The controllers answer the usual cases
 * themselves; anything left is a conflict with a page that says to reload, not an error.
 * It covers every page of the work exchange, whichever feature serves it; the API's
 * controllers are answered first, in the problem shape, by {@link WorkApiProblems}.
 */
@ControllerAdvice(basePackages = "jp.musubi.work")
class StaleAction {

	@ExceptionHandler({ WorkRequest.WrongStatus.class, Proposal.Closed.class, Contract.NotActive.class,
			Milestone.WrongMilestoneStatus.class, Contracts.AlreadyContracted.class })
	void conflict(HttpServletResponse response) throws IOException {
		// Through the error page, so that the page has its layout like every other.
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
