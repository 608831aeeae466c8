package jp.musubi.platform;

import jakarta.servlet.http.Cookie;

import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class LanguageSwitchTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePortalIsJapaneseEvenForABrowserThatAsksForEnglish() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9")));
		assertThat(page.lang()).isEqualTo("ja");
		assertThat(page.text()).contains("ゆのもり地域");
	}

	@Test
	void anyPageSwitchesLanguageAndTheChoiceIsRemembered() throws Exception {
		var switched = this.mvc.perform(get("/agents").param("lang", "en"))
			.andExpect(cookie().value("musubi-lang", "en"))
			.andReturn();
		assertThat(Page.of(switched.getResponse().getContentAsString()).lang()).isEqualTo("en");
		Cookie remembered = switched.getResponse().getCookie("musubi-lang");
		for (String path : new String[] { "/", "/about/telework", "/signup", "/privacy" }) {
			Page page = Page.of(this.mvc.perform(get(path).cookie(remembered)));
			assertThat(page.lang()).isEqualTo("en");
			assertThat(page.text()).doesNotContainPattern("[\\p{IsHiragana}]{4}");
		}
	}

	@Test
	void theSwitchKeepsTheSearchTheVisitorMade() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/agents?q=SOHO&prefecture=07")));
		assertThat(page.attributeOf(".languages a[lang=en]", "href")).isEqualTo("/agents?q=SOHO&prefecture=07&lang=en");
	}

	@Test
	void anUnknownLanguageIsIgnored() throws Exception {
		assertThat(Page.of(this.mvc.perform(get("/").param("lang", "xx"))).lang()).isEqualTo("ja");
		assertThat(Page.of(this.mvc.perform(get("/").param("lang", "zh-TW"))).lang()).isEqualTo("ja");
	}

	@Test
	void koreanAndChineseAreSpokenToo() throws Exception {
		assertThat(Page.of(this.mvc.perform(get("/").param("lang", "ko"))).text()).containsPattern("\\p{IsHangul}{2}");
		Page chinese = Page.of(this.mvc.perform(get("/").param("lang", "zh-CN")));
		assertThat(chinese.lang()).isEqualTo("zh-CN");
		assertThat(chinese.text()).doesNotContainPattern("[\\p{IsHiragana}]{4}");
	}

	@Test
	void errorPagesSpeakTheVisitorsLanguage() throws Exception {
		Cookie english = new Cookie("musubi-lang", "en");
		this.mvc.perform(get("/error").cookie(english).requestAttr("jakarta.servlet.error.status_code", 404))
			.andExpect(status().isNotFound());
		assertThat(Page.of(this.mvc.perform(get("/error").cookie(english)
			.requestAttr("jakarta.servlet.error.status_code", 404)
			.accept("text/html"))).lang()).isEqualTo("en");
		assertThat(Page
			.of(this.mvc
				.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404).accept("text/html")))
			.heading()).isEqualTo("ページが見つかりません");
	}

	@Test
	void theLargerTextSwitchWorksWithoutJavaScriptAndReturnsToThePage() throws Exception {
		var result = this.mvc.perform(
				post("/preferences/text-size").with(csrf()).param("size", "large").param("return", "/agents?q=SOHO"))
			.andExpect(redirectedUrl("/agents?q=SOHO"))
			.andExpect(cookie().value("musubi-text", "large"))
			.andReturn();
		String html = this.mvc.perform(get("/").cookie(result.getResponse().getCookie("musubi-text")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("class=\"text-large\"");
		this.mvc.perform(
				post("/preferences/text-size").with(csrf()).param("size", "large").param("return", "//evil.example"))
			.andExpect(redirectedUrl("/"));
	}

}
