package jp.musubi.work.request.web;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.work.WorkAccess;

import org.springframework.security.core.Authentication;

/**
 * Who calls the work API: a person signed in through the browser, or a client
 * organisation's system with its token ({@link jp.musubi.platform.security.ApiClient}).
 */
public final class Caller {

	private Caller() {
	}

	/**
	 * The person calling, for what only a person does: a member proposes and logs hours
	 * as themselves, which no organisation's token can do for them.
	 */
	public static CurrentUser person(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		throw new WorkAccess.Refused("Only a person signed in may do this");
	}

}
