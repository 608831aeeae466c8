package jp.musubi;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jobrunr.scheduling.JobScheduler;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Page;
import jp.musubi.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Musubi nodes on loopback sharing this run's PostgreSQL database, as behind a load
 * balancer: a person signs in on one and goes on on the other (sessions are in the
 * database), and a job one node enqueues is done by the other (JobRunr's storage is the
 * database too).
 */
class TwoNodesTests {

	@Test
	void aSessionAndAJobCrossFromOneNodeToTheOther() throws Exception {
		// A database of their own: the job servers of the other tests' contexts, running
		// in
		// this JVM on the run's database, would otherwise take the job and fail it.
		String database = TestEnvironment.freshDatabase("two_nodes");
		try (ConfigurableApplicationContext first = node("first", database, false);
				ConfigurableApplicationContext second = node("second", database, true)) {
			String person = first.getBean(Fixtures.class).member("roaming").email();
			JdbcClient jdbc = first.getBean(JdbcClient.class);

			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String csrf = Jsoup.parse(get(browser, url(first, "/signin")))
				.selectFirst("input[name=_csrf]")
				.attr("value");
			HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url(first, "/signin")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"_csrf=" + csrf + "&email=" + person + "&password=" + Fixtures.PASSWORD.replace(' ', '+')))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(Page.of(get(browser, url(second, "/account"))).heading()).isEqualTo("マイページ");

			jdbc.sql("CREATE TABLE IF NOT EXISTS two_nodes_probe (job UUID PRIMARY KEY, node VARCHAR(20))").update();
			UUID job = UUID.randomUUID();
			JobProbe probe = first.getBean(JobProbe.class);
			first.getBean(JobScheduler.class).enqueue(() -> probe.record(job));
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> jdbc.sql("SELECT node FROM two_nodes_probe WHERE job = :job")
					.param("job", job)
					.query(String.class)
					.optional(), (node) -> node.isPresent());
			assertThat(jdbc.sql("SELECT node FROM two_nodes_probe WHERE job = :job")
				.param("job", job)
				.query(String.class)
				.single()).isEqualTo("second");
		}
	}

	private static ConfigurableApplicationContext node(String name, String database, boolean runsJobs) {
		return new SpringApplicationBuilder(MusubiApplication.class, JobProbe.class, Fixtures.class).run(
				"--server.port=0", "--spring.datasource.url=" + database, "--musubi.demo.enabled=false",
				"--musubi.test.node=" + name, "--musubi.data-dir=" + System.getProperty("musubi.data-dir") + "/" + name,
				"--jobrunr.background-job-server.enabled=" + runsJobs,
				"--jobrunr.background-job-server.poll-interval-in-seconds=5", "--server.shutdown=immediate");
	}

	private static String url(ConfigurableApplicationContext node, String path) {
		return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
	}

	private static String get(HttpClient browser, String url) throws Exception {
		return browser
			.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

	/** A job that writes down which node ran it. */
	public static class JobProbe {

		private final JdbcClient jdbc;

		private final String node;

		JobProbe(JdbcClient jdbc, @Value("${musubi.test.node}") String node) {
			this.jdbc = jdbc;
			this.node = node;
		}

		public void record(UUID job) {
			this.jdbc.sql("INSERT INTO two_nodes_probe (job, node) VALUES (:job, :node)")
				.param("job", job)
				.param("node", this.node)
				.update();
		}

	}

}
