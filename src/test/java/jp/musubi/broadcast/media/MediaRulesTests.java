package jp.musubi.broadcast.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A media item's way to viewers, without Spring: a photo is ready at once, a video is
 * processed until it is ready or has failed, a live broadcast is live until its recording
 * is ready; only a video that is ready or live can be played.
 */
class MediaRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2027-05-10T03:00:00Z"), ZoneOffset.UTC);

	private static final UUID CHANNEL = UUID.randomUUID();

	private static final UUID OWNER = UUID.randomUUID();

	private static final Rendition P360 = new Rendition("360p", 640, 360, 800_000, "360p/index.m3u8");

	private static final Rendition P720 = new Rendition("720p", 1280, 720, 2_800_000, "720p/index.m3u8");

	private static final Rendition P1080 = new Rendition("1080p", 1920, 1080, 5_000_000, "1080p/index.m3u8");

	@Test
	void aPhotoIsReadyAtOnceWithItsCleanCopiesButIsNotPlayed() {
		Media photo = Media.photo(CHANNEL, "湯けむり", "朝の源泉", OWNER, folder(), "photo.jpg", "thumbnail.jpg", 1600, 1200,
				this.clock.instant());

		assertThat(photo.kind()).isEqualTo(MediaKind.PHOTO);
		assertThat(photo.status()).isEqualTo(MediaStatus.READY);
		assertThat(photo.progress()).isEqualTo(100);
		assertThat(photo.readyAt()).isEqualTo(this.clock.instant());
		assertThat(photo.createdAt()).isEqualTo(this.clock.instant());
		assertThat(photo.master()).isEqualTo("photo.jpg");
		assertThat(photo.thumbnail()).isEqualTo("thumbnail.jpg");
		assertThat(photo.width()).isEqualTo(1600);
		assertThat(photo.height()).isEqualTo(1200);
		assertThat(photo.channelId()).isEqualTo(CHANNEL);
		assertThat(photo.uploadedBy()).isEqualTo(OWNER);
		assertThat(photo.title()).isEqualTo("湯けむり");
		assertThat(photo.description()).isEqualTo("朝の源泉");
		// Nothing is left to process: no upload is kept, and there is no ladder.
		assertThat(photo.sourceKey()).isNull();
		assertThat(photo.renditions()).isEmpty();
		assertThat(photo.duration()).isNull();
		assertThat(photo.isPlayable()).isFalse();
	}

	@Test
	void anUploadedVideoWaitsForItsLadderKeepingItsUpload() {
		Media video = video();

		assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
		assertThat(video.status()).isEqualTo(MediaStatus.PROCESSING);
		assertThat(video.progress()).isZero();
		assertThat(video.sourceKey()).isEqualTo("upload/source-1");
		assertThat(video.folder()).startsWith("broadcast/");
		assertThat(video.readyAt()).isNull();
		assertThat(video.failure()).isNull();
		assertThat(video.renditions()).isEmpty();
		assertThat(video.width()).isNull();
		assertThat(video.duration()).isNull();
		assertThat(video.isPlayable()).isFalse();
	}

	@Test
	void aLiveBroadcastIsAVideoThatCanBePlayedAtOnce() {
		Media live = live();

		assertThat(live.kind()).isEqualTo(MediaKind.VIDEO);
		assertThat(live.status()).isEqualTo(MediaStatus.LIVE);
		assertThat(live.description()).isNull();
		assertThat(live.sourceKey()).isNull();
		assertThat(live.uploadedBy()).isEqualTo(OWNER);
		assertThat(live.isPlayable()).isTrue();
	}

	@Test
	void progressWhileProcessingOnlyGoesUpAndStopsShortOfDone() {
		Media video = video();

		video.progress(30);
		assertThat(video.progress()).isEqualTo(30);
		video.progress(20);
		assertThat(video.progress()).isEqualTo(30);
		// Only the ladder in storage makes a video done.
		video.progress(100);
		assertThat(video.progress()).isEqualTo(99);
		assertThat(video.status()).isEqualTo(MediaStatus.PROCESSING);
	}

	@Test
	void progressReportedAfterProcessingChangesNothing() {
		Media photo = Media.photo(CHANNEL, "湯けむり", null, OWNER, folder(), "photo.jpg", "thumbnail.jpg", 1600, 1200,
				this.clock.instant());
		photo.progress(10);
		assertThat(photo.progress()).isEqualTo(100);

		Media failed = video();
		failed.progress(40);
		failed.failed(Transcoding.SERVER_FAULT);
		failed.progress(80);
		assertThat(failed.progress()).isEqualTo(40);

		Media live = live();
		live.progress(50);
		assertThat(live.progress()).isZero();
	}

	@Test
	void aReadyVideoHasItsLadderFromLowestToHighestAndTheSizeOfTheTop() {
		Media video = video();
		video.progress(95);
		Instant later = this.clock.instant().plus(Duration.ofMinutes(4));

		video.ready(List.of(P720, P1080, P360), "master.m3u8", "poster.jpg", Duration.ofSeconds(93, 480_000_000),
				later);

		assertThat(video.status()).isEqualTo(MediaStatus.READY);
		assertThat(video.progress()).isEqualTo(100);
		assertThat(video.renditions()).containsExactly(P360, P720, P1080);
		assertThat(video.width()).isEqualTo(1920);
		assertThat(video.height()).isEqualTo(1080);
		assertThat(video.master()).isEqualTo("master.m3u8");
		assertThat(video.poster()).isEqualTo("poster.jpg");
		assertThat(video.duration()).isEqualTo(Duration.ofMillis(93_480));
		assertThat(video.readyAt()).isEqualTo(later);
		assertThat(video.failure()).isNull();
		assertThat(video.isPlayable()).isTrue();
	}

	@Test
	void aReadyVideoLetsItsUploadGo() {
		Media video = video();

		video.ready(List.of(P360), "master.m3u8", "poster.jpg", Duration.ofSeconds(10), this.clock.instant());

		assertThat(video.sourceKey()).isNull();
		assertThat(video.folder()).startsWith("broadcast/");
	}

	@Test
	void anEndedBroadcastsRecordingIsReadyWithOneRenditionAndNoPoster() {
		Media live = live();
		Rendition recording = new Rendition("live", 1280, 720, 2_000_000, "recording.m3u8");

		live.ready(List.of(recording), "master.m3u8", null, Duration.ofMinutes(42), this.clock.instant());

		assertThat(live.status()).isEqualTo(MediaStatus.READY);
		assertThat(live.renditions()).containsExactly(recording);
		assertThat(live.width()).isEqualTo(1280);
		assertThat(live.poster()).isNull();
		assertThat(live.duration()).isEqualTo(Duration.ofMinutes(42));
		assertThat(live.isPlayable()).isTrue();
	}

	@Test
	void aFailedVideoSaysWhyCannotBePlayedAndLetsItsUploadGo() {
		Media video = video();

		video.failed("broadcast.video.error.transcode");

		assertThat(video.status()).isEqualTo(MediaStatus.FAILED);
		assertThat(video.failure()).isEqualTo("broadcast.video.error.transcode");
		assertThat(video.sourceKey()).isNull();
		assertThat(video.readyAt()).isNull();
		assertThat(video.isPlayable()).isFalse();
		assertThat(video.status().messageKey()).isEqualTo("broadcast.status.FAILED");
	}

	@Test
	void theOwnerRenamesAnItemWhateverItsStateAndMayDropTheDescription() {
		Media video = video();
		video.describe("新しい題", "新しい説明");
		assertThat(video.title()).isEqualTo("新しい題");
		assertThat(video.description()).isEqualTo("新しい説明");

		video.describe("新しい題", null);
		assertThat(video.description()).isNull();
		assertThat(video.status()).isEqualTo(MediaStatus.PROCESSING);
	}

	@Test
	void theLadderIsReadOnlyForCallers() {
		Media video = video();
		video.ready(List.of(P360, P720), "master.m3u8", "poster.jpg", Duration.ofSeconds(10), this.clock.instant());

		assertThatThrownBy(() -> video.renditions().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(video.renditions()).hasSize(2);
	}

	@Test
	void anItemsFolderComesOnlyFromTheMediaAreaAndTakesOnlyNamesWeMake() {
		UUID id = UUID.randomUUID();
		MediaFolder folder = MediaFolder.of("broadcast/" + id);

		assertThat(folder.storageFolder()).isEqualTo("broadcast/" + id);
		assertThat(folder.key("720p/seg_001.ts")).isEqualTo("broadcast/" + id + "/720p/seg_001.ts");
		assertThat(folder.publicPath()).isEqualTo("/broadcast/hls/" + id + "/");
		assertThatIllegalArgumentException().isThrownBy(() -> MediaFolder.of("uploads/" + id));
		assertThatIllegalArgumentException().isThrownBy(() -> MediaFolder.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> folder.key("../other/master.m3u8"));
		assertThat(MediaFolder.isFileName("a/b/c.ts")).isFalse();
		assertThat(MediaFolder.isFileName("master.exe")).isFalse();
		assertThat(MediaFolder.isFileName(null)).isFalse();
	}

	@Test
	void aRefusedUploadSaysWhetherToTryAgainLaterAndKeepsItsArgumentsToItself() {
		Object[] limits = { "20MB", "2GB" };
		UploadRefused tooLarge = new UploadRefused("broadcast.upload.error.tooLarge", limits);
		limits[0] = "1MB";
		tooLarge.arguments()[1] = "1GB";

		assertThat(tooLarge.messageKey()).isEqualTo("broadcast.upload.error.tooLarge");
		assertThat(tooLarge.arguments()).containsExactly("20MB", "2GB");
		assertThat(tooLarge.retryLater()).isFalse();

		UploadRefused busy = UploadRefused.busy("broadcast.photo.error.busy");
		assertThat(busy.retryLater()).isTrue();
		assertThat(busy.arguments()).isEmpty();
	}

	private Media video() {
		return Media.video(CHANNEL, "湯治の一日", "源泉から夕食まで", OWNER, "upload/source-1", folder(), this.clock.instant());
	}

	private Media live() {
		return Media.live(CHANNEL, "ライブ", OWNER, folder(), this.clock.instant());
	}

	private static String folder() {
		return "broadcast/" + UUID.randomUUID();
	}

}
