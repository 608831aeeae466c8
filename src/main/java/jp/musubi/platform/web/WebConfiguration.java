package jp.musubi.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.DispatcherType;

/**
 * How Musubi sits behind its public address: forwarded headers from trusted proxies only,
 * and the session cookie marked {@code Secure} when that address is https (the cookie
 * must not travel in clear even if a page is once asked for over http).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicAddress.class)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<ForwardedFromProxies> forwardedFromProxies(PublicAddress address) {
		FilterRegistrationBean<ForwardedFromProxies> registration = new FilterRegistrationBean<>(
				new ForwardedFromProxies(address.trustedProxies()));
		// Before everything that reads the scheme, host or client address.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
				DispatcherType.FORWARD, DispatcherType.INCLUDE);
		return registration;
	}

	/**
	 * In place of the ResourceUrlEncodingFilter Boot would add (it adds none while a
	 * filter of that type is registered).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinks(ResourceUrlProvider mvcResourceUrlProvider) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinks(mvcResourceUrlProvider));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** After the security filters: it asks who is signed in. */
	@Bean
	FilterRegistrationBean<PageValidators> pageValidators() {
		FilterRegistrationBean<PageValidators> registration = new FilterRegistrationBean<>(new PageValidators());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return registration;
	}

	/**
	 * Inside the validators, which hash the page as sent, with the visitor's own form
	 * token in it.
	 */
	@Bean
	FilterRegistrationBean<SharedPages> sharedPages(SharedPages sharedPageCache) {
		FilterRegistrationBean<SharedPages> registration = new FilterRegistrationBean<>(sharedPageCache);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	@Bean
	SharedPages sharedPageCache(LocaleResolver localeResolver) {
		return new SharedPages(localeResolver);
	}

	/** Boot hands every such listener to the transaction manager it makes. */
	@Bean
	TransactionExecutionListener sharedPagesFreshness(SharedPages sharedPageCache) {
		return sharedPageCache.freshness();
	}

	@Bean
	WebMvcConfigurer sharedPageMarker() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new SharedPages.Marker());
			}

		};
	}

	@Bean
	FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
		FilterRegistrationBean<UnreadableRequests> registration = new FilterRegistrationBean<>(
				new UnreadableRequests());
		// Around the security filters, which are the first to read a form's parameters.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The container's own error page, for what it refuses before Musubi sees it, in place
	 * of Tomcat's (Boot adds one after this customizer's turn, so it is replaced once the
	 * host has all its valves).
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPage() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ContainerErrorPage.class.getName());
			}
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorPage)) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ContainerErrorPage());
		});
	}

	@Bean
	CookieSerializer cookieSerializer(PublicAddress address) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(address.isHttps());
		return cookie;
	}

}
