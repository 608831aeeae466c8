package jp.musubi.work.request;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.musubi.work.upload.IncomingFile;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.upload.StoredUpload;
import jp.musubi.work.upload.Uploads;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work requests from posting to publication. A client posts for one of their
 * organisations; the agent's staff review, correct, return with a reason or publish.
 * Published requests are for everyone to see; the others only for the client and the
 * agent.
 */
@Service
public class WorkRequests {

	public static final int MAX_ATTACHMENTS = 5;

	public static final int RETURN_REASON_LIMIT = 1000;

	private final WorkRequestRepository requests;

	private final AttachmentRepository attachments;

	private final WorkAccess access;

	private final Uploads uploads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkRequests(WorkRequestRepository requests, AttachmentRepository attachments, WorkAccess access, Uploads uploads,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.attachments = attachments;
		this.access = access;
		this.uploads = uploads;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public WorkRequest post(CurrentUser client, UUID organisationId, RequestDetails details) {
		this.access.requireClientOf(client, organisationId);
		WorkRequest request = this.requests
			.save(WorkRequest.post(organisationId, client.accountId(), details, this.clock));
		this.events.publishEvent(new RequestSubmitted(request.id()));
		return request;
	}

	/**
	 * A client organisation's system posts a request through the API. No person posted
	 * it, so the request records the token as its author: the token's id stands where a
	 * person's account id would.
	 */
	@Transactional
	public WorkRequest post(ApiClient client, UUID organisationId, RequestDetails details) {
		this.access.requireOwnOrganisation(client, organisationId);
		this.access.requireClientOrganisation(client);
		WorkRequest request = this.requests
			.save(WorkRequest.post(organisationId, client.tokenId(), details, this.clock));
		this.events.publishEvent(new RequestSubmitted(request.id()));
		return request;
	}

	/** The client changes the request, or the agent corrects it while reviewing. */
	@Transactional
	public WorkRequest change(CurrentUser user, UUID requestId, RequestDetails details) {
		WorkRequest request = find(requestId);
		if (this.access.isClientOf(user, request.clientOrganisationId())) {
			request.revise(details, this.clock);
			this.events.publishEvent(new RequestSubmitted(request.id()));
		}
		else {
			this.access.requireAgentStaff(user);
			request.edit(details, this.clock);
		}
		return request;
	}

	/**
	 * A client organisation's system changes one of its requests while it may be changed,
	 * as the client's people would; it goes (back) to the agent.
	 */
	@Transactional
	public WorkRequest change(ApiClient client, UUID requestId, RequestDetails details) {
		WorkRequest request = find(requestId);
		this.access.requireOwnOrganisation(client, request.clientOrganisationId());
		request.revise(details, this.clock);
		this.events.publishEvent(new RequestSubmitted(request.id()));
		return request;
	}

	/**
	 * The agent returns the request to its client, saying what to change.
	 * @throws InputRefused when the reason is missing, too long or holds a character that
	 * cannot be shown
	 */
	@Transactional
	public void returnToClient(CurrentUser agent, UUID requestId, String reason) {
		this.access.requireAgentStaff(agent);
		WorkRequest request = find(requestId);
		String text = JapaneseText.normalize((reason != null) ? reason : "");
		if (text.isEmpty() || text.length() > RETURN_REASON_LIMIT) {
			throw new InputRefused("reason", "work.request.error.reason");
		}
		UnusableCharacter.refuseIn("reason", reason);
		request.returnToClient(text, this.clock);
		this.events.publishEvent(new RequestReturned(request.id()));
	}

	@Transactional
	public void publish(CurrentUser agent, UUID requestId) {
		this.access.requireAgentStaff(agent);
		WorkRequest request = find(requestId);
		request.publish(this.clock);
		this.events.publishEvent(new RequestPublished(request.id()));
	}

	@Transactional
	public void withdraw(CurrentUser client, UUID requestId) {
		WorkRequest request = find(requestId);
		this.access.requireClientOf(client, request.clientOrganisationId());
		request.withdraw();
	}

	/** A client organisation's system withdraws one of its requests. */
	@Transactional
	public void withdraw(ApiClient client, UUID requestId) {
		WorkRequest request = find(requestId);
		this.access.requireOwnOrganisation(client, request.clientOrganisationId());
		request.withdraw();
	}

	/**
	 * The request as this user may see it: published for all, otherwise client and agent
	 * only.
	 */
	@Transactional(readOnly = true)
	public WorkRequest view(CurrentUser viewer, UUID requestId) {
		WorkRequest request = find(requestId);
		if (isForEveryone(request)) {
			return request;
		}
		if (viewer == null) {
			throw new WorkAccess.Refused("Not published");
		}
		this.access.requireClientOrAgent(viewer, request.clientOrganisationId());
		return request;
	}

	/**
	 * The request as an organisation's token may see it: published for all, otherwise
	 * only the organisation's own.
	 */
	@Transactional(readOnly = true)
	public WorkRequest view(ApiClient client, UUID requestId) {
		WorkRequest request = find(requestId);
		if (!isForEveryone(request)) {
			this.access.requireOwnOrganisation(client, request.clientOrganisationId());
		}
		return request;
	}

	private static boolean isForEveryone(WorkRequest request) {
		return request.status() == RequestStatus.PUBLISHED || request.status() == RequestStatus.CONTRACTED
				|| request.status() == RequestStatus.COMPLETED;
	}

	/** The request for someone who may manage it: its client or the agent. */
	@Transactional(readOnly = true)
	public WorkRequest manage(CurrentUser user, UUID requestId) {
		WorkRequest request = find(requestId);
		this.access.requireClientOrAgent(user, request.clientOrganisationId());
		return request;
	}

	@Transactional(readOnly = true)
	public Page<WorkRequest> ofMyOrganisations(CurrentUser client, Pageable page) {
		List<UUID> organisations = this.access.clientOrganisations(client)
			.stream()
			.map(OrganisationSummary::id)
			.toList();
		return this.requests.findByClientOrganisationIdInOrderByCreatedAtDesc(organisations, page);
	}

	/**
	 * The requests of the client organisations the person orders for; refused to someone
	 * who orders for none, where the page would show an empty list.
	 */
	@Transactional(readOnly = true)
	public Page<WorkRequest> ofClient(CurrentUser client, Pageable page) {
		this.access.requireClient(client);
		return ofMyOrganisations(client, page);
	}

	/** The requests of the token's organisation, which must be a client. */
	@Transactional(readOnly = true)
	public Page<WorkRequest> ofClient(ApiClient client, Pageable page) {
		this.access.requireClientOrganisation(client);
		return this.requests.findByClientOrganisationIdInOrderByCreatedAtDesc(List.of(client.organisationId()), page);
	}

	@Transactional(readOnly = true)
	public Page<WorkRequest> awaitingReview(CurrentUser agent, Pageable page) {
		this.access.requireAgentStaff(agent);
		return this.requests.findByStatusOrderBySubmittedAtAsc(RequestStatus.SUBMITTED, page);
	}

	@Transactional
	public Attachment attach(CurrentUser client, UUID requestId, IncomingFile file) {
		WorkRequest request = find(requestId);
		this.access.requireClientOf(client, request.clientOrganisationId());
		if (request.status() != RequestStatus.SUBMITTED && request.status() != RequestStatus.RETURNED) {
			throw new WorkRequest.WrongStatus(request.status());
		}
		if (this.attachments.countByRequestId(requestId) >= MAX_ATTACHMENTS) {
			throw new Uploads.Refused("work.upload.error.tooMany");
		}
		StoredUpload upload = this.uploads.store("work-attachments", file);
		return this.attachments.save(new Attachment(requestId, upload.key(), upload.filename(), upload.contentType(),
				upload.size(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(UUID requestId) {
		return this.attachments.findByRequestIdOrderByUploadedAt(requestId);
	}

	/** An attachment for someone who may see its request. */
	@Transactional(readOnly = true)
	public Attachment attachment(CurrentUser viewer, UUID attachmentId) {
		Attachment attachment = this.attachments.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
		view(viewer, attachment.requestId());
		return attachment;
	}

	public WorkRequest find(UUID requestId) {
		return this.requests.findById(requestId).orElseThrow(() -> notFound(requestId));
	}

	/**
	 * The request, locked until the caller's transaction ends: whoever accepts a proposal
	 * holds it, so a second acceptance waits and then finds the work taken instead of
	 * deadlocking on the proposals both would change.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public WorkRequest lockForContract(UUID requestId) {
		return this.requests.findLocked(requestId).orElseThrow(() -> notFound(requestId));
	}

	private static NotFound notFound(UUID id) {
		return new NotFound("work request", id);
	}

}
