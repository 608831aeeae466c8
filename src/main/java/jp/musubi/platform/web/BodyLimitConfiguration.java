package jp.musubi.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Puts {@link RequestBodyLimits} in front of everything that reads a body: its first
 * filter before all others but character encoding, its second into every security filter
 * chain, just before the CSRF check (Spring Security applies a {@code Customizer} of
 * {@link HttpSecurity} to every chain it builds).
 */
@Configuration(proxyBeanMethods = false)
class BodyLimitConfiguration {

	@Bean
	RequestBodyLimits requestBodyLimits(ObjectProvider<LargeBodies> modules) {
		List<LargeBodies> all = modules.orderedStream().toList();
		return new RequestBodyLimits(all);
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimits.Early> requestBodyLimitFilter(RequestBodyLimits limits) {
		FilterRegistrationBean<RequestBodyLimits.Early> registration = new FilterRegistrationBean<>(
				new RequestBodyLimits.Early(limits));
		// Right after the character encoding filter, which reads nothing.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	RequestBodyLimits.RefusedWhileRead bodyRefusedWhileRead() {
		return new RequestBodyLimits.RefusedWhileRead();
	}

	@Bean
	Customizer<HttpSecurity> requestBodyLimitsPerCaller(RequestBodyLimits limits) {
		return (http) -> http.addFilterBefore(new RequestBodyLimits.ForCaller(limits), CsrfFilter.class);
	}

}
