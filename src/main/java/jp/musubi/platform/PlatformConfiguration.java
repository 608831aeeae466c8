package jp.musubi.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** What the platform gives every module that is not a service of its own. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

	/** Time for every rule that depends on it; tests replace it to move time on. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
