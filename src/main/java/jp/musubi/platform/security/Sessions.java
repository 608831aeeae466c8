package jp.musubi.platform.security;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions of an account, on every node (they are in the database). When roles are
 * taken away, a password changes or an account is erased, the account's other sessions
 * end at once; when something about the person changes, their own session is brought up
 * to date.
 */
@Service
public class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account, the caller's own included if it is one. */
	public int endAll(UUID accountId) {
		var found = this.sessions.findByPrincipalName(accountId.toString());
		found.keySet().forEach(this.sessions::deleteById);
		return found.size();
	}

	/** Ends every session of the account except the one making this request. */
	public void endOthers(UUID accountId, HttpServletRequest request) {
		var current = request.getSession(false);
		String keep = (current != null) ? current.getId() : null;
		this.sessions.findByPrincipalName(accountId.toString())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keep))
			.forEach(this.sessions::deleteById);
	}

	/**
	 * Puts the up-to-date user into the current session, so the next page shows the
	 * change.
	 */
	public void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
