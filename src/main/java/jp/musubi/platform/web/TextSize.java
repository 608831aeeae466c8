package jp.musubi.platform.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "larger text" switch for older users. It is a plain form, so it works without
 * JavaScript, and the choice is kept in a cookie so that it holds on every page and
 * before signing in.
 */
@Controller
class TextSize {

	static final String COOKIE = "musubi-text";

	private final PublicAddress address;

	TextSize(PublicAddress address) {
		this.address = address;
	}

	static boolean isLarge(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && "large".equals(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

	@PostMapping("/preferences/text-size")
	String change(@RequestParam(defaultValue = "normal") String size,
			@RequestParam(name = "return", defaultValue = "/") String returnTo, HttpServletResponse response) {
		boolean large = "large".equals(size);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, large ? "large" : "normal")
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.secure(this.address.isHttps())
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		return "redirect:" + LocalPath.orHome(returnTo);
	}

}
