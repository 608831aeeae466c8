package jp.musubi.work.notify;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.work.contract.ContractMade;
import jp.musubi.work.message.MessagePosted;
import jp.musubi.work.contract.MilestoneDelivered;
import jp.musubi.work.contract.MilestoneInspected;
import jp.musubi.work.proposal.ProposalReceived;
import jp.musubi.work.request.RequestPublished;
import jp.musubi.work.request.RequestReturned;
import jp.musubi.work.request.RequestSubmitted;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractRepository;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.contract.MilestoneStatus;
import jp.musubi.work.message.Conversations;
import jp.musubi.work.message.MessageThread;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequestRepository;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people by e-mail what happened in the work exchange, each in their own language.
 * The mails are written in the change's own transaction, so they go exactly when the
 * change is kept, before it is answered, and once to each person per event (see
 * {@link MailListener}).
 */
@Component
class WorkMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final Accounts accounts;

	private final WorkRequestRepository requests;

	private final ProposalRepository proposals;

	private final ContractRepository contracts;

	private final Conversations conversations;

	WorkMails(Mailer mailer, MessageSource messages, Accounts accounts, WorkRequestRepository requests,
			ProposalRepository proposals, ContractRepository contracts, Conversations conversations) {
		this.mailer = mailer;
		this.messages = messages;
		this.accounts = accounts;
		this.requests = requests;
		this.proposals = proposals;
		this.contracts = contracts;
		this.conversations = conversations;
	}

	@MailListener
	void on(RequestSubmitted event) {
		this.requests.findById(event.requestId())
			.ifPresent((request) -> notify(event.eventId(), this.accounts.agentStaff(), "work.notice.submitted",
					List.of(request.title()), null, "/work/requests/" + request.id()));
	}

	@MailListener
	void on(RequestReturned event) {
		this.requests.findById(event.requestId())
			.ifPresent((request) -> notify(event.eventId(), this.accounts.membersOf(request.clientOrganisationId()),
					"work.notice.returned", List.of(request.title()), request.returnReason(),
					"/work/requests/" + request.id()));
	}

	@MailListener
	void on(RequestPublished event) {
		this.requests.findById(event.requestId())
			.ifPresent((request) -> notify(event.eventId(), this.accounts.membersOf(request.clientOrganisationId()),
					"work.notice.published", List.of(request.title()), null, "/work/requests/" + request.id()));
	}

	@MailListener
	void on(ProposalReceived event) {
		this.proposals.findById(event.proposalId()).ifPresent((proposal) -> {
			WorkRequest request = this.requests.findById(proposal.requestId()).orElseThrow();
			notify(event.eventId(), this.accounts.membersOf(request.clientOrganisationId()), "work.notice.proposal",
					List.of(request.title()), null, "/work/requests/" + request.id() + "/proposals");
		});
	}

	@MailListener
	void on(ContractMade event) {
		this.contracts.findById(event.contractId()).ifPresent((contract) -> {
			String title = titleOf(contract);
			String path = "/work/contracts/" + contract.id();
			this.accounts.person(contract.memberId())
				.ifPresent((member) -> notify(event.eventId(), List.of(member), "work.notice.contract", List.of(title),
						null, path));
			notify(event.eventId(), this.accounts.membersOf(contract.clientOrganisationId()), "work.notice.contract",
					List.of(title), null, path);
		});
	}

	@MailListener
	void on(MilestoneDelivered event) {
		this.contracts.findById(event.contractId()).ifPresent((contract) -> {
			Milestone milestone = contract.milestone(event.milestoneId());
			notify(event.eventId(), this.accounts.membersOf(contract.clientOrganisationId()), "work.notice.delivered",
					List.of(titleOf(contract), milestone.title()), null, "/work/contracts/" + contract.id());
		});
	}

	@MailListener
	void on(MilestoneInspected event) {
		this.contracts.findById(event.contractId()).ifPresent((contract) -> {
			Milestone milestone = contract.milestone(event.milestoneId());
			boolean accepted = milestone.status() == MilestoneStatus.ACCEPTED;
			this.accounts.person(contract.memberId())
				.ifPresent((member) -> notify(event.eventId(), List.of(member),
						accepted ? "work.notice.accepted" : "work.notice.rework",
						List.of(titleOf(contract), milestone.title()), accepted ? null : milestone.reworkReason(),
						"/work/contracts/" + contract.id()));
		});
	}

	@MailListener
	void on(MessagePosted event) {
		this.conversations.message(event.messageId())
			.ifPresent((message) -> this.conversations.thread(message.threadId()).ifPresent((thread) -> {
				String path = (thread.subjectType() == MessageThread.Subject.REQUEST)
						? "/work/requests/" + thread.subjectId() + "/messages"
						: "/work/contracts/" + thread.subjectId() + "/messages";
				UUID requestId = (thread.subjectType() == MessageThread.Subject.REQUEST) ? thread.subjectId()
						: this.contracts.findById(thread.subjectId()).map(Contract::requestId).orElse(null);
				String title = (requestId != null)
						? this.requests.findById(requestId).map(WorkRequest::title).orElse("") : "";
				notify(event.eventId(), this.conversations.recipients(thread.id(), message.authorId()),
						"work.notice.message", List.of(message.authorName(), title), message.body(), path);
			}));
	}

	private void notify(UUID eventId, Collection<PersonSummary> people, String headlineKey, List<String> arguments,
			String detail, String path) {
		for (PersonSummary person : people) {
			String headline = this.messages.getMessage(headlineKey, arguments.toArray(), person.language().locale());
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", person.displayName());
			model.put("headline", headline);
			model.put("detail", (detail != null) ? detail : "");
			model.put("path", path);
			this.mailer.once("work:" + eventId + ":" + person.id())
				.send(person.email(), person.language().locale(), "work-notice", new Object[] { headline }, model);
		}
	}

	private String titleOf(Contract contract) {
		return this.requests.findById(contract.requestId()).map(WorkRequest::title).orElse("");
	}

}
