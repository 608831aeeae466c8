package jp.musubi.support;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.annotation.Primary;

/**
 * What the tests add to the application: a clock they can move and the account fixtures.
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	Fixtures fixtures() {
		return new Fixtures();
	}

	/**
	 * A page that fails as a bug would, for the tests of what a person then sees. Found
	 * by component scanning (it is under {@code jp.musubi}), so every application the
	 * tests start has it, behind sign-in like any page.
	 */
	@RestController
	public static class Fault {

		@GetMapping("/platform-test/fault")
		String fail() {
			throw new IllegalStateException("A fault made by the test");
		}

	}

}
