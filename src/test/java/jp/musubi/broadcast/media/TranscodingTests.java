package jp.musubi.broadcast.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jp.musubi.broadcast.BroadcastParties;
import jp.musubi.broadcast.Samples;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.platform.storage.FileStorage;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The transcoding job when things go wrong that are not the file's fault: the upload gone
 * from storage, storage refusing the ladder, the owner removing the video meanwhile. The
 * job is called here directly, on a video saved without queueing it, so the suite's job
 * server does not run it first.
 */
@MusubiTest
class TranscodingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Transcoding transcoding;

	@Autowired
	MediaRepository media;

	@Autowired
	MediaLibrary library;

	@Autowired
	FileStorage storage;

	@Autowired
	Clock clock;

	@Value("${musubi.storage.directory}")
	Path storageDirectory;

	BroadcastParties parties;

	Channel channel;

	@BeforeEach
	void channel() {
		this.parties = new BroadcastParties(this.context);
		this.channel = this.parties.channel("会津の四季", Visibility.PUBLIC);
	}

	@Test
	void aVideoWhoseUploadIsGoneFailsAtOnceSayingTheServerIsAtFault() throws Exception {
		Media video = queued(this.storage.newFolder(MediaLibrary.UPLOAD_AREA));

		this.transcoding.transcode(video.id(), false);

		assertThat(this.media.findById(video.id()).orElseThrow().status()).isEqualTo(MediaStatus.FAILED);
		assertThat(statusSeenByTheOwner(video)).contains("変換できませんでした").contains("サーバー側の不具合");
	}

	@Test
	void aStorageFaultIsRetriedAndOnTheLastTryFailsTheVideoInsteadOfLeavingItProcessing() throws Exception {
		Media video = queued(storedSample());
		// A file where the ladder's folder should be: storage refuses every file of it.
		Path folder = this.storageDirectory.resolve(video.folder());
		Files.createDirectories(folder.getParent());
		Files.writeString(folder, "not a folder");

		assertThatThrownBy(() -> this.transcoding.transcode(video.id(), false)).isInstanceOf(RuntimeException.class);
		assertThat(this.media.findById(video.id()).orElseThrow().status()).isEqualTo(MediaStatus.PROCESSING);
		assertThat(this.storage.exists(video.sourceKey())).isTrue();

		this.transcoding.transcode(video.id(), true);

		assertThat(this.media.findById(video.id()).orElseThrow().status()).isEqualTo(MediaStatus.FAILED);
		assertThat(statusSeenByTheOwner(video)).contains("サーバー側の不具合").contains("もう一度アップロード");
		assertThat(this.storage.exists(video.sourceKey())).isFalse();
		assertThat(folder).doesNotExist();
	}

	@Test
	void aVideoRemovedWhileItIsTranscodedStopsTheJobAndLeavesNoFiles() throws Exception {
		Path longer = Samples.folder().resolve("testsrc-720p-30s.mp4");
		Samples.ffmpeg("-f", "lavfi", "-i", "testsrc=size=1280x720:rate=25", "-t", "30", "-c:v", "libx264", "-preset",
				"ultrafast", "-pix_fmt", "yuv420p", longer.toString());
		Media video = queued(stored(longer));

		CompletableFuture<Void> job = CompletableFuture.runAsync(() -> this.transcoding.transcode(video.id(), false));
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> job.isDone() || this.media.findById(video.id()).orElseThrow().progress() > 0);
		this.library.remove(video.id());
		job.get(60, TimeUnit.SECONDS);

		assertThat(this.parties.filesUnder(video.folder())).isZero();
		assertThat(this.storage.exists(video.sourceKey())).isFalse();
		Page manage = Page
			.of(this.mvc.perform(get("/broadcast/channels/" + this.channel.id() + "/manage").accept(MediaType.TEXT_HTML)
				.with(this.fixtures.signedIn(this.parties.producer))));
		assertThat(manage.text()).doesNotContain("変換中の動画");
	}

	private Media queued(String sourceKey) {
		return this.media.save(Media.video(this.channel.id(), "変換中の動画", null, this.parties.producer.id(), sourceKey,
				this.storage.newFolder(MediaFolder.AREA), this.clock.instant()));
	}

	private String storedSample() {
		return stored(Samples.video());
	}

	private String stored(Path video) {
		try (InputStream in = Files.newInputStream(video)) {
			return this.storage.store(MediaLibrary.UPLOAD_AREA, in, Long.MAX_VALUE).key();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String statusSeenByTheOwner(Media video) throws Exception {
		return Page.of(this.mvc.perform(get("/broadcast/media/" + video.id() + "/progress").accept(MediaType.TEXT_HTML)
			.with(this.fixtures.signedIn(this.parties.producer)))).text();
	}

}
