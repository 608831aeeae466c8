package jp.musubi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jp.musubi.platform.money.YenInput;
import jp.musubi.platform.security.PlatformSecurity;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.Problems;
import jp.musubi.platform.web.PublicAddress;
import jp.musubi.work.message.Conversations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer of a few controllers, without the database: MockMvc in front of the
 * controllers named, with Musubi's real security chain, every {@code @ControllerAdvice}
 * and {@code WebMvcConfigurer} of the application (the layout, the language, the
 * refusals), the message bundles and the Thymeleaf templates, so a page renders as a
 * person reads it. What the controllers call is left to the test class to
 * {@code @MockitoBean}; what the shared advice calls is mocked here, once for every
 * slice. A test signs in per request with Spring Security's {@code user(...)} and a
 * {@code CurrentUser} it makes itself, as the application's sign-in would put it in the
 * session.
 *
 * <p>
 * What a slice does not see: the filters the application registers itself (forwarded
 * headers, body limits, shared public pages) and the error page, to which MockMvc does
 * not dispatch, so a refusal sent as an error shows only its status here. Those, and what
 * the services decide, stay with {@link MusubiTest}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebMvcTest
@PlatformSecurity
// Each of these is here because the slice does not start without it. What the advice
// and configuration picked up by @WebMvcTest need that is not itself web: FailureAdvice
// (and the work module's API advice) write problem+json through Problems, the tourism
// modules' API advice and the templates format times with Dates, and the language
// resolver and the security chain read the public address (cookies Secure on https).
// Amounts of yen are read and written by a Formatter, which @WebMvcTest does not pick up.
@Import({ Problems.class, Dates.class, YenInput.class })
@EnableConfigurationProperties(PublicAddress.class)
// UnreadMessages counts the signed-in person's unread conversations for the layout's
// header on every page.
@MockitoBean(types = Conversations.class)
public @interface MusubiWebTest {

	/** The controllers to put in the slice; the test mocks what they call. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
