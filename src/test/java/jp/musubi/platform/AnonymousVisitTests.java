package jp.musubi.platform;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone who only looks costs no session: the station, the programmes and the directory
 * are read mostly from outside the region, and a session is a row written to the
 * database. The form token every page carries comes in a cookie instead, and a session
 * starts at sign-in.
 */
@MusubiTest
class AnonymousVisitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void publicPagesStartNoSession() throws Exception {
		for (String path : List.of("/", "/tourism", "/broadcast", "/agents", "/about/telework", "/signin")) {
			MvcResult result = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
			assertThat(Page.of(result.getResponse().getContentAsString()).document().select("input[name=_csrf]"))
				.as("%s has forms with their token", path)
				.isNotEmpty();
		}
	}

	@Test
	void theSignInFormIsSentWithTheTokenOfItsCookieAndOnlyThenASessionStarts() throws Exception {
		TestUser user = this.fixtures.member("looker");
		MvcResult form = this.mvc.perform(get("/signin").accept(MediaType.TEXT_HTML)).andReturn();
		Cookie tokenCookie = form.getResponse().getCookie("XSRF-TOKEN");
		assertThat(tokenCookie).isNotNull();
		assertThat(tokenCookie.isHttpOnly()).isTrue();
		String token = Page.of(form.getResponse().getContentAsString())
			.attributeOf("form[action='/signin'] input[name=_csrf]", "value");

		this.mvc.perform(
				post("/signin").param("_csrf", token).param("email", user.email()).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden());
		MvcResult signedIn = this.mvc
			.perform(post("/signin").cookie(tokenCookie)
				.param("_csrf", token)
				.param("email", user.email())
				.param("password", Fixtures.PASSWORD))
			.andReturn();

		assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();

		// A program in the signed-in browser sends the page's token in X-CSRF-TOKEN.
		MvcResult page = this.mvc.perform(get("/account").accept(MediaType.TEXT_HTML).cookie(session)).andReturn();
		Cookie newToken = page.getResponse().getCookie("XSRF-TOKEN");
		assertThat(newToken).as("signing in replaced the token").isNotNull();
		String pageToken = Page.of(page.getResponse().getContentAsString()).attributeOf("input[name=_csrf]", "value");
		this.mvc.perform(post("/preferences/text-size").cookie(session, newToken).param("size", "large"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/preferences/text-size").cookie(session, newToken)
				.header("X-CSRF-TOKEN", pageToken)
				.param("size", "large"))
			.andExpect(status().is3xxRedirection());
	}

}
