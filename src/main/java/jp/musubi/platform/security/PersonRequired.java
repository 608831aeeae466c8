package jp.musubi.platform.security;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.platform.web.ErrorAnswers;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a handler does as a person ({@code @AuthenticationPrincipal CurrentUser}) an
 * organisation's API token cannot do: a token is refused with 403 and the reason, before
 * the handler runs, instead of reaching it with no person. A handler that serves both
 * takes the {@link Authentication} (or the {@link ApiClient}) and decides itself.
 */
@Configuration(proxyBeanMethods = false)
class PersonRequired implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<Class<?>> EITHER = Set.of(Authentication.class, ApiClient.class,
			java.security.Principal.class);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof ApiTokenAuthentication) || !(handler instanceof HandlerMethod method)
				|| !asksForPersonOnly(method)) {
			return true;
		}
		ErrorAnswers.send(request, response, HttpStatus.FORBIDDEN, "error.personRequired");
		return false;
	}

	private static boolean asksForPersonOnly(HandlerMethod method) {
		MethodParameter[] parameters = method.getMethodParameters();
		boolean person = Arrays.stream(parameters)
			.anyMatch((parameter) -> parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
					&& CurrentUser.class.isAssignableFrom(parameter.getParameterType()));
		boolean either = Arrays.stream(parameters)
			.anyMatch((parameter) -> EITHER.contains(parameter.getParameterType()));
		return person && !either;
	}

}
