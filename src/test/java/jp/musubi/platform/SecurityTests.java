package jp.musubi.platform;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security as a browser meets it, over real HTTP against the running server: headers, the
 * session cookie, a new session id at sign-in, sessions kept in the database, CSRF on
 * forms.
 */
@MusubiTest
class SecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesCarryAContentSecurityPolicyAndRefuseFraming() throws Exception {
		HttpResponse<String> home = browser().get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	@Test
	void signingInGivesANewSessionKeptInTheDatabase() throws Exception {
		TestUser user = this.fixtures.member("session");
		Browser browser = browser();
		String token = browser.csrfToken("/signin");
		assertThat(browser.cookie("SESSION")).as("no session for someone who only looked").isEmpty();

		HttpResponse<String> signedIn = browser.post("/signin",
				"_csrf=" + token + "&email=" + user.email() + "&password=" + Fixtures.PASSWORD.replace(' ', '+'));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(browser.cookie("SESSION")).isPresent();
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));

		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :id")
			.param("id", user.id().toString())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void pagesReadSignedInWriteTheSessionOnceAMinuteAtMost() throws Exception {
		TestUser user = this.fixtures.member("quiet-session");
		Browser browser = browser();
		browser.post("/signin", "_csrf=" + browser.csrfToken("/signin") + "&email=" + user.email() + "&password="
				+ Fixtures.PASSWORD.replace(' ', '+'));
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		long afterSignIn = lastAccess(user);

		for (int i = 0; i < 5; i++) {
			assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(user)).as("no write for pages read within the minute").isEqualTo(afterSignIn);

		// A minute and a half later (the row set back as if it were), the next page moves
		// the last access, and the session is still the person's.
		this.jdbc
			.sql("UPDATE spring_session SET last_access_time = last_access_time - 90000,"
					+ " expiry_time = expiry_time - 90000 WHERE principal_name = :id")
			.param("id", user.id().toString())
			.update();
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(lastAccess(user)).isGreaterThan(afterSignIn - 90000);
		assertThat(lastAccess(user)).isGreaterThanOrEqualTo(afterSignIn);
	}

	private long lastAccess(TestUser user) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :id")
			.param("id", user.id().toString())
			.query(Long.class)
			.single();
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		TestUser user = this.fixtures.member("csrf");
		Browser browser = browser();
		String token = browser.csrfToken("/signin");
		browser.post("/signin",
				"_csrf=" + token + "&email=" + user.email() + "&password=" + Fixtures.PASSWORD.replace(' ', '+'));
		HttpResponse<String> forged = browser.post("/account/erase",
				"understood=true&password=" + Fixtures.PASSWORD.replace(' ', '+'));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		TestUser user = this.fixtures.member("signout");
		Browser browser = browser();
		browser.post("/signin", "_csrf=" + browser.csrfToken("/signin") + "&email=" + user.email() + "&password="
				+ Fixtures.PASSWORD.replace(' ', '+'));
		String token = browser.csrfToken("/account");
		HttpResponse<String> out = browser.post("/signout", "_csrf=" + token);
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/?signedOut"));
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :id")
			.param("id", user.id().toString())
			.query(Long.class)
			.single()).isZero();
	}

	private Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

	/**
	 * Just enough of a browser: keeps cookies, does not follow redirects, sends HTML
	 * Accept.
	 */
	static final class Browser {

		private final String base;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client;

		Browser(String base) {
			this.base = base;
			this.client = HttpClient.newBuilder()
				.cookieHandler(this.cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		String csrfToken(String path) throws Exception {
			return org.jsoup.Jsoup.parse(get(path).body()).select("input[name=_csrf]").first().attr("value");
		}

		Optional<String> cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map(HttpCookie::getValue)
				.findFirst();
		}

	}

}
