package jp.musubi.support;

import org.springframework.context.annotation.Bean;
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

}
