package jp.musubi.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What follows a sign-in. On success the interface switches to the person's preferred
 * language and they go where they were heading. On failure the sign-in page is shown
 * again, by a forward so that the address they typed stays in the form, with the reason
 * as a message key.
 */
@Component
class SignInOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final LocaleResolver locales;

	private final FlashMapManager flashMaps = new SessionFlashMapManager();

	SignInOutcome(LocaleResolver locales) {
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			this.locales.setLocale(request, response, user.language().locale());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof SignInPaused) {
			reason = "paused";
		}
		else if (exception instanceof LockedException) {
			reason = "disabled";
		}
		else if (exception instanceof DisabledException) {
			reason = "unconfirmed";
		}
		else {
			reason = "credentials";
		}
		FlashMap flash = new FlashMap();
		String email = request.getParameter("email");
		if (email != null && email.length() <= 254) {
			flash.put("email", email);
		}
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?error=" + reason);
	}

}
