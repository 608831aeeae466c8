package jp.musubi.work.message.web;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.work.message.Conversations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of conversations with news, for the layout's header on every page. */
@ControllerAdvice
class UnreadMessages {

	private final Conversations conversations;

	UnreadMessages(Conversations conversations) {
		this.conversations = conversations;
	}

	@ModelAttribute("unreadMessages")
	long unread(@AuthenticationPrincipal Object principal) {
		return (principal instanceof CurrentUser user) ? this.conversations.unread(user.accountId()) : 0;
	}

}
