package jp.musubi.platform.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.broadcast.BroadcastParties;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.support.RawHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Request bodies over real HTTP: what no caller may send to an address is refused from
 * its headers, before a byte of the body has been sent; a body of unknown length is
 * counted as it is read; only the people who run a channel may send a video's worth to
 * its upload address.
 */
@MusubiTest
class RequestBodyLimitsTests {

	/**
	 * Under the tests' video limit (24MB), which the container's own multipart check used
	 * for every address.
	 */
	private static final String TWENTY_MEGABYTES = "20000000";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aStrangerCannotMakeTheServerTakeAMultipartBodyAtAnyAddress() {
		String someone = UUID.randomUUID().toString();
		for (String path : List.of("/signin", "/work/requests/" + someone + "/attachments",
				"/broadcast/channels/" + someone + "/uploads", "/tourism/facility/" + someone + "/photos",
				"/api/v1/work/requests", "/account")) {
			RawHttp.Answer answer = RawHttp.send(this.port, """
					POST %s HTTP/1.1
					Accept: text/html
					Accept-Language: ja
					Content-Type: multipart/form-data; boundary=bomb
					Content-Length: %s
					""".formatted(path, TWENTY_MEGABYTES), new byte[0]);

			assertThat(answer.status()).as(path).isEqualTo(413);
			assertThat(Page.of(answer.body()).text()).as(path).containsPattern("ここで送れるのは\\d+[KM]Bまでです");
		}
	}

	@Test
	void aJsonBodyOfTwentyOneMegabytesIsRefusedBeforeItIsSent() throws Exception {
		RawHttp.Answer answer = RawHttp.send(this.port, """
				POST /api/v1/work/requests HTTP/1.1
				Authorization: Bearer %s
				Content-Type: application/json
				Accept: application/json
				Accept-Language: en
				Content-Length: 22020096
				""".formatted(clientToken()), new byte[0]);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("Up to 512KB can be sent here.");
	}

	@Test
	void aMultipartBodyThatDoesNotSayItsLengthIsRefusedUnread() {
		RawHttp.Answer answer = RawHttp.send(this.port, """
				POST /work/requests/%s/attachments HTTP/1.1
				Content-Type: multipart/form-data; boundary=bomb
				Transfer-Encoding: chunked
				""".formatted(UUID.randomUUID()), new byte[0]);

		assertThat(answer.status()).isEqualTo(411);
	}

	@Test
	void aJsonBodyOfUnknownLengthIsRefusedOnceItPassesTheLimit() throws Exception {
		String token = clientToken();
		byte[] start = "{\"title\": \"大きな依頼\", \"description\": \"".getBytes(StandardCharsets.UTF_8);
		byte[] description = new byte[(int) RequestBodyLimits.FORM.toBytes() + 1];
		Arrays.fill(description, (byte) 'a');
		InputStream body = new SequenceInputStream(new ByteArrayInputStream(start),
				new ByteArrayInputStream(description));

		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/work/requests"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
	}

	@Test
	void onlyThePeopleWhoRunAChannelMaySendAVideosWorthToIt() {
		BroadcastParties parties = new BroadcastParties(this.context);
		Channel channel = parties.channel("会津の四季", Visibility.PUBLIC);
		String otherProducer = RawHttp.signIn(this.port, parties.otherProducer.email());

		RawHttp.Answer answer = RawHttp.send(this.port, """
				POST /broadcast/channels/%s/uploads HTTP/1.1
				Cookie: %s
				Content-Type: multipart/form-data; boundary=video
				Content-Length: 20000000
				""".formatted(channel.id(), otherProducer), new byte[0]);

		assertThat(answer.status()).isEqualTo(413);
	}

	/** A client organisation's API token: its system may post work requests. */
	private String clientToken() throws Exception {
		TestUser owner = this.fixtures.member("client");
		UUID client = this.fixtures.organisation("株式会社大きな依頼", OrganisationType.CLIENT, owner);
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", client).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "受発注システム"))).textOf("#api-token");
	}

}
