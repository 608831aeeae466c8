package jp.musubi.broadcast;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.MediaStatus;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Live broadcasts as ffmpeg sends them: segments and playlist by PUT under the stream
 * key, viewers polling a playlist with fresh signed addresses, and the recording that
 * stays as a video after the end mark. A wrong key is refused and logged.
 */
@MusubiTest
@RecordApplicationEvents
class LiveIngestTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Channels channels;

	@Autowired
	LiveIngest ingest;

	@Autowired
	MediaLibrary library;

	@Autowired
	JdbcTemplate jdbc;

	BroadcastParties parties;

	Channel channel;

	String key;

	@BeforeEach
	void channelWithKey() {
		this.parties = new BroadcastParties(this.context);
		this.channel = this.parties.channel("会津の朝市ライブ", Visibility.PUBLIC);
		this.key = this.channels.newStreamKey(this.parties.current(this.parties.producer), this.channel.id()).value();
	}

	@Test
	void segmentsAndPlaylistMakeABroadcastViewersWatchAndTheEndMarkLeavesARecording() throws Exception {
		send("live0.ts", new byte[376]);
		send("live.m3u8", playlist(0, List.of("live0.ts"), false));
		UUID live = this.ingest.onAir(this.channel.id()).orElseThrow();

		MvcResult polled = this.mvc.perform(get("/broadcast/media/" + live + "/live.m3u8")).andReturn();
		String text = polled.getResponse().getContentAsString();
		String segment = text.lines().filter((line) -> line.contains("live0.ts")).findFirst().orElseThrow();
		MvcResult fetched = this.mvc.perform(get(segment)).andReturn();

		assertThat(polled.getResponse().getStatus()).isEqualTo(200);
		assertThat(polled.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(segment).startsWith("/broadcast/hls/").contains("/live0.ts?t=");
		assertThat(fetched.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.library.find(live).orElseThrow().status()).isEqualTo(MediaStatus.LIVE);

		send("live1.ts", new byte[376]);
		send("live.m3u8", playlist(0, List.of("live0.ts", "live1.ts"), true));

		Media recording = this.library.find(live).orElseThrow();
		assertThat(recording.status()).isEqualTo(MediaStatus.READY);
		assertThat(recording.duration().toMillis()).isEqualTo(4000);
		assertThat(recording.master()).isEqualTo("master.m3u8");
		assertThat(this.ingest.onAir(this.channel.id())).isEmpty();
		Optional<PlayerView> view = this.context.getBean(Player.class).view(live, null);
		assertThat(view).map(PlayerView::live).contains(false);
		assertThat(this.events.stream(VideoReady.class)).extracting(VideoReady::mediaId).containsExactly(live);
	}

	@Test
	void aSegmentNamedBeforeItArrivedIsListedOnceItIsStored() throws Exception {
		send("live0.ts", new byte[376]);
		send("live.m3u8", playlist(0, List.of("live0.ts", "live1.ts"), false));
		UUID live = this.ingest.onAir(this.channel.id()).orElseThrow();

		String before = livePlaylist(live);
		send("live1.ts", new byte[376]);
		String after = livePlaylist(live);

		assertThat(before).contains("live0.ts?t=").doesNotContain("live1.ts");
		assertThat(after).contains("live0.ts?t=", "live1.ts?t=");
	}

	@Test
	void aWrongKeyIsRefusedLoggedAndLeavesNothing() throws Exception {
		int audited = count("SELECT COUNT(*) FROM audit_event WHERE action = 'LIVE_INGEST_REFUSED'");

		MvcResult result = this.mvc.perform(put("/broadcast/ingest/live_wrong-key/live0.ts").content(new byte[376]))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("配信キーが正しくありません");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'LIVE_INGEST_REFUSED'"))
			.isEqualTo(audited + 1);
		assertThat(count("SELECT COUNT(*) FROM broadcast_live WHERE channel_id = '" + this.channel.id() + "'"))
			.isZero();
	}

	@Test
	void aNewKeyMakesTheOldOneStopWorking() throws Exception {
		String old = this.key;
		this.channels.newStreamKey(this.parties.current(this.parties.producer), this.channel.id());

		MvcResult result = this.mvc.perform(put("/broadcast/ingest/" + old + "/live0.ts").content(new byte[376]))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aNameThatIsNotASegmentOrPlaylistIsRefused() throws Exception {
		for (String name : List.of("evil.sh", "live.m3u8.exe", ".hidden.ts")) {
			MvcResult result = this.mvc.perform(put("/broadcast/ingest/" + this.key + "/" + name).content(new byte[10]))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(name).isEqualTo(400);
		}
		assertThat(this.ingest.onAir(this.channel.id())).isEmpty();
	}

	@Test
	void aPlaylistPointingOutsideTheFolderServesNothingFromOutside() throws Exception {
		send("live0.ts", new byte[376]);
		send("live.m3u8",
				("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\nlive0.ts\n#EXTINF:2.0,\n"
						+ "http://evil.example/x.ts\n#EXTINF:2.0,\n../../other/seg.ts\n")
					.getBytes(StandardCharsets.UTF_8));
		UUID live = this.ingest.onAir(this.channel.id()).orElseThrow();

		String text = this.mvc.perform(get("/broadcast/media/" + live + "/live.m3u8"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(text).contains("live0.ts?t=").doesNotContain("evil.example").doesNotContain("other/seg.ts");
	}

	private String livePlaylist(UUID live) throws Exception {
		return this.mvc.perform(get("/broadcast/media/" + live + "/live.m3u8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void send(String name, byte[] content) throws Exception {
		MvcResult result = this.mvc.perform(put("/broadcast/ingest/" + this.key + "/" + name).content(content))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(name).isEqualTo(204);
	}

	private static byte[] playlist(int sequence, List<String> segments, boolean ended) {
		StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n")
			.append("#EXT-X-MEDIA-SEQUENCE:")
			.append(sequence)
			.append('\n');
		segments.forEach((segment) -> text.append("#EXTINF:2.000000,\n").append(segment).append('\n'));
		if (ended) {
			text.append("#EXT-X-ENDLIST\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
