package jp.musubi.platform.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because too many attempts failed for the address in the window. */
class SignInPaused extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	SignInPaused() {
		super("Sign-in paused after repeated failures");
	}

}
