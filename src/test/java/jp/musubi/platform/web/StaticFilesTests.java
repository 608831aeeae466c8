package jp.musubi.platform.web;

import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class StaticFilesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageLinksWebJarsByTheirVersionAndEveryLinkItWritesIsServed() throws Exception {
		Page home = Page.of(this.mvc.perform(get("/").accept(MediaType.TEXT_HTML)));

		String htmx = home.attributeOf("script[src*=htmx]", "src");
		assertThat(htmx).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
		assertThat(home.attributeOf("link[rel=stylesheet]", "href")).isEqualTo("/css/musubi.css");
		for (String file : new String[] { htmx, "/css/musubi.css", "/js/header.js" }) {
			this.mvc.perform(get(file)).andExpect(status().isOk());
		}
	}

}
