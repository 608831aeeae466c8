package jp.musubi.platform.security;

/** Where the sign-in page is and how the platform tells it why a sign-in failed. */
public final class SignInPage {

	public static final String PATH = "/signin";

	/**
	 * Request attribute holding the message key of the failure, set before forwarding.
	 */
	public static final String FAILURE_REASON = "musubi.signInFailure";

	private SignInPage() {
	}

}
