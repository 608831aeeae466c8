package jp.musubi.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.broadcast.BroadcastParties;
import jp.musubi.broadcast.Samples;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.MediaStatus;
import jp.musubi.support.MusubiTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station in a real browser: a producer uploads a video ffmpeg made, watches it being
 * processed and plays it with its quality levels; then ffmpeg broadcasts live to the
 * channel and a visitor watches the broadcast, whose recording stays afterwards.
 */
@MusubiTest
class BroadcastBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Channels channels;

	@Autowired
	MediaLibrary library;

	@Autowired
	LiveIngest ingest;

	@LocalServerPort
	int port;

	BroadcastParties parties;

	@BeforeEach
	void parties() {
		this.parties = new BroadcastParties(this.context);
	}

	@Test
	void anUploadedVideoIsProcessedAndPlaysWithItsQualityLevels() {
		Channel channel = this.parties.channel("会津の四季", Visibility.PUBLIC);
		signIn(this.page, this.parties.producer);
		this.page.navigate("/broadcast/channels/" + channel.id() + "/manage");
		assertAccessible();

		this.page.getByLabel("ファイル").setInputFiles(Samples.video());
		this.page.getByLabel("タイトル", new Page.GetByLabelOptions().setExact(true)).fill("秋の畑");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("載せる")).click();

		assertThat(this.page.locator(".notice")).containsText("動画を受け付けました。");
		// The status cell asks for itself every two seconds while the video is processed.
		assertThat(this.page.locator(".media-status").first()).containsText("公開中",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("秋の畑")).click();

		assertThat(this.page.locator("[data-quality] option")).hasText(new String[] { "自動", "360p", "720p" });
		this.page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; return v.play(); }");
		this.page.waitForFunction("() => document.querySelector('video').currentTime > 1", null,
				new Page.WaitForFunctionOptions().setTimeout(30_000));
		this.page.getByLabel("画質").selectOption("360p");
		assertAccessible();
	}

	@Test
	void aLiveBroadcastPushedByFfmpegPlaysForAVisitorAndStaysAsARecording() throws Exception {
		Channel channel = this.parties.channel("会津の朝市ライブ", Visibility.PUBLIC);
		String key = this.channels.newStreamKey(this.parties.current(this.parties.producer), channel.id()).value();
		Process ffmpeg = broadcast(key);
		try {
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.ingest.onAir(channel.id()).flatMap(this.ingest::livePlaylist).isPresent());
			UUID live = this.ingest.onAir(channel.id()).orElseThrow();

			this.page.navigate("/broadcast/channels/" + channel.id());
			assertThat(this.page.locator("#on-air")).hasText("ただいまライブ配信中");
			this.page.waitForFunction("() => document.querySelector('video').currentTime > 2", null,
					new Page.WaitForFunctionOptions().setTimeout(60_000));
			assertAccessible();

			stop(ffmpeg);
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.library.find(live).orElseThrow().status() == MediaStatus.READY);
			assertThat(this.library.find(live).orElseThrow().duration()).isGreaterThan(Duration.ofSeconds(2));
		}
		finally {
			ffmpeg.destroyForcibly();
		}
	}

	/** ffmpeg broadcasting its test picture as the documented command line does. */
	private Process broadcast(String key) {
		List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i",
				"testsrc=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440", "-t", "90", "-c:v",
				"libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "50", "-pix_fmt", "yuv420p", "-c:a",
				"aac", "-f", "hls", "-hls_time", "2", "-hls_list_size", "6", "-method", "PUT",
				"http://localhost:" + this.port + "/broadcast/ingest/" + key + "/live.m3u8");
		try {
			return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Samples.folder().resolve("live-ffmpeg.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Asks ffmpeg to stop as a person would (q), so that it sends the end mark. */
	private static void stop(Process ffmpeg) throws InterruptedException {
		try (OutputStream in = ffmpeg.getOutputStream()) {
			in.write("q".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			// already gone: the idle job ends the broadcast then
		}
		ffmpeg.waitFor(30, TimeUnit.SECONDS);
	}

}
