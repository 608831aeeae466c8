package jp.musubi.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the application's clock back to the present before every test. A test that moved
 * it and did not put it back (PersonalDataAcrossModulesTests moved it six days) left the
 * next class's mails dated in the future: one sorted after a mail sent later, and
 * SignUpTests read the old link as the new one, depending on which classes ran before.
 */
public class PresentTime implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			testContext.getApplicationContext().getBeanProvider(MovableClock.class).ifAvailable(MovableClock::reset);
		}
	}

}
