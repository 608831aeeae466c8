package jp.musubi.work.request.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work requests through the API: a client posts one, in person or with the client
 * organisation's token, and follows its own; anyone reads a published one, as on its
 * page. Who may see or post what is the domain's decision.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work/requests")
@Tag(name = "work")
class WorkRequestsApi {

	private final WorkRequests requests;

	private final WorkProfiles profiles;

	private final WorkAccess access;

	private final Accounts accounts;

	private final MessageSource messages;

	WorkRequestsApi(WorkRequests requests, WorkProfiles profiles, WorkAccess access, Accounts accounts,
			MessageSource messages) {
		this.requests = requests;
		this.profiles = profiles;
		this.access = access;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One work request: published ones for everyone, the others for their client "
			+ "organisation (people or token) and the agent's staff (403 otherwise)")
	RequestView one(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		WorkRequest request;
		if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
			request = this.requests.view(client, id);
		}
		else {
			request = this.requests.view(person(authentication), id);
		}
		return view(request, http);
	}

	@PostMapping
	@Operation(summary = "Post a work request for the agent to review: a client in person, or a client "
			+ "organisation's token (400 problem+json with per-field errors when the input is refused)")
	ResponseEntity<RequestView> post(@Valid @RequestBody NewRequest body, Authentication authentication,
			HttpServletRequest http) {
		WorkRequest posted;
		if (authentication.getPrincipal() instanceof ApiClient client) {
			UUID organisation = (body.organisationId() != null) ? body.organisationId() : client.organisationId();
			posted = this.requests.post(client, organisation, body.toDetails(this.profiles.vocabulary()));
		}
		else {
			CurrentUser user = Caller.person(authentication);
			UUID organisation = (body.organisationId() != null) ? body.organisationId() : onlyClientOrganisation(user);
			posted = this.requests.post(user, organisation, body.toDetails(this.profiles.vocabulary()));
		}
		return ResponseEntity.created(URI.create("/api/v1/work/requests/" + posted.id())).body(view(posted, http));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a request while it may be changed, with the fields of a new one (organisationId is "
			+ "ignored): its client (people or token) while it is submitted or returned, and it goes back to the "
			+ "agent; the agent's staff while reviewing it (409 problem+json once it is published)")
	RequestView change(@PathVariable UUID id, @Valid @RequestBody NewRequest body, Authentication authentication,
			HttpServletRequest http) {
		WorkRequest changed = (authentication.getPrincipal() instanceof ApiClient client)
				? this.requests.change(client, id, body.toDetails(this.profiles.vocabulary()))
				: this.requests.change(Caller.person(authentication), id, body.toDetails(this.profiles.vocabulary()));
		return view(changed, http);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a request that is not contracted yet: its client's people or token (409 "
			+ "problem+json when it is contracted or withdrawn already)")
	RequestView withdraw(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		if (authentication.getPrincipal() instanceof ApiClient client) {
			this.requests.withdraw(client, id);
		}
		else {
			this.requests.withdraw(Caller.person(authentication), id);
		}
		return view(this.requests.find(id), http);
	}

	@GetMapping("/mine")
	@Operation(summary = "The requests of the caller's client organisations (a token: its own), newest first, "
			+ "with their status")
	Paged<RequestSummary> mine(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		Page<WorkRequest> found;
		if (authentication.getPrincipal() instanceof ApiClient client) {
			found = this.requests.ofClient(client, Paging.of(page, size));
		}
		else {
			found = this.requests.ofClient(Caller.person(authentication), Paging.of(page, size));
		}
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(found, (request) -> RequestSummary.of(request, clientName(request), wording));
	}

	/**
	 * The organisation a person orders for when they did not say: their only client
	 * organisation. Someone who orders for several must choose, as on the form.
	 */
	private UUID onlyClientOrganisation(CurrentUser user) {
		this.access.requireClient(user);
		List<OrganisationSummary> clients = this.access.clientOrganisations(user);
		if (clients.size() > 1) {
			throw new InputRefused("organisationId", "work.request.error.organisation");
		}
		return clients.get(0).id();
	}

	private static CurrentUser person(Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

	private String clientName(WorkRequest request) {
		return RequestSummary.clientName(this.accounts, request);
	}

	private RequestView view(WorkRequest request, HttpServletRequest http) {
		return RequestView.of(request, clientName(request), Wording.of(this.messages, http));
	}

	/**
	 * A work request in full. {@code returnReason} is set when the agent sent it back to
	 * its client, who alone (with the agent) can see it then.
	 */
	record RequestView(UUID id, String title, String description, String category, String categoryText, String pricing,
			long budget, Long hourlyRate, Integer estimatedHours, LocalDate deadline, boolean remote, String location,
			List<RequestSummary.SkillRef> skills, String status, String statusText, String returnReason,
			UUID clientOrganisationId, String clientName, Instant submittedAt, Instant publishedAt) {

		static RequestView of(WorkRequest request, String clientName, Wording wording) {
			return new RequestView(request.id(), request.title(), request.description(), request.category().name(),
					wording.of(request.category().messageKey()), request.pricing().name(), request.budget().amount(),
					RequestSummary.yen(request.hourlyRate()), request.estimatedHours(), request.deadline(),
					request.remote(), (request.location() != null) ? request.location().code() : null,
					RequestSummary.SkillRef.of(request, wording), request.status().name(),
					wording.of(request.status().messageKey()), request.returnReason(), request.clientOrganisationId(),
					clientName, request.submittedAt(), request.publishedAt());
		}

	}

}
