package jp.musubi.broadcast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaKind;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.MediaStatus;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Uploading onto a channel: a photo comes out clean, a video becomes an HLS ladder in the
 * background, and every bad file is refused with a message next to the field, leaving
 * nothing in storage or in the database.
 */
@MusubiTest
class MediaUploadTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaLibrary library;

	@Autowired
	Player player;

	@Autowired
	Clock clock;

	@Value("${musubi.storage.directory}")
	Path storage;

	BroadcastParties parties;

	Channel channel;

	@BeforeEach
	void channel() {
		this.parties = new BroadcastParties(this.context);
		this.channel = this.parties.channel("会津の四季", Visibility.PUBLIC);
	}

	@Test
	void aPhotoIsReadyAtOnceWithAThumbnailOnTheChannelPage() throws Exception {
		MvcResult result = upload(new MockMultipartFile("file", "畑.jpg", "image/jpeg", Samples.photo(1600, 900)),
				"秋の畑");

		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/manage#media");
		Media photo = only();
		assertThat(photo.kind()).isEqualTo(MediaKind.PHOTO);
		assertThat(photo.status()).isEqualTo(MediaStatus.READY);
		assertThat(photo.width()).isEqualTo(1600);
		Page channelPage = Page.of(this.mvc.perform(
				get("/broadcast/channels/" + this.channel.id()).accept(org.springframework.http.MediaType.TEXT_HTML)));
		String thumbnail = channelPage.attributeOf(".media-grid img", "src");
		assertThat(thumbnail).startsWith("/broadcast/hls/").contains("/thumbnail.jpg?t=");
		MvcResult image = this.mvc.perform(get(thumbnail)).andReturn();
		assertThat(image.getResponse().getStatus()).isEqualTo(200);
		assertThat(image.getResponse().getContentType()).isEqualTo("image/jpeg");
	}

	@Test
	void aVideoIsTranscodedInTheBackgroundToALadderNeverAboveTheSource() throws Exception {
		upload(new MockMultipartFile("file", "畑.mp4", "video/mp4", Samples.videoBytes()), "畑の一日");
		Media queued = only();
		assertThat(queued.status()).isEqualTo(MediaStatus.PROCESSING);

		Awaitility.await()
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.library.find(queued.id()).orElseThrow().status() != MediaStatus.PROCESSING);

		Media video = this.library.find(queued.id()).orElseThrow();
		assertThat(video.status()).isEqualTo(MediaStatus.READY);
		assertThat(video.renditions()).extracting((rendition) -> rendition.height()).containsExactly(360, 720);
		assertThat(video.duration()).isBetween(Duration.ofMillis(3500), Duration.ofMillis(4500));
		assertThat(video.sourceKey()).isNull();
		assertThat(this.parties.filesUnder("broadcast-uploads")).isZero();
	}

	@Test
	void aZeroByteFileIsRefused() throws Exception {
		assertRefused(new MockMultipartFile("file", "空.mp4", "video/mp4", new byte[0]), "ファイルを選んでください。空のファイルは載せられません。");
	}

	@Test
	void textWithAVideoNameIsRefused() throws Exception {
		assertRefused(new MockMultipartFile("file", "動画.mp4", "video/mp4", "<html><body>偽物</body></html>".getBytes()),
				"写真や動画ではないファイルです。");
	}

	@Test
	void aVideoFfmpegCannotReadIsRefusedWhileTheUploaderIsOnThePage() throws Exception {
		byte[] truncated = Arrays.copyOf(Samples.videoBytes(), 2048);
		assertRefused(new MockMultipartFile("file", "壊れた.mp4", "video/mp4", truncated), "動画");
	}

	@Test
	void aPhotoOverTheSizeLimitIsRefused() throws Exception {
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		byte[] jpeg = Samples.photo(64, 64);
		System.arraycopy(jpeg, 0, large, 0, jpeg.length);
		assertRefused(new MockMultipartFile("file", "大きい.jpg", "image/jpeg", large), "写真が大きすぎます。2MBまでの写真を選んでください。");
	}

	@Test
	void aVideoOverTheSizeLimitIsRefusedNamingTheLimit() throws Exception {
		byte[] large = Arrays.copyOf(Samples.videoBytes(), 24 * 1024 * 1024 + 1);
		assertRefused(new MockMultipartFile("file", "長い.mp4", "video/mp4", large), "ファイルが大きすぎます。動画は24MBまでです。");
	}

	@Test
	void aPhotoOverThePixelLimitIsRefusedNamingTheLimit() throws Exception {
		byte[] sixtyFourMegapixels = Bombs.flatJpeg(8000, 8000);

		assertRefused(new MockMultipartFile("file", "広い.jpg", "image/jpeg", sixtyFourMegapixels),
				"写真の画素数が多すぎます。6000万画素までの写真を選んでください");
	}

	@Test
	void aProgressiveJpegWithHundredsOfScansIsRefusedNamingTheLimit() throws Exception {
		assertRefused(new MockMultipartFile("file", "重い.jpg", "image/jpeg", Bombs.progressiveJpeg(3000, 3000, 300)),
				"区切りは32個までです");
	}

	@Test
	void an8KVideoIsRefusedNamingTheLimit() throws Exception {
		byte[] eightK = Files.readAllBytes(Bombs.video(7680, 4320, 25, 2));

		assertRefused(new MockMultipartFile("file", "8K.mp4", "video/mp4", eightK),
				"動画は3840×2160まで載せられます（この動画は7680×4320です）");
	}

	@Test
	void aVideoWhoseHeaderClaimsFortyNineDaysIsRefusedNamingTheLimit() throws Exception {
		byte[] claiming = Files.readAllBytes(Bombs.videoClaiming(Duration.ofSeconds(4_294_967)));

		assertRefused(new MockMultipartFile("file", "長い.mkv", "video/x-matroska", claiming), "動画は120分までの長さにしてください");
	}

	@Test
	void linksToAVideoLastItsMeasuredLengthNotWhatItsHeaderClaims() throws Exception {
		byte[] claiming = Files.readAllBytes(Bombs.videoClaiming(Duration.ofHours(1)));
		upload(new MockMultipartFile("file", "一時間.mkv", "video/x-matroska", claiming), "一時間と書いてある動画");
		Media queued = only();

		Awaitility.await()
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.library.find(queued.id()).orElseThrow().status() != MediaStatus.PROCESSING);

		Media video = this.library.find(queued.id()).orElseThrow();
		assertThat(video.status()).isEqualTo(MediaStatus.READY);
		assertThat(video.duration()).isBetween(Duration.ofMillis(3500), Duration.ofMillis(4500));
		String source = this.player.view(video.id(), null).orElseThrow().source();
		long expiry = Long.parseLong(source.substring(source.indexOf("?t=") + 3, source.lastIndexOf('.')));
		assertThat(expiry - this.clock.instant().getEpochSecond()).as("seconds the link lasts")
			.isBetween(Duration.ofMinutes(30).toSeconds(), Duration.ofMinutes(30).plusSeconds(5).toSeconds());
	}

	@Test
	void aNameWithPathTraversalReachesNoPath() throws Exception {
		upload(new MockMultipartFile("file", "../../../../etc/cron.d/畑.jpg", "image/jpeg", Samples.photo(320, 200)),
				"名前に注意");

		Media photo = only();
		assertThat(photo.folder()).matches("broadcast/[0-9a-f-]{36}");
		assertThat(Files.exists(Paths.get("/etc/cron.d/畑.jpg"))).isFalse();
		assertThat(Files.exists(this.storage.resolve(photo.folder()).resolve("photo.jpg"))).isTrue();
	}

	@Test
	void anotherOrganisationCannotUploadToTheChannel() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/broadcast/channels/" + this.channel.id() + "/uploads")
				.file(new MockMultipartFile("file", "畑.jpg", "image/jpeg", Samples.photo(320, 200)))
				.param("title", "乗っ取り")
				.with(csrf())
				.with(this.fixtures.signedIn(this.parties.otherProducer)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(items()).isZero();
	}

	private void assertRefused(MockMultipartFile file, String message) throws Exception {
		long files = this.parties.filesUnder("broadcast") + this.parties.filesUnder("broadcast-uploads");

		MvcResult result = upload(file, "載らないはず");

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Page page = Page.of(result.getResponse().getContentAsString());
		assertThat(page.textOf("#file-error")).contains(message);
		assertThat(page.valueOf("title")).isEqualTo("載らないはず");
		assertThat(items()).isZero();
		assertThat(this.parties.filesUnder("broadcast") + this.parties.filesUnder("broadcast-uploads"))
			.isEqualTo(files);
	}

	private MvcResult upload(MockMultipartFile file, String title) throws Exception {
		return this.mvc
			.perform(multipart("/broadcast/channels/" + this.channel.id() + "/uploads").file(file)
				.param("title", title)
				.with(csrf())
				.with(this.fixtures.signedIn(this.parties.producer)))
			.andReturn();
	}

	private Media only() {
		var page = this.library.of(this.channel.id(), PageRequest.of(0, 10));
		assertThat(page.getContent()).hasSize(1);
		return page.getContent().get(0);
	}

	private long items() {
		return this.library.of(this.channel.id(), PageRequest.of(0, 10)).getTotalElements();
	}

}
