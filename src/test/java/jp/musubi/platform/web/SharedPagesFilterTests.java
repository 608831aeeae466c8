package jp.musubi.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which answers {@link SharedPages} keeps and gives again: the page a visitor who is not
 * signed in is rendered, with the next visitor's own token put in; never what was
 * rendered for someone signed in or with a session, nor a page that set a cookie of its
 * own.
 */
class SharedPagesFilterTests {

	private final SharedPages pages = new SharedPages(new FixedLocaleResolver());

	private final AtomicInteger rendered = new AtomicInteger();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSecondVisitorIsSentThePageWithTheirOwnToken() throws Exception {
		MockHttpServletResponse first = send(request("token-one"), renderer(List.of()));
		MockHttpServletResponse second = send(request("token-two"), renderer(List.of()));

		assertThat(this.rendered).hasValue(1);
		assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("name=\"_csrf\" value=\"token-one\"",
				"番組一覧");
		assertThat(second.getContentAsString(StandardCharsets.UTF_8))
			.contains("name=\"_csrf\" value=\"token-two\"", "番組一覧")
			.doesNotContain("token-one");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void aPageNotMarkedSharedIsRenderedEveryTime() throws Exception {
		FilterChain unmarked = (request, response) -> {
			this.rendered.incrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>survey</p>");
		};
		send(request("a"), unmarked);
		send(request("b"), unmarked);

		assertThat(this.rendered).hasValue(2);
	}

	@Test
	void whatIsRenderedForSomeoneSignedInOrWithASessionIsNeitherKeptNorGiven() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("member", null, List.of()));
		send(request("signed-in"), renderer(List.of()));
		SecurityContextHolder.clearContext();
		MockHttpServletRequest withSession = request("session");
		withSession.setCookies(new Cookie("SESSION", "abc"));
		send(withSession, renderer(List.of()));
		send(request("anonymous"), renderer(List.of()));

		assertThat(this.rendered).hasValue(3);
	}

	@Test
	void aPageThatSetsACookieOfItsOwnIsNotKept() throws Exception {
		send(request("a"), renderer(List.of("musubi-lang=en; Path=/")));
		send(request("b"), renderer(List.of()));

		assertThat(this.rendered).hasValue(2);
	}

	@Test
	void largeTextIsAPageOfItsOwn() throws Exception {
		send(request("a"), renderer(List.of()));
		MockHttpServletRequest large = request("b");
		large.setCookies(new Cookie(TextSize.COOKIE, "large"));
		send(large, renderer(List.of()));

		assertThat(this.rendered).hasValue(2);
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.pages.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest request(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tourism");
		request.addHeader("Accept", "text/html");
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

	private FilterChain renderer(List<String> cookies) {
		return (request, response) -> {
			this.rendered.incrementAndGet();
			request.setAttribute(SharedPages.SHAREABLE, Boolean.TRUE);
			HttpServletResponse http = (HttpServletResponse) response;
			cookies.forEach((cookie) -> http.addHeader("Set-Cookie", cookie));
			http.setContentType("text/html;charset=UTF-8");
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			http.getWriter()
				.write("<h1>番組一覧</h1><form><input type=\"hidden\" name=\"_csrf\" value=\"" + token.getToken()
						+ "\"/></form>");
		};
	}

}
