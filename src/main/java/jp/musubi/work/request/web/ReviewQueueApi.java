package jp.musubi.work.request.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.accounts.Accounts;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's review of new requests through the API, as on the review page: the queue,
 * oldest first, and for each request publishing it or returning it to its client with a
 * reason. The agent's staff in person only: the agent vouches for what it publishes.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work")
@Tag(name = "work")
class ReviewQueueApi {

	private final WorkRequests requests;

	private final Accounts accounts;

	private final MessageSource messages;

	ReviewQueueApi(WorkRequests requests, Accounts accounts, MessageSource messages) {
		this.requests = requests;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/review")
	@Operation(summary = "Requests waiting for the agent's review, oldest first: the agent's staff in person only")
	Paged<RequestSummary> queue(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(this.requests.awaitingReview(Caller.person(authentication), Paging.of(page, size)),
				(request) -> RequestSummary.of(request, RequestSummary.clientName(this.accounts, request), wording));
	}

	@PostMapping("/requests/{id}/publish")
	@Operation(summary = "Publish a reviewed request, so that members find it: the agent's staff in person only "
			+ "(409 problem+json when it is not waiting for review)")
	WorkRequestsApi.RequestView publish(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		this.requests.publish(Caller.person(authentication), id);
		return view(id, http);
	}

	@PostMapping("/requests/{id}/return")
	@Operation(summary = "Return a request to its client with the reason, up to 1000 characters of plain text: the "
			+ "agent's staff in person only (400 problem+json without a reason, 409 when it is not waiting for review)")
	WorkRequestsApi.RequestView giveBack(@PathVariable UUID id, @RequestBody Reason body, Authentication authentication,
			HttpServletRequest http) {
		CurrentUser agent = Caller.person(authentication);
		this.requests.returnToClient(agent, id, body.reason());
		return view(id, http);
	}

	private WorkRequestsApi.RequestView view(UUID id, HttpServletRequest http) {
		WorkRequest request = this.requests.find(id);
		return WorkRequestsApi.RequestView.of(request, RequestSummary.clientName(this.accounts, request),
				Wording.of(this.messages, http));
	}

}
