package jp.musubi.support;

import jakarta.servlet.Filter;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Gives the application back its own form-token store before every test. Spring
 * Security's {@code csrf()} request post-processor, which most MockMvc tests use, swaps
 * the store of the application's CSRF filter for one in the server session, for good: the
 * suite shares one application, so every later test, and every request of a real browser
 * to it, would meet a session-kept token that Musubi never uses (it keeps the token in a
 * cookie, so that visitors who only look start no session).
 */
public class RealFormTokens implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(FilterChainProxy.class).length == 0
				|| context.getBeanNamesForType(CsrfTokenRepository.class).length != 1) {
			return;
		}
		CsrfTokenRepository tokens = context.getBean(CsrfTokenRepository.class);
		for (SecurityFilterChain chain : context.getBean(FilterChainProxy.class).getFilterChains()) {
			for (Filter filter : chain.getFilters()) {
				if (filter instanceof CsrfFilter) {
					ReflectionTestUtils.setField(filter, "tokenRepository", tokens);
				}
			}
		}
	}

}
