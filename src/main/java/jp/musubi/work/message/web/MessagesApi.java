package jp.musubi.work.message.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.work.message.Conversations;
import jp.musubi.work.message.MessageThread.Subject;
import jp.musubi.work.message.ThreadMessage;
import jp.musubi.work.request.web.Caller;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.WorkApi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conversations about a request and about a contract through the API, with the pages'
 * rules: a request's between its client and the agent, open to members' questions once
 * published; a contract's between its parties. Reading a conversation marks it read, as
 * opening it on the page does. A message is a person's words, so people call in person;
 * no organisation's token reads or writes them.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work")
@Tag(name = "work")
class MessagesApi {

	private final Conversations conversations;

	MessagesApi(Conversations conversations) {
		this.conversations = conversations;
	}

	@GetMapping("/messages")
	@Operation(summary = "The caller's conversations, those with unread messages first, then the latest, with what "
			+ "each is about, its last message and how many are unread: people in person only")
	Paged<ThreadSummary> inbox(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication) {
		return Paged.of(this.conversations.inbox(Caller.person(authentication).accountId(), Paging.of(page, size)),
				ThreadSummary::of);
	}

	@GetMapping("/messages/unread")
	@Operation(summary = "How many of the caller's conversations have messages they have not read: people in person "
			+ "only")
	Unread unread(Authentication authentication) {
		return new Unread(this.conversations.unread(Caller.person(authentication).accountId()));
	}

	@GetMapping("/requests/{id}/messages")
	@Operation(summary = "The conversation about a request, oldest first, marked read: its client and the agent's "
			+ "staff, and members once it is published; in person only (403 otherwise)")
	List<MessageView> requestThread(@PathVariable UUID id, Authentication authentication) {
		return read(authentication, Subject.REQUEST, id);
	}

	@PostMapping("/requests/{id}/messages")
	@Operation(summary = "Write in the conversation about a request (up to 4000 characters of plain text); "
			+ "everyone taking part is told: as for reading it (400 problem+json when refused)")
	ResponseEntity<MessageView> postToRequest(@PathVariable UUID id, @RequestBody NewMessage body,
			Authentication authentication) {
		return post(authentication, Subject.REQUEST, id, body);
	}

	@GetMapping("/contracts/{id}/messages")
	@Operation(summary = "The conversation about a contract, oldest first, marked read: the contract's member, its "
			+ "client's people and the agent's staff, in person only (403 otherwise)")
	List<MessageView> contractThread(@PathVariable UUID id, Authentication authentication) {
		return read(authentication, Subject.CONTRACT, id);
	}

	@PostMapping("/contracts/{id}/messages")
	@Operation(summary = "Write in the conversation about a contract (up to 4000 characters of plain text); "
			+ "everyone taking part is told: as for reading it (400 problem+json when refused)")
	ResponseEntity<MessageView> postToContract(@PathVariable UUID id, @RequestBody NewMessage body,
			Authentication authentication) {
		return post(authentication, Subject.CONTRACT, id, body);
	}

	private List<MessageView> read(Authentication authentication, Subject subject, UUID id) {
		return this.conversations.read(Caller.person(authentication), subject, id)
			.stream()
			.map(MessageView::of)
			.toList();
	}

	private ResponseEntity<MessageView> post(Authentication authentication, Subject subject, UUID id, NewMessage body) {
		CurrentUser author = Caller.person(authentication);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(MessageView.of(this.conversations.post(author, subject, id, body.body())));
	}

	record NewMessage(String body) {

	}

	/** How many conversations have messages the caller has not read. */
	record Unread(long count) {

	}

	record MessageView(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {

		static MessageView of(ThreadMessage message) {
			return new MessageView(message.id(), message.authorId(), message.authorName(), message.body(),
					message.createdAt());
		}

	}

	/**
	 * A conversation in the inbox: what it is about ({@code REQUEST} or {@code CONTRACT}
	 * and its id, the request and its title), its last message and how many messages the
	 * caller has not read.
	 */
	record ThreadSummary(UUID threadId, String subject, UUID subjectId, UUID requestId, String title, long unread,
			MessageView last) {

		static ThreadSummary of(Conversations.Inbox entry) {
			return new ThreadSummary(entry.thread().id(), entry.thread().subjectType().name(),
					entry.thread().subjectId(), entry.requestId(), entry.title(), entry.unread(),
					MessageView.of(entry.last()));
		}

	}

}
