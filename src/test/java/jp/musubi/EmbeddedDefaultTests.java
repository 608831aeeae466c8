package jp.musubi;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.support.Page;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's start as a new user gets it: no database, no mail server, nothing
 * configured but where the data folder is. Musubi must start on its embedded H2 file
 * database, load the demo region, serve the Japanese portal and write mail to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTests {

	/** Set for the PostgreSQL tests by TestEnvironment; a new user has none of them. */
	private static final List<String> TEST_SETTINGS = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.mail.host", "spring.mail.port");

	@Test
	void startsOnTheEmbeddedDatabaseWithTheDemoRegion(@TempDir Path data, CapturedOutput output) throws Exception {
		Map<String, String> saved = new HashMap<>();
		TEST_SETTINGS.forEach((name) -> {
			String value = System.clearProperty(name);
			if (value != null) {
				saved.put(name, value);
			}
		});
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MusubiApplication.class)
			.run("--musubi.data-dir=" + data, "--server.port=0")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

			Page portal = Page.of(get(client, base + "/"));
			assertThat(portal.lang()).isEqualTo("ja");
			assertThat(portal.text()).contains("ゆのもり地域（デモ）", "ここでできること");

			Page directory = Page.of(get(client, base + "/agents"));
			assertThat(directory.text()).contains("27件のエージェント");
			Page shop = Page.of(get(client, base + "/shop"));
			assertThat(shop.textsOf(".card h2")).containsExactlyInAnyOrder("湯の森の棚田米 コシヒカリ", "朝採り白桃(6玉)",
					"桃の葉茶と湯呑みの詰め合わせ");
			Page hokkaido = Page.of(get(client, base + "/agents?prefecture=01"));
			assertThat(hokkaido.textsOf("#agent-results h2")).containsExactly("北海道SOHO･マイクロビジネス推進協議会");

			String csrf = Jsoup.parse(get(client, base + "/password/forgot"))
				.selectFirst("input[name=_csrf]")
				.attr("value");
			client.send(HttpRequest.newBuilder(URI.create(base + "/password/forgot"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&email=admin@demo.musubi.jp"))
				.build(), HttpResponse.BodyHandlers.ofString());
			Awaitility.await()
				.atMost(Duration.ofSeconds(15))
				.untilAsserted(() -> assertThat(output.getOut()).contains("No SMTP server configured")
					.contains("/password/reset?token="));

			// Native queries run on H2 too: the list answered 500 to anyone invited to a
			// private channel, since a UUID read that way came back as bytes.
			HttpClient partner = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String signIn = Jsoup.parse(get(partner, base + "/signin")).selectFirst("input[name=_csrf]").attr("value");
			partner.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + signIn + "&email=client@demo.musubi.jp&password="
						+ URLEncoder.encode("yunomori-demo-2026", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding());
			HttpResponse<String> station = partner.send(
					HttpRequest.newBuilder(URI.create(base + "/broadcast")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(station.statusCode()).isEqualTo(200);
			assertThat(Page.of(station.body()).text()).contains("ゆのもり農園 取引先だより", "ゆのもり農園だより");

			// Every module's part of the download is read with SQL that must run on H2
			// too.
			String exportToken = Jsoup.parse(get(partner, base + "/account/data"))
				.selectFirst("form[action$=/account/data/export] input[name=_csrf]")
				.attr("value");
			HttpResponse<String> download = partner
				.send(HttpRequest.newBuilder(URI.create(base + "/account/data/export"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + exportToken))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.body()).contains("\"modules\"", "\"work\"", "\"tourism\"", "\"broadcast\"",
					"\"insight\"", "\"shop\"", "\"contracts\"");

			// The shop's figures and settlements sum with SQL that must run on H2 too:
			// the
			// figures answered 500 there once (DISTINCT ON, FILTER, ARRAY_AGG).
			HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String staffSignIn = Jsoup.parse(get(staff, base + "/signin"))
				.selectFirst("input[name=_csrf]")
				.attr("value");
			staff.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + staffSignIn + "&email=staff@demo.musubi.jp&password="
							+ URLEncoder.encode("yunomori-demo-2026", StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding());
			for (String page : List.of("/shop/figures", "/shop/settlements")) {
				HttpResponse<String> answer = staff.send(
						HttpRequest.newBuilder(URI.create(base + page)).header("Accept", "text/html").build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				assertThat(answer.statusCode()).as(page).isEqualTo(200);
			}

			assertThat(Files.list(data.resolve("db")).map(Path::getFileName).map(Path::toString))
				.contains("musubi.mv.db");
		}
		finally {
			saved.forEach(System::setProperty);
		}
	}

	private static String get(HttpClient client, String url) throws Exception {
		return client
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

}
