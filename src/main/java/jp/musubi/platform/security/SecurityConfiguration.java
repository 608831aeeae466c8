package jp.musubi.platform.security;

import java.util.List;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.web.ErrorAnswers;
import jp.musubi.platform.web.PublicAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain. Public by default are only the portal, static files,
 * health, the API documentation and what a module declares public in its
 * {@link RequestAuthorizations}; everything else needs a signed-in user, and the access
 * guard test keeps it that way.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/**
	 * Only the API takes organisations' tokens: a page is a person's, and a token on it
	 * counts for nothing (the page then asks for a sign-in as for anyone).
	 */
	private static final RequestMatcher BEARER = (request) -> API.matches(request) && bearerToken(request) != null;

	/**
	 * A JSON call to the API from no one signed in and carrying no cookie carries no
	 * credential a forged page could borrow: a shop front calling the checkout API for a
	 * guest. Forgery needs the browser to send its cookie on its own, so calls with a
	 * cookie, or from a signed-in person, still need the token; other bodies (forms,
	 * uploads) keep the token too, read where they always were.
	 */
	private static final RequestMatcher COOKIELESS_API = (request) -> API.matches(request)
			&& request.getHeader("Cookie") == null && isJson(request.getContentType()) && !signedIn();

	private static boolean isJson(String contentType) {
		return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
	}

	private static boolean signedIn() {
		org.springframework.security.core.Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The chain of {@link KeyedPaths}: headers as everywhere, nothing else. It comes
	 * first and takes only the modules' keyed addresses.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain keyedPathsFilterChain(HttpSecurity http, ObjectProvider<KeyedPaths> modules) throws Exception {
		String[] patterns = modules.orderedStream()
			.flatMap((module) -> module.patterns().stream())
			.toArray(String[]::new);
		if (patterns.length == 0) {
			http.securityMatcher((request) -> false);
		}
		else {
			http.securityMatcher(patterns);
		}
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.csrf((csrf) -> csrf.disable());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		http.anonymous((anonymous) -> anonymous.disable());
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<RequestAuthorizations> modules,
			ObjectProvider<UserDetailsService> users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit,
			ObjectProvider<AuthenticationProvider> apiTokenProviders, SignInOutcome outcome, PublicAddress address,
			CsrfTokenRepository csrfTokens) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
				.permitAll();
			requests.requestMatchers(HttpMethod.GET, "/", "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll();
			requests.requestMatchers(HttpMethod.POST, "/preferences/text-size").permitAll();
			requests
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll();
			requests.requestMatchers(HttpMethod.GET, SignInPage.PATH).permitAll();
			requests.requestMatchers(HttpMethod.POST, SignInPage.PATH).permitAll();
			requests.requestMatchers("/actuator/**", "/admin/**").hasRole(Role.ADMIN.name());
			modules.orderedStream().forEach((module) -> module.authorize(requests));
			requests.anyRequest().authenticated();
		});
		UserDetailsService userDetails = users.getIfAvailable();
		if (userDetails != null) {
			http.authenticationManager(new ProviderManager(new ThrottledSignIn(userDetails, encoder, throttle, audit)));
		}
		http.formLogin((form) -> form.loginPage(SignInPage.PATH)
			.loginProcessingUrl(SignInPage.PATH)
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(outcome)
			.failureHandler(outcome));
		http.logout((logout) -> logout.logoutUrl("/signout")
			.logoutSuccessUrl("/?signedOut")
			.invalidateHttpSession(true)
			.deleteCookies("SESSION", "JSESSIONID"));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(BEARER, COOKIELESS_API));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// Public over https: every answer says so for a year, even one a proxy
			// fetched over http, since the browser only heeds it over TLS.
			.httpStrictTransportSecurity((hsts) -> hsts
				.requestMatcher(address.isHttps() ? AnyRequestMatcher.INSTANCE : (request) -> request.isSecure())
				.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
				.includeSubDomains(true)));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(SecurityConfiguration::apiSignInNeeded, API)
			.accessDeniedHandler(SecurityConfiguration::refused));
		List<AuthenticationProvider> tokenProviders = apiTokenProviders.orderedStream()
			.filter((provider) -> provider.supports(ApiTokenAuthentication.class))
			.toList();
		if (!tokenProviders.isEmpty()) {
			http.addFilterBefore(apiTokenFilter(tokenProviders), UsernamePasswordAuthenticationFilter.class);
		}
		return http.build();
	}

	/**
	 * The form token in a cookie rather than in a server session: every page has forms an
	 * anonymous visitor may send (language, text size, sign-in), and a token kept in the
	 * session made a session, a row written to the database, for every visitor who only
	 * looks (issue 11). The cookie is readable by no script and sent only by this site's
	 * own pages; the token in each form is masked anew every time (BREACH).
	 */
	@Bean
	CsrfTokenRepository csrfTokens(PublicAddress address) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		// The header programs sending JSON from a signed-in browser have always used (the
		// session-kept store's name; the cookie store's own default is X-XSRF-TOKEN).
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax").secure(address.isHttps()));
		return tokens;
	}

	private static AuthenticationFilter apiTokenFilter(List<AuthenticationProvider> providers) {
		AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(providers), (request) -> {
			String token = bearerToken(request);
			return (token == null) ? null : ApiTokenAuthentication.unauthenticated(token);
		});
		filter.setRequestMatcher(BEARER);
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler((request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			ErrorAnswers.send(request, response, HttpStatus.UNAUTHORIZED, "problem.token.invalid");
		});
		return filter;
	}

	/**
	 * A program without credentials hears so in problem+json, through the error page like
	 * every other refusal; a browser is sent to the sign-in page instead.
	 */
	private static void apiSignInNeeded(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		ErrorAnswers.send(request, response, HttpStatus.UNAUTHORIZED);
	}

	/**
	 * A refusal of access, with the reason where there is a better one than the status: a
	 * form whose CSRF token has expired (a page left open past the session) is most often
	 * what a person meets, and reloading the form is the way out.
	 */
	private static void refused(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		if (exception instanceof CsrfException) {
			ErrorAnswers.because(request, "error.csrf");
		}
		ErrorAnswers.send(request, response, HttpStatus.FORBIDDEN);
	}

	static String bearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String token = header.substring(7).strip();
		return token.isEmpty() ? null : token;
	}

}
