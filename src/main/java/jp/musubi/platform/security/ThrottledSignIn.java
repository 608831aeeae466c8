package jp.musubi.platform.security;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with a pause after repeated failures. Whether the account is
 * unconfirmed or disabled is only said after the right password was given: before that,
 * every failure looks the same, so nobody can learn from the sign-in form which addresses
 * have accounts.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditLog audit;

	ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks((user) -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("Account disabled");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("E-mail address not confirmed");
			}
		});
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String address = remoteAddress(authentication);
		if (this.throttle.isPaused(email, address)) {
			this.audit.recordNow(AuditAction.SIGN_IN_THROTTLED, null, null, AuditLog.maskEmail(email));
			throw new SignInPaused();
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.clear(email);
			if (result.getPrincipal() instanceof CurrentUser user) {
				this.audit.recordNow(AuditAction.SIGNED_IN, user.accountId(), user.accountId(), null);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(email, address);
			this.audit.recordNow(AuditAction.SIGN_IN_FAILED, null, null, AuditLog.maskEmail(email));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
