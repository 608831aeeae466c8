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
		String styles = home.attributeOf("link[rel=stylesheet]", "href");
		assertThat(styles).matches("/css/musubi-[0-9a-f]{32}\\.css");
		String script = home.attributeOf("script[src^='/js/header']", "src");
		assertThat(script).matches("/js/header-[0-9a-f]{32}\\.js");
		for (String file : new String[] { htmx, styles, script }) {
			assertThat(this.mvc.perform(get(file))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader("Cache-Control")).as("%s is kept a year under its name", file)
				.isEqualTo("public, max-age=31536000, immutable");
		}
		// The container's own error page links the file by its plain name, which is
		// served
		// but not kept.
		assertThat(this.mvc.perform(get("/css/musubi.css"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Cache-Control")).doesNotContain("max-age=31536000");
	}

}
