package jp.musubi.broadcast.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import jp.musubi.broadcast.Bombs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The station's video workshop against the real ffmpeg, on small clips made here by
 * ffmpeg itself: what it learns of an upload, the ladder it writes, and what it refuses.
 */
class FfmpegTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** The defaults of application.yaml. */
	private static final VideoLimits LIMITS = new VideoLimits(3840, 2160, Duration.ofHours(2), 60, 432_000);

	@TempDir
	static Path samples;

	@TempDir
	Path output;

	private final Ffmpeg ffmpeg = new Ffmpeg("ffmpeg", "ffprobe", LIMITS, TIMEOUT, 10);

	/** 1280×720 with sound, as from a camera. */
	private static Path landscape;

	/** 640×360 and silent, as from a screen recording. */
	private static Path silent;

	/** 320×240, as from an old digital camera. */
	private static Path small;

	/** Recorded sideways and stored with "turn 90°", as phones do: a portrait video. */
	private static Path phone;

	@BeforeAll
	static void makeSamples() throws Exception {
		landscape = sample("landscape.mp4", "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30", "-f", "lavfi", "-i",
				"sine", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");
		silent = sample("silent.mp4", "-f", "lavfi", "-i", "testsrc=size=640x360:rate=30", "-t", "2", "-c:v", "libx264",
				"-preset", "ultrafast", "-pix_fmt", "yuv420p");
		small = sample("small.mp4", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=15", "-t", "1", "-c:v", "libx264",
				"-preset", "ultrafast", "-pix_fmt", "yuv420p");
		// ffmpeg 5.1 writes the rotation only when copying, not when encoding.
		phone = sample("phone.mp4", "-i", silent.toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90");
	}

	@Test
	void probeTellsDurationSizeAndSound() {
		VideoProbe probe = this.ffmpeg.probe(landscape);

		assertThat(probe.width()).isEqualTo(1280);
		assertThat(probe.height()).isEqualTo(720);
		assertThat(probe.hasAudio()).isTrue();
		assertThat(probe.duration().toMillis()).isCloseTo(2000, within(100L));
	}

	@Test
	void probeTellsASilentVideoHasNoSound() {
		VideoProbe probe = this.ffmpeg.probe(silent);

		assertThat(probe).extracting(VideoProbe::width, VideoProbe::height, VideoProbe::hasAudio)
			.containsExactly(640, 360, false);
	}

	@Test
	void probeGivesAPhoneVideoAsItIsWatched() {
		VideoProbe probe = this.ffmpeg.probe(phone);

		assertThat(probe.width()).isEqualTo(360);
		assertThat(probe.height()).isEqualTo(640);
	}

	@Test
	void anOlderPhonesRotateTagTurnsThePictureToo() {
		VideoProbe probe = ProbeReport.read("""
				{"streams": [{"codec_type": "video", "width": 1920, "height": 1080, "nb_frames": "300",
				              "tags": {"rotate": "-90"}}],
				 "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "10.000000"}}
				""");

		assertThat(probe).extracting(VideoProbe::duration, VideoProbe::width, VideoProbe::height, VideoProbe::hasAudio)
			.containsExactly(Duration.ofSeconds(10), 1080, 1920, false);
	}

	@Test
	void aSongWithCoverArtIsNotAVideo() {
		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> ProbeReport.read("""
				{"streams": [{"codec_type": "audio", "codec_name": "mp3"},
				             {"codec_type": "video", "codec_name": "mjpeg", "width": 600, "height": 600,
				              "disposition": {"attached_pic": 1}}],
				 "format": {"format_name": "mp3", "duration": "180.000000"}}
				""")).extracting(VideoRefused::messageKey).isEqualTo("broadcast.video.error.noVideo");
	}

	@Test
	void ladderNeverGoesAboveTheSource() {
		assertThat(Rung.ladderFor(probe(1280, 720, true))).containsExactly(new Rung("360p", 360, 800, 128),
				new Rung("720p", 720, 2800, 128));
		assertThat(Rung.ladderFor(probe(1920, 1080, false))).extracting(Rung::name)
			.containsExactly("360p", "720p", "1080p");
	}

	@Test
	void ladderOfAPortraitVideoFollowsItsShortSide() {
		assertThat(Rung.ladderFor(probe(360, 640, true))).extracting(Rung::name).containsExactly("360p");
		assertThat(Rung.ladderFor(probe(1080, 1920, true))).extracting(Rung::name)
			.containsExactly("360p", "720p", "1080p");
	}

	@Test
	void aSourceBelowTheLowestRungKeepsItsOwnEvenHeight() {
		assertThat(Rung.ladderFor(this.ffmpeg.probe(small))).singleElement()
			.extracting(Rung::name, Rung::height)
			.containsExactly("240p", 240);
		assertThat(Rung.ladderFor(probe(320, 181, false))).singleElement().extracting(Rung::height).isEqualTo(180);
	}

	@Test
	void transcodeWritesEveryRungListedInTheMasterPlaylist() throws IOException {
		VideoProbe probe = this.ffmpeg.probe(landscape);
		List<Double> progress = new ArrayList<>();

		Transcoded transcoded = this.ffmpeg.transcode(landscape, probe, this.output, progress::add);

		assertThat(transcoded.masterPlaylist()).isEqualTo("master.m3u8");
		assertThat(transcoded.renditions())
			.extracting(Rendition::name, Rendition::width, Rendition::height, Rendition::playlist)
			.containsExactly(tuple("360p", 640, 360, "360p/index.m3u8"), tuple("720p", 1280, 720, "720p/index.m3u8"));
		assertThat(transcoded.renditions()).allSatisfy((rendition) -> assertThat(rendition.bandwidth()).isPositive());
		String master = Files.readString(this.output.resolve("master.m3u8"));
		assertThat(master).contains("RESOLUTION=640x360", "RESOLUTION=1280x720", "BANDWIDTH=");
		assertThat(this.output.resolve("360p/seg_00000.ts")).isNotEmptyFile();
		assertThat(this.output.resolve("720p/seg_00000.ts")).isNotEmptyFile();
		assertThat(Files.readString(this.output.resolve("720p/index.m3u8"))).contains("#EXT-X-PLAYLIST-TYPE:VOD",
				"#EXT-X-ENDLIST");
		assertThat(this.output.resolve(transcoded.poster())).isNotEmptyFile();
		assertThat(transcoded.duration().toMillis()).isCloseTo(probe.duration().toMillis(), within(100L));
		assertThat(progress).first().isEqualTo(0.0);
		assertThat(progress).last().isEqualTo(1.0);
		assertThat(progress).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void transcodeOfASilentVideoHasNoSoundTrack() throws IOException {
		Transcoded transcoded = this.ffmpeg.transcode(silent, this.ffmpeg.probe(silent), this.output, (done) -> {
		});

		assertThat(transcoded.renditions()).extracting(Rendition::name, Rendition::width, Rendition::height)
			.containsExactly(tuple("360p", 640, 360));
		String master = Files.readString(this.output.resolve("master.m3u8"));
		assertThat(master).contains("RESOLUTION=640x360").doesNotContain("mp4a");
		assertThat(this.output.resolve("360p/seg_00000.ts")).isNotEmptyFile();
	}

	@Test
	void transcodeOfAPhoneVideoStaysUpright() {
		Transcoded transcoded = this.ffmpeg.transcode(phone, this.ffmpeg.probe(phone), this.output, (done) -> {
		});

		assertThat(transcoded.renditions()).extracting(Rendition::width, Rendition::height)
			.containsExactly(tuple(360, 640));
	}

	@Test
	void withoutFfmpegOnTheServerTheUploaderIsToldTheServerIsAtFault() {
		Ffmpeg absent = new Ffmpeg("/nonexistent/ffmpeg", "/nonexistent/ffprobe", LIMITS, TIMEOUT, 10);

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> absent.probe(landscape))
			.extracting(VideoRefused::messageKey)
			.isEqualTo("broadcast.video.error.unavailable");
	}

	@Test
	void transcodeTakingTooLongLeavesNothingBehind() throws IOException {
		Path callersFile = Files.writeString(this.output.resolve("upload.json"), "{}");
		Ffmpeg impatient = new Ffmpeg("ffmpeg", "ffprobe", LIMITS, TIMEOUT, Duration.ofMillis(1), 0);

		assertThatExceptionOfType(VideoRefused.class)
			.isThrownBy(() -> impatient.transcode(landscape, this.ffmpeg.probe(landscape), this.output, (done) -> {
			}))
			.extracting(VideoRefused::messageKey)
			.isEqualTo("broadcast.video.error.transcode");
		try (var left = Files.list(this.output)) {
			assertThat(left).containsExactly(callersFile);
		}
	}

	@Test
	void transcodeInterruptedStopsAndLeavesNothingBehind() throws IOException {
		VideoProbe probe = this.ffmpeg.probe(landscape);

		assertThatExceptionOfType(VideoRefused.class)
			.isThrownBy(() -> this.ffmpeg.transcode(landscape, probe, this.output,
					(done) -> Thread.currentThread().interrupt()))
			.extracting(VideoRefused::messageKey)
			.isEqualTo("broadcast.video.error.transcode");
		assertThat(Thread.interrupted()).as("the job still hears it was interrupted").isTrue();
		try (var left = Files.list(this.output)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void probeTellsTheFrameRateAndTheNumberOfFrames() {
		VideoProbe probe = this.ffmpeg.probe(landscape);

		assertThat(probe.frameRate()).isEqualTo(30.0);
		assertThat(probe.frames()).isEqualTo(60);
	}

	@Test
	void aVideoLargerThan4KIsRefusedNamingTheLimit() {
		Path eightK = Bombs.video(7680, 4320, 25, 2);

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> this.ffmpeg.probe(eightK))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("broadcast.video.error.resolution"))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(3840, 2160, 7680, 4320));
	}

	@Test
	void aPortrait4KVideoIsTaken() {
		VideoProbe probe = ProbeReport.read("""
				{"streams": [{"codec_type": "video", "width": 2160, "height": 3840, "avg_frame_rate": "30/1"}],
				 "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "10.000000"}}
				""");

		LIMITS.check(probe);
		assertThat(probe.height()).isEqualTo(3840);
	}

	@Test
	void aVideoWhoseHeaderClaimsFortyNineDaysIsRefusedNamingTheLimit() {
		Path claiming = Bombs.videoClaiming(Duration.ofSeconds(4_294_967));

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> this.ffmpeg.probe(claiming))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("broadcast.video.error.tooLong"))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(120L, 71_583L));
	}

	@Test
	void aVideoOverTheFrameRateLimitIsRefused() {
		Path fast = Bombs.video(320, 240, 120, 12);

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> this.ffmpeg.probe(fast))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("broadcast.video.error.frameRate"))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(60, 120L));
	}

	@Test
	void aVideoDeclaringMoreFramesThanTheLimitIsRefused() {
		// Within the length and the rate, but its header counts half a million frames.
		VideoProbe probe = ProbeReport.read("""
				{"streams": [{"codec_type": "video", "width": 640, "height": 360, "avg_frame_rate": "60/1",
				              "nb_frames": "500000"}],
				 "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "7000.000000"}}
				""");

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> LIMITS.check(probe))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("broadcast.video.error.frames"))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(432_000L, 500_000L));
	}

	@Test
	void theProbeHasAShortTimeoutOfItsOwn() {
		Ffmpeg hasty = new Ffmpeg("ffmpeg", "ffprobe", LIMITS, Duration.ofMillis(1), 10);

		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> hasty.probe(landscape))
			.extracting(VideoRefused::messageKey)
			.isEqualTo("broadcast.video.error.probeSlow");
	}

	@Test
	void transcodingMayTakeTimeInProportionToTheVideosLength() {
		assertThat(this.ffmpeg.transcodeTime(probe(1280, 720, true))).isEqualTo(Duration.ofSeconds(60 + 5 * 10));
		assertThat(this.ffmpeg.transcodeTime(new VideoProbe(Duration.ofHours(2), 1280, 720, true, 30, 216_000)))
			.isEqualTo(Duration.ofMinutes(1).plusHours(20));
	}

	@Test
	void aVideoClaimingAnHourIsTranscodedToItsRealLength() {
		Path claiming = Bombs.videoClaiming(Duration.ofHours(1));
		VideoProbe probe = this.ffmpeg.probe(claiming);
		assertThat(probe.duration()).as("what the header claims").isEqualTo(Duration.ofHours(1));

		Transcoded transcoded = this.ffmpeg.transcode(claiming, probe, this.output, (done) -> {
		});

		assertThat(transcoded.duration().toMillis()).as("what plays").isCloseTo(4000, within(200L));
	}

	@Test
	void anEmptyFileIsUnreadable() throws IOException {
		assertRefused(Files.createFile(samples.resolve("empty.mp4")), "broadcast.video.error.unreadable");
	}

	@Test
	void aTextFileNamedLikeAVideoIsUnreadable() throws IOException {
		Path notes = Files.writeString(samples.resolve("notes.mp4"), "会議のメモ\nnot a video\n");

		assertRefused(notes, "broadcast.video.error.unreadable");
	}

	@Test
	void randomBytesAreUnreadable() throws IOException {
		byte[] noise = new byte[64 * 1024];
		new Random(42).nextBytes(noise);

		assertRefused(Files.write(samples.resolve("noise.mp4"), noise), "broadcast.video.error.unreadable");
	}

	@Test
	void aVideoCutShortInTransferIsUnreadable() throws IOException {
		byte[] start = Arrays.copyOf(Files.readAllBytes(landscape), 2048);

		assertRefused(Files.write(samples.resolve("truncated.mp4"), start), "broadcast.video.error.unreadable");
	}

	@Test
	void aPhotoIsNotAVideo() throws Exception {
		Path photo = sample("photo.jpg", "-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1");

		assertRefused(photo, "broadcast.video.error.noVideo");
	}

	@Test
	void aPhotoUnderAnotherNameIsNotAVideo() throws Exception {
		Path photo = sample("photo-named.jpg", "-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1");

		assertRefused(Files.copy(photo, samples.resolve("photo.mp4")), "broadcast.video.error.noVideo");
	}

	@Test
	void soundAloneIsNotAVideo() throws Exception {
		Path sound = sample("sound.m4a", "-f", "lavfi", "-i", "sine", "-t", "1");

		assertRefused(sound, "broadcast.video.error.noVideo");
	}

	@Test
	void aPlaylistPointingAtLocalFilesIsRefused() throws IOException {
		Path playlist = Files.writeString(samples.resolve("evil.m3u8"), "#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n");

		assertRefused(playlist, "broadcast.video.error.unreadable");
	}

	/**
	 * The protocol whitelist alone lets this through (file:// is a local file); it is the
	 * demuxer whitelist, leaving out hls, that stops an upload from reading another one.
	 */
	@Test
	void aPlaylistPointingAtAnotherLocalVideoIsRefused() throws IOException {
		Path playlist = Files.writeString(samples.resolve("borrowed.m3u8"),
				"#EXTM3U\n#EXT-X-TARGETDURATION:2\n" + "#EXTINF:2,\n" + landscape.toUri() + "\n#EXT-X-ENDLIST\n");

		assertRefused(playlist, "broadcast.video.error.unreadable");
	}

	@Test
	void aPlaylistPointingAtTheNetworkIsRefused() throws IOException {
		Path playlist = Files.writeString(samples.resolve("remote.m3u8"),
				"#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nhttp://127.0.0.1:9/clip.ts\n#EXT-X-ENDLIST\n");

		assertRefused(playlist, "broadcast.video.error.unreadable");
	}

	@Test
	void aConcatListNamingAnotherVideoIsRefused() throws IOException {
		Path list = Files.writeString(samples.resolve("list.txt"),
				"ffconcat version 1.0\nfile '" + landscape.toAbsolutePath() + "'\n", StandardCharsets.UTF_8);

		assertRefused(list, "broadcast.video.error.unreadable");
	}

	/** A five-second video of this size with or without sound. */
	private static VideoProbe probe(int width, int height, boolean hasAudio) {
		return new VideoProbe(Duration.ofSeconds(5), width, height, hasAudio, 25, 125);
	}

	private void assertRefused(Path upload, String messageKey) {
		assertThatExceptionOfType(VideoRefused.class).isThrownBy(() -> this.ffmpeg.probe(upload))
			.extracting(VideoRefused::messageKey)
			.isEqualTo(messageKey);
	}

	private static Path sample(String name, String... arguments) throws IOException, InterruptedException {
		Path file = samples.resolve(name);
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error"));
		command.addAll(List.of(arguments));
		command.addAll(List.of("-y", file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ffmpeg made " + name).isTrue();
		assertThat(process.exitValue()).as("ffmpeg made " + name).isZero();
		return file;
	}

}
