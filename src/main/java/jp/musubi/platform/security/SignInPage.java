package jp.musubi.platform.security;

import java.util.List;

/** Where the sign-in page is and how the platform tells it why a sign-in failed. */
public final class SignInPage {

	public static final String PATH = "/signin";

	/**
	 * The reasons a sign-in fails, as the {@code error} parameter of the sign-in page.
	 */
	public static final List<String> FAILURE_REASONS = List.of("credentials", "paused", "unconfirmed", "disabled");

	private SignInPage() {
	}

}
