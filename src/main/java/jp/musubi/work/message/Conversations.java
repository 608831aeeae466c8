package jp.musubi.work.message;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.message.MessageThread.Subject;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations about a request or a contract. A request's conversation is between its
 * client and the agent while the agent reviews it, and open to members' questions once it
 * is published; a contract's is between its member, its client's people and the agent.
 * Everyone taking part hears of a new message by e-mail and sees it counted as unread
 * until they open the conversation.
 */
@Service
public class Conversations {

	private final MessageThreadRepository threads;

	private final ThreadMessageRepository messages;

	private final ThreadReaderRepository readers;

	private final WorkRequests requests;

	private final Contracts contracts;

	private final Accounts accounts;

	private final WorkAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Conversations(MessageThreadRepository threads, ThreadMessageRepository messages, ThreadReaderRepository readers,
			WorkRequests requests, Contracts contracts, Accounts accounts, WorkAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.threads = threads;
		this.messages = messages;
		this.readers = readers;
		this.requests = requests;
		this.contracts = contracts;
		this.accounts = accounts;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The conversation's messages, oldest first; opening it marks them read. */
	@Transactional
	public List<ThreadMessage> read(CurrentUser user, Subject subject, UUID subjectId) {
		requireParticipant(user, subject, subjectId);
		return this.threads.findBySubjectTypeAndSubjectId(subject, subjectId).map((thread) -> {
			reader(thread.id(), user.accountId(), Instant.EPOCH).readUntil(this.clock.instant());
			return this.messages.findByThreadIdOrderByCreatedAt(thread.id());
		}).orElse(List.of());
	}

	/**
	 * Writes a message.
	 * @throws InputRefused when the message is empty, too long or holds a character that
	 * cannot be shown
	 */
	@Transactional
	public ThreadMessage post(CurrentUser author, Subject subject, UUID subjectId, String body) {
		Set<UUID> parties = requireParticipant(author, subject, subjectId);
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InputRefused("body", "work.message.error.empty");
		}
		if (text.length() > ThreadMessage.BODY_LIMIT) {
			throw new InputRefused("body", "work.message.error.long");
		}
		UnusableCharacter.refuseIn("body", text);
		MessageThread thread = this.threads.findBySubjectTypeAndSubjectId(subject, subjectId)
			.orElseGet(() -> this.threads.save(new MessageThread(subject, subjectId, this.clock.instant())));
		Instant now = this.clock.instant();
		ThreadMessage message = this.messages
			.save(new ThreadMessage(thread.id(), author.accountId(), author.displayName(), text, now));
		parties.add(author.accountId());
		parties.forEach((party) -> reader(thread.id(), party, Instant.EPOCH));
		reader(thread.id(), author.accountId(), now).readUntil(now);
		this.events.publishEvent(new MessagePosted(thread.id(), message.id()));
		return message;
	}

	/** How many conversations have news for the user. */
	@Transactional(readOnly = true)
	public long unread(UUID accountId) {
		return this.readers.countUnread(accountId);
	}

	/**
	 * A page of the conversations the person takes part in, those with news first, then
	 * the latest, each with the title of the work it is about.
	 */
	@Transactional(readOnly = true)
	public Page<Inbox> inbox(UUID accountId, Pageable page) {
		// A person takes part in few conversations; they are sorted by news in memory and
		// only the page asked for is looked up further.
		List<Unread> all = this.readers.findByAccountId(accountId).stream().map((reader) -> {
			MessageThread thread = this.threads.findById(reader.threadId()).orElseThrow();
			List<ThreadMessage> messages = this.messages.findByThreadIdOrderByCreatedAt(thread.id());
			ThreadMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
			long unread = messages.stream()
				.filter((message) -> message.createdAt().isAfter(reader.lastReadAt())
						&& !message.authorId().equals(accountId))
				.count();
			return new Unread(thread, last, unread);
		})
			.filter((entry) -> entry.last() != null)
			.sorted(Comparator.comparing((Unread entry) -> entry.unread() == 0)
				.thenComparing((entry) -> entry.last().createdAt(), Comparator.reverseOrder()))
			.toList();
		int from = (int) Math.min(page.getOffset(), all.size());
		int to = Math.min(from + page.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), page, all.size()).map((entry) -> {
			UUID requestId = (entry.thread().subjectType() == Subject.REQUEST) ? entry.thread().subjectId()
					: this.contracts.find(entry.thread().subjectId()).requestId();
			return new Inbox(entry.thread(), requestId, this.requests.find(requestId).title(), entry.last(),
					entry.unread());
		});
	}

	/**
	 * Who takes part in the thread, to write to; the author of the message is left out.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> recipients(UUID threadId, UUID authorId) {
		return this.readers.findByThreadId(threadId)
			.stream()
			.map(ThreadReader::accountId)
			.filter((account) -> !account.equals(authorId))
			.map(this.accounts::person)
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<MessageThread> thread(UUID threadId) {
		return this.threads.findById(threadId);
	}

	@Transactional(readOnly = true)
	public Optional<ThreadMessage> message(UUID messageId) {
		return this.messages.findById(messageId);
	}

	/**
	 * Checks that the user may take part and returns the subject's standing parties (who
	 * are told of every message even before they write).
	 */
	private Set<UUID> requireParticipant(CurrentUser user, Subject subject, UUID subjectId) {
		Set<UUID> parties = new LinkedHashSet<>();
		if (subject == Subject.REQUEST) {
			WorkRequest request = this.requests.find(subjectId);
			boolean openQuestions = request.status() == RequestStatus.PUBLISHED && user.hasRole(Role.MEMBER);
			if (!openQuestions) {
				this.access.requireClientOrAgent(user, request.clientOrganisationId());
			}
			this.accounts.membersOf(request.clientOrganisationId()).forEach((person) -> parties.add(person.id()));
			this.accounts.agentStaff().forEach((person) -> parties.add(person.id()));
		}
		else {
			Contract contract = this.contracts.view(user, subjectId);
			parties.add(contract.memberId());
			this.accounts.membersOf(contract.clientOrganisationId()).forEach((person) -> parties.add(person.id()));
		}
		return parties;
	}

	private ThreadReader reader(UUID threadId, UUID accountId, Instant since) {
		return this.readers.findById(new ThreadReader.Key(threadId, accountId))
			.orElseGet(() -> this.readers.save(new ThreadReader(threadId, accountId, since)));
	}

	/**
	 * A conversation as the inbox lists it: what it is about, its last message and how
	 * many the reader has not seen.
	 */
	public record Inbox(MessageThread thread, UUID requestId, String title, ThreadMessage last, long unread) {

	}

	private record Unread(MessageThread thread, ThreadMessage last, long unread) {

	}

}
