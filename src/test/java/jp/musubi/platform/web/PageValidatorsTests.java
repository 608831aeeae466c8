package jp.musubi.platform.web;

import jakarta.servlet.http.Cookie;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A visitor who reads a public page again is told it has not changed, without the page; a
 * signed-in person's pages are never validated.
 */
@MusubiTest
class PageValidatorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aPublicPageReadAgainIsNotSentAgainWhileTheVisitorsFormTokenIsTheSame() throws Exception {
		MvcResult first = this.mvc.perform(get("/broadcast").accept(MediaType.TEXT_HTML)).andReturn();
		Cookie token = first.getResponse().getCookie(PageValidators.TOKEN_COOKIE);
		assertThat(token).isNotNull();
		assertThat(first.getResponse().getHeader("ETag")).as("a new token is being set").isNull();

		MvcResult second = this.mvc.perform(get("/broadcast").accept(MediaType.TEXT_HTML).cookie(token)).andReturn();
		String tag = second.getResponse().getHeader("ETag");
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat(tag).startsWith("W/\"");
		assertThat(second.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");

		MvcResult again = this.mvc
			.perform(get("/broadcast").accept(MediaType.TEXT_HTML).cookie(token).header("If-None-Match", tag))
			.andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

		MvcResult otherToken = this.mvc
			.perform(get("/broadcast").accept(MediaType.TEXT_HTML)
				.cookie(new Cookie(PageValidators.TOKEN_COOKIE, "another-token"))
				.header("If-None-Match", tag))
			.andReturn();
		assertThat(otherToken.getResponse().getStatus()).as("its forms would carry a stale token").isEqualTo(200);
		MvcResult otherPage = this.mvc
			.perform(get("/agents").accept(MediaType.TEXT_HTML).cookie(token).header("If-None-Match", tag))
			.andReturn();
		assertThat(otherPage.getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSignedInPersonsPageIsNeverValidated() throws Exception {
		MvcResult page = this.mvc
			.perform(get("/broadcast").accept(MediaType.TEXT_HTML)
				.with(this.fixtures.signedIn(this.fixtures.member("reader")))
				.cookie(new Cookie(PageValidators.TOKEN_COOKIE, "a-token")))
			.andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getHeader("ETag")).isNull();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

}
