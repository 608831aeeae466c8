package jp.musubi.platform.web;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Forgets the shared public pages before every test: the suite shares one application,
 * and a test that sets up its data without a transaction (straight through JDBC) must not
 * be shown a page another test had rendered the same second.
 */
public class FreshSharedPages implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(SharedPages.class).ifAvailable(SharedPages::forgetAll);
		}
	}

}
