package jp.musubi.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.SecurityTests.Browser;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages rendered once for the visitors who are not signed in, over real HTTP: each
 * still gets a form token of their own that the server takes, their own language, and
 * nothing of a signed-in person's page, nor the other way round.
 */
@MusubiTest
class SharedPagesTests {

	private static final String UNIQUE = "共有" + Long.toString(System.nanoTime(), 36);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void visitorsWhoShareAPageEachSendFormsWithTheirOwnToken() throws Exception {
		Browser first = browser();
		Browser second = browser();
		String firstToken = first.csrfToken("/tourism");
		String secondToken = second.csrfToken("/tourism");

		assertThat(first.cookie("XSRF-TOKEN")).isPresent();
		assertThat(second.cookie("XSRF-TOKEN")).isPresent().isNotEqualTo(first.cookie("XSRF-TOKEN"));
		assertThat(firstToken).isNotEqualTo(secondToken);
		HttpResponse<String> larger = second.post("/preferences/text-size",
				"_csrf=" + secondToken + "&size=large&return=/tourism");
		assertThat(larger.statusCode()).as("the shared page's form, with the second visitor's token").isEqualTo(302);
		assertThat(first.post("/preferences/text-size", "_csrf=" + secondToken + "&size=large").statusCode())
			.as("another visitor's token is still refused")
			.isEqualTo(403);
		assertThat(second.get("/tourism").body()).contains("text-large");
		assertThat(first.get("/tourism").body()).doesNotContain("text-large");
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		String japanese = page("/", null);
		String english = page("/", "musubi-lang=en");
		String korean = page("/", "musubi-lang=ko");

		assertThat(Jsoup.parse(japanese).selectFirst("html").attr("lang")).isEqualTo("ja");
		assertThat(Jsoup.parse(english).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(korean).selectFirst("html").attr("lang")).isEqualTo("ko");
	}

	@Test
	void aSignedInPersonsPageIsNeverSharedNorAreTheyShownTheSharedOne() throws Exception {
		TestUser user = this.fixtures.member("shared-pages");
		String before = page("/work", null);
		Browser member = browser();
		member.post("/signin", "_csrf=" + member.csrfToken("/signin") + "&email=" + user.email() + "&password="
				+ Fixtures.PASSWORD.replace(' ', '+'));

		String signedIn = member.get("/work").body();
		String after = page("/work", null);

		assertThat(Jsoup.parse(signedIn).select("form[action=/signout]")).hasSize(1);
		assertThat(Jsoup.parse(before).select("form[action=/signout]")).isEmpty();
		assertThat(Jsoup.parse(after).select("form[action=/signout]")).isEmpty();
		assertThat(after).doesNotContain(user.email());
	}

	@Test
	void aChangeCommittedIsOnTheNextVisitorsPage() throws Exception {
		TestUser owner = this.fixtures.member("shared-pages-owner");
		UUID agent = this.fixtures.organisation(UNIQUE + "テレワークセンター", OrganisationType.AGENT, owner);
		String before = page("/agents?q=" + UNIQUE, null);

		new TransactionTemplate(this.transactions)
			.executeWithoutResult((transaction) -> this.jdbc.sql("UPDATE organisation SET listed = TRUE WHERE id = :id")
				.param("id", agent)
				.update());
		String after = page("/agents?q=" + UNIQUE, null);

		assertThat(before).doesNotContain(UNIQUE + "テレワークセンター");
		assertThat(after).contains(UNIQUE + "テレワークセンター");
	}

	/** A page as a browser without cookies (or with the ones given) is sent it. */
	private String page(String path, String cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (cookies != null) {
			request.header("Cookie", cookies);
		}
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		return answer.body();
	}

	private Browser browser() {
		return new Browser("http://localhost:" + this.port);
	}

}
