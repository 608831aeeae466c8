package jp.musubi.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a person or a program is told when Musubi cannot serve them, over real HTTP (the
 * error page is written by the servlet container's error dispatch, which MockMvc does not
 * make): a page in the layout and the visitor's language for a browser,
 * {@code application/problem+json} with the detail in the {@code Accept-Language} for the
 * API, for every status, and never a 500 for what the caller got wrong.
 */
@MusubiTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void aBrowserAskingForSomethingThatDoesNotExistGetsAPageInItsLanguage() throws Exception {
		HttpResponse<String> japanese = page("/work/requests/" + UUID.randomUUID());
		assertThat(japanese.statusCode()).isEqualTo(404);
		assertThat(japanese.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Page shown = Page.of(japanese.body());
		assertThat(shown.lang()).isEqualTo("ja");
		assertThat(shown.heading()).isEqualTo("ページが見つかりません");
		assertThat(shown.document().select("header.site-header")).isNotEmpty();

		Page english = Page.of(page("/work/requests/" + UUID.randomUUID() + "?lang=en").body());
		assertThat(english.lang()).isEqualTo("en");
		assertThat(english.heading()).isEqualTo("Page not found");
		assertThat(english.document().select("a[hreflang=ko]").attr("href")).startsWith("/work/requests/")
			.endsWith("lang=ko");
	}

	@Test
	void aMalformedAddressIsABadRequestOrNotFoundPageNotJson() throws Exception {
		HttpResponse<String> page = page("/work?page=abc");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(Page.of(page.body()).heading()).isEqualTo("入力を受け付けられませんでした");

		HttpResponse<String> id = page("/tourism/programmes/zzz");
		assertThat(id.statusCode()).isEqualTo(404);
		assertThat(Page.of(id.body()).heading()).isEqualTo("ページが見つかりません");
	}

	@Test
	void theApiAnswersProblemsInTheLanguageAskedFor() throws Exception {
		HttpResponse<String> japanese = api("/api/v1/work/requests/" + UUID.randomUUID(), "ja", null);
		assertThat(japanese.statusCode()).isEqualTo(404);
		assertThat(japanese.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(japanese.body(), "$.detail")).contains("見つかりません");
		assertThat((Integer) JsonPath.read(japanese.body(), "$.status")).isEqualTo(404);

		HttpResponse<String> english = api("/api/v1/work/requests/" + UUID.randomUUID(), "en-US,en;q=0.8", null);
		assertThat((String) JsonPath.read(english.body(), "$.detail")).contains("does not exist");

		HttpResponse<String> korean = api("/api/v1/nowhere", "ko", null);
		assertThat(korean.statusCode()).isEqualTo(401);
		assertThat((String) JsonPath.read(korean.body(), "$.detail")).contains("인증");
		assertThat(korean.headers().firstValue("WWW-Authenticate")).isPresent();
	}

	@Test
	void refusalsOfAccessAreProblemsToo() throws Exception {
		TestUser owner = this.fixtures.member("problem-owner");
		UUID own = this.fixtures.organisation("問題を見る組合", OrganisationType.NPO, owner);
		UUID other = this.fixtures.organisation("よその組合", OrganisationType.NPO, this.fixtures.member("problem-other"));
		String token = token(own, owner);

		HttpResponse<String> forbidden = api("/api/v1/organisations/" + other, "ja", token);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(forbidden.body(), "$.detail")).contains("権限");

		HttpResponse<String> forged = api("/api/v1/me", "en", "msb_forged");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat((String) JsonPath.read(forged.body(), "$.detail")).contains("unknown or has been revoked");
	}

	@Test
	void anOrganisationsTokenCannotActAsAPerson() throws Exception {
		TestUser owner = this.fixtures.member("token-person");
		UUID facility = this.fixtures.organisation("トークンの宿", OrganisationType.FACILITY, owner);
		String token = token(facility, owner);

		for (String path : new String[] { "/api/v1/tourism/me", "/api/v1/tourism/bookings" }) {
			HttpResponse<String> refused = api(path, "ja", token);
			assertThat(refused.statusCode()).as(path).isEqualTo(403);
			assertThat((String) JsonPath.read(refused.body(), "$.messageKey")).isEqualTo("error.personRequired");
			assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("組織のAPIトークンでは行えません");
		}

		// A page is a person's: the token counts for nothing there, so it asks for a
		// sign-in.
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/account"))
			.header("Accept", "text/html")
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/signin"));
		HttpResponse<String> home = this.http.send(HttpRequest.newBuilder(uri("/"))
			.header("Accept", "text/html")
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(home.statusCode()).isEqualTo(200);
	}

	@Test
	void whatTheServletContainerRefusesIsAnsweredInOurWordsToo() throws Exception {
		HttpResponse<String> tooLong = page("/work?q=" + "あ".repeat(4000));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		Page shown = Page.of(tooLong.body());
		assertThat(shown.lang()).isEqualTo("ja");
		assertThat(shown.heading()).isEqualTo("入力を受け付けられませんでした");
		assertThat(tooLong.body()).doesNotContain("HTTP Status", "Tomcat");

		byte[] nulName = ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\nhello\r\n--XX--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> upload = this.http.send(HttpRequest.newBuilder(uri("/signin"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=XX")
			.POST(HttpRequest.BodyPublishers.ofByteArray(nulName))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(Page.of(upload.body()).heading()).isEqualTo("入力を受け付けられませんでした");
		HttpResponse<String> api = this.http.send(HttpRequest.newBuilder(uri("/api/v1/work/requests"))
			.header("Accept-Language", "en")
			.header("Content-Type", "multipart/form-data; boundary=XX")
			.POST(HttpRequest.BodyPublishers.ofByteArray(nulName))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(api.body(), "$.detail"))
			.isEqualTo("Something in the request is not correct.");
	}

	@Test
	void aQueryWhoseBytesAreNotUtf8IsABadRequestNotAFault() throws Exception {
		HttpResponse<String> api = api("/api/v1/work/requests?q=a%ED%A0%80b", "ja", null);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(api.body(), "$.detail")).isEqualTo("リクエストの内容に誤りがあります。");

		HttpResponse<String> page = page("/work?q=%FF%FE");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(Page.of(page.body()).heading()).isEqualTo("入力を受け付けられませんでした");
	}

	@Test
	void anApiAddressTheContainerWillNotDecodeIsAProblemInTheLanguageAskedFor() throws Exception {
		for (String id : new String[] { "a%00b", "..%2F..%2Fetc%2Fpasswd", "%ED%A0%80" }) {
			HttpResponse<String> answer = api("/api/v1/work/requests/" + id, "en", null);
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat((String) JsonPath.read(answer.body(), "$.detail"))
				.isEqualTo("Something in the request is not correct.");
		}
	}

	@Test
	void aServerFaultShowsAReferenceThatIsInTheLog(CapturedOutput log) throws Exception {
		TestUser user = this.fixtures.member("fault");
		SecurityTests.Browser browser = new SecurityTests.Browser("http://localhost:" + this.port);
		browser.post("/signin", "_csrf=" + browser.csrfToken("/signin") + "&email=" + user.email() + "&password="
				+ Fixtures.PASSWORD.replace(' ', '+'));

		HttpResponse<String> failed = browser.get("/platform-test/fault");
		assertThat(failed.statusCode()).isEqualTo(500);
		Page shown = Page.of(failed.body());
		assertThat(shown.heading()).isEqualTo("申し訳ありません。問題が発生しました");
		String reference = shown.textOf(".error-reference strong");
		assertThat(reference).matches("[A-Z2-9]{8}");
		assertThat(failed.body()).doesNotContain("Exception", "at jp.musubi");
		assertThat(log.getOut()).contains("[" + reference + "]", "A fault made by the test");
	}

	@Test
	void tooManyMailsIsAPageThatSaysWhenToTryAgain() throws Exception {
		SecurityTests.Browser browser = new SecurityTests.Browser("http://localhost:" + this.port);
		String email = Fixtures.uniqueEmail("many-mails");
		HttpResponse<String> answer = null;
		for (int i = 0; i < 6; i++) {
			answer = browser.post("/password/forgot", "_csrf=" + browser.csrfToken("/password/forgot") + "&email="
					+ java.net.URLEncoder.encode(email, StandardCharsets.UTF_8));
		}
		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).contains("3600");
		Page shown = Page.of(answer.body());
		assertThat(shown.heading()).isEqualTo("操作が続いたため、しばらくお待ちください");
		assertThat(shown.textOf(".lead")).contains("60分ほど");
	}

	private HttpResponse<String> page(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> api(String path, String language, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Accept-Language", language);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String token(UUID organisation, TestUser owner) throws Exception {
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "連携"))).textOf("#api-token");
	}

}
