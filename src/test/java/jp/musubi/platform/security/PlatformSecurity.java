package jp.musubi.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jp.musubi.platform.audit.AuditLog;

import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Musubi's own security filter chain in a test slice, for {@code jp.musubi.support}'s web
 * slice: the configuration and its beans are package-private, so only this package can
 * name them. The chain is the application's, unchanged; only what it needs for a sign-in
 * by form (which a slice never does: it signs in per request) is a mock.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import({ SecurityConfiguration.class, SignInOutcome.class })
// The sign-in throttle and the audit log write to the database; the chain only hands
// them to the form sign-in.
@MockitoBean(types = { SignInThrottle.class, AuditLog.class })
// The accounts module's people (CurrentUsers) are who signs in by form. Without one, Boot
// would make a user of its own with a generated password, and the chain a sign-in the
// application does not have.
@MockitoBean(types = UserDetailsService.class)
public @interface PlatformSecurity {

}
