package jp.musubi.platform;

import java.nio.file.Files;

import jp.musubi.support.MusubiTest;
import jp.musubi.support.TestEnvironment;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Musubi published at an https address behind a reverse proxy that ends TLS: cookies
 * travel over TLS only, browsers are told to keep to https, and what the proxy says about
 * the original request is believed from the configured proxy only; anyone else claiming
 * to be one is not.
 */
@MusubiTest
@TestPropertySource(properties = { "musubi.base-url=https://musubi.example.jp",
		"musubi.trusted-proxies=10.0.0.0/8, 127.0.0.1", "jobrunr.background-job-server.enabled=false",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
class BehindProxyTests {

	/**
	 * A node of its own: its own database and folders, so that it neither locks the
	 * search index of the suite's shared application nor takes its jobs and events.
	 */
	@DynamicPropertySource
	static void ownNode(DynamicPropertyRegistry registry) throws Exception {
		String database = TestEnvironment.freshDatabase("proxy");
		String data = Files.createTempDirectory("musubi-proxy-").toString();
		registry.add("spring.datasource.url", () -> database);
		registry.add("musubi.data-dir", () -> data);
	}

	private static final String PROXY = "10.1.2.3";

	private static final String STRANGER = "203.0.113.9";

	@Autowired
	MockMvc mvc;

	@Test
	void cookiesAreSecureAndHstsIsSent() throws Exception {
		MvcResult home = this.mvc.perform(get("/").with(from(PROXY)).header("X-Forwarded-Proto", "https")).andReturn();
		assertThat(home.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000",
				"includeSubDomains");

		MvcResult language = this.mvc.perform(get("/?lang=en").with(from(PROXY))).andReturn();
		assertThat(language.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("musubi-lang=").contains("Secure"));
		assertThat(language.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly"));

		MvcResult textSize = this.mvc
			.perform(post("/preferences/text-size").with(from(PROXY))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("size", "large"))
			.andReturn();
		assertThat(textSize.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("musubi-text=").contains("Secure"));
	}

	@Test
	void theProxysForwardedHeadersAreBelieved() throws Exception {
		assertThat(signInRedirectFrom(PROXY, "musubi.example.jp")).isEqualTo("https://musubi.example.jp/signin");
	}

	@Test
	void aStrangersForwardedHeadersAreNot() throws Exception {
		assertThat(signInRedirectFrom(STRANGER, "evil.example")).doesNotContain("evil.example")
			.doesNotStartWith("https:")
			.endsWith("/signin");
	}

	/** Where a page sends someone not signed in, asked through a claimed https proxy. */
	private String signInRedirectFrom(String address, String host) throws Exception {
		return this.mvc
			.perform(get("/account").accept("text/html")
				.with(from(address))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", host)
				.header("X-Forwarded-Port", "443"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
