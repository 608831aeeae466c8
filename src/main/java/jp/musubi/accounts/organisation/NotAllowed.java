package jp.musubi.accounts.organisation;

import org.springframework.security.access.AccessDeniedException;

/**
 * The person may not do this to this organisation: they are not its member or not its
 * owner.
 */
public class NotAllowed extends AccessDeniedException {

	public NotAllowed(String what) {
		super(what);
	}

}
