package jp.musubi.broadcast.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/**
 * The station's video workshop: asks ffprobe what an upload is, and has ffmpeg turn it
 * into an HLS ladder that plays on any phone or television browser, with a poster for the
 * page.
 * <p>
 * Uploads are untrusted. An HLS playlist, a concat list or an image sequence is a file
 * that makes ffmpeg open other files or the network; so the tools read only local files
 * ({@code
 * -protocol_whitelist file}), only through demuxers for ordinary video, audio and picture
 * containers ({@code -format_whitelist}), and the upload is named as {@code file:} so no
 * name can be taken for an option or another protocol.
 */
public final class Ffmpeg {

	static final String TRANSCODE = "broadcast.video.error.transcode";

	/** ffmpeg is not installed: no upload's fault, and the uploader should hear so. */
	static final String UNAVAILABLE = "broadcast.video.error.unavailable";

	static final String MASTER_PLAYLIST = "master.m3u8";

	static final String POSTER = "poster.jpg";

	/**
	 * Containers cameras, phones and editing software write, and audio and picture
	 * formats only so that such an upload is told "not a video" rather than "unreadable".
	 * Playlists (hls), lists (concat), and the rest are left out on purpose.
	 */
	private static final String DEMUXERS = String.join(",", "mov", "matroska", "webm", "avi", "mpegts", "mpeg", "flv",
			"asf", "ogg", "mp3", "wav", "aac", "flac", "image2", "jpeg_pipe", "png_pipe", "webp_pipe", "bmp_pipe");

	/**
	 * HLS players switch rungs only at segment boundaries; 4 s keeps start-up and
	 * switching quick.
	 */
	private static final int SEGMENT_SECONDS = 4;

	/** A keyframe every 2 s falls on every 4 s segment boundary, in every rung alike. */
	private static final int KEYFRAME_SECONDS = 2;

	private static final int POSTER_MAX_WIDTH = 1280;

	static final String PROBE_SLOW = "broadcast.video.error.probeSlow";

	/** Time for ffmpeg to start and write the poster, whatever the video's length. */
	private static final Duration TRANSCODE_START = Duration.ofMinutes(1);

	private final String ffmpegCommand;

	private final String ffprobeCommand;

	private final VideoLimits limits;

	private final Duration probeTimeout;

	private final Duration transcodeStart;

	private final double transcodeTimeFactor;

	/**
	 * @param limits what the station transcodes; a video beyond them is refused by the
	 * probe
	 * @param probeTimeout how long ffprobe may take: it reads headers, which takes well
	 * under a second, and runs while the uploader waits for the answer
	 * @param transcodeTimeFactor how many times its own length a video may take to
	 * transcode (plus a minute), after which it is given up
	 */
	public Ffmpeg(String ffmpegCommand, String ffprobeCommand, VideoLimits limits, Duration probeTimeout,
			double transcodeTimeFactor) {
		this(ffmpegCommand, ffprobeCommand, limits, probeTimeout, TRANSCODE_START, transcodeTimeFactor);
	}

	Ffmpeg(String ffmpegCommand, String ffprobeCommand, VideoLimits limits, Duration probeTimeout,
			Duration transcodeStart, double transcodeTimeFactor) {
		if (!(transcodeTimeFactor >= 0)) {
			throw new IllegalArgumentException("The transcode time factor must not be negative");
		}
		this.ffmpegCommand = Objects.requireNonNull(ffmpegCommand);
		this.ffprobeCommand = Objects.requireNonNull(ffprobeCommand);
		this.limits = Objects.requireNonNull(limits);
		this.probeTimeout = Objects.requireNonNull(probeTimeout);
		this.transcodeStart = Objects.requireNonNull(transcodeStart);
		this.transcodeTimeFactor = transcodeTimeFactor;
	}

	/**
	 * What the upload is, refused when it is not a video this station can show or goes
	 * beyond its limits.
	 * @throws VideoRefused (message key) when ffprobe cannot read it in time, it has no
	 * video stream or its size, length, frame rate or number of frames is over the limits
	 */
	public VideoProbe probe(Path source) {
		String input = input(source);
		try {
			if (Files.size(source) == 0) {
				throw new VideoRefused(ProbeReport.UNREADABLE, "empty file");
			}
		}
		catch (IOException ex) {
			throw new VideoRefused(ProbeReport.UNREADABLE, "cannot read " + source, ex);
		}
		StringBuilder report = new StringBuilder();
		try {
			ToolRun.run(
					List.of(this.ffprobeCommand, "-v", "error", "-protocol_whitelist", "file", "-format_whitelist",
							DEMUXERS, "-print_format", "json", "-show_format", "-show_streams", input),
					this.probeTimeout, (line) -> report.append(line).append('\n'));
		}
		catch (ToolRun.Missing ex) {
			throw new VideoRefused(UNAVAILABLE, ex.getMessage(), ex);
		}
		catch (ToolRun.TimedOut ex) {
			throw new VideoRefused(PROBE_SLOW, ex.getMessage(), Math.max(1, this.probeTimeout.toSeconds()));
		}
		catch (ToolRun.Failed ex) {
			throw new VideoRefused(ProbeReport.UNREADABLE, ex.getMessage(), ex);
		}
		VideoProbe probe = ProbeReport.read(report.toString());
		this.limits.check(probe);
		return probe;
	}

	/**
	 * How long transcoding may take: proportional to the length the headers claim, which
	 * the limits cap. A file that understates its length is stopped when its claim runs
	 * out; one that overstates it finishes as soon as its real frames do.
	 */
	Duration transcodeTime(VideoProbe probe) {
		long nanos = (long) Math.min(Long.MAX_VALUE / 2.0, probe.duration().toNanos() * this.transcodeTimeFactor);
		return this.transcodeStart.plusNanos(nanos);
	}

	/**
	 * Writes the HLS ladder into outputDirectory; progress goes 0.0 → 1.0.
	 * @throws VideoRefused with {@code broadcast.video.error.transcode} when ffmpeg
	 * fails, takes longer than the timeout or the thread is interrupted; what it wrote is
	 * removed. An exception thrown by progress stops ffmpeg and comes out as it is.
	 */
	public Transcoded transcode(Path source, VideoProbe probe, Path outputDirectory, DoubleConsumer progress) {
		String input = input(source);
		Path directory = outputDirectory.toAbsolutePath().normalize();
		if (directory.toString().indexOf('%') >= 0) {
			// The HLS muxer reads % in its file names as a template.
			throw new IllegalArgumentException("an output directory with % in its name: " + directory);
		}
		List<Rung> ladder = Rung.ladderFor(probe);
		try {
			Files.createDirectories(directory);
			progress.accept(0.0);
			ProgressReport report = new ProgressReport(probe.duration(), progress);
			long started = System.nanoTime();
			Duration allowed = transcodeTime(probe);
			ToolRun.run(ladderCommand(input, probe, ladder, directory), allowed, report);
			Duration left = allowed.minusNanos(System.nanoTime() - started);
			ToolRun.run(posterCommand(input, probe, directory), left.isNegative() ? Duration.ZERO : left, (line) -> {
			});
			Transcoded transcoded = check(directory, ladder, probe);
			report.finish();
			return transcoded;
		}
		catch (ToolRun.Failed | IOException | UncheckedIOException | IllegalStateException ex) {
			remove(directory, ladder);
			throw new VideoRefused(TRANSCODE, ex.getMessage(), ex);
		}
	}

	/**
	 * All rungs come from one run: the source is decoded once and split, rather than
	 * decoded again for every rung, and every rung then gets its keyframes at the same
	 * instants.
	 */
	private List<String> ladderCommand(String input, VideoProbe probe, List<Rung> ladder, Path directory) {
		List<String> command = new ArrayList<>(List.of(this.ffmpegCommand, "-hide_banner", "-nostdin", "-nostats",
				"-loglevel", "warning", "-protocol_whitelist", "file", "-format_whitelist", DEMUXERS, "-i", input));
		StringBuilder filter = new StringBuilder("[0:v:0]split=").append(ladder.size());
		for (int i = 0; i < ladder.size(); i++) {
			filter.append("[s").append(i).append(']');
		}
		for (int i = 0; i < ladder.size(); i++) {
			int side = ladder.get(i).height();
			// -2 keeps the aspect ratio with an even side, which H.264 in 4:2:0 needs.
			String scale = probe.portrait() ? "scale=" + side + ":-2" : "scale=-2:" + side;
			filter.append(";[s").append(i).append(']').append(scale).append(",format=yuv420p[v").append(i).append(']');
		}
		command.addAll(List.of("-filter_complex", filter.toString()));
		for (int i = 0; i < ladder.size(); i++) {
			command.addAll(List.of("-map", "[v" + i + "]"));
			if (probe.hasAudio()) {
				command.addAll(List.of("-map", "0:a:0"));
			}
		}
		command.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main"));
		for (int i = 0; i < ladder.size(); i++) {
			int kbps = ladder.get(i).videoKbps();
			// A cap and a buffer keep each rung near the bandwidth the master playlist
			// promises, so a player does not pick a rung its line cannot carry.
			command.addAll(List.of("-b:v:" + i, kbps + "k", "-maxrate:v:" + i, (kbps * 107 / 100) + "k",
					"-bufsize:v:" + i, (kbps * 2) + "k"));
		}
		// Without aligned keyframes a player switching rungs would land mid-picture;
		// scene cuts would add keyframes at different instants in each rung.
		command.addAll(
				List.of("-force_key_frames", "expr:gte(t,n_forced*" + KEYFRAME_SECONDS + ")", "-sc_threshold", "0"));
		if (probe.hasAudio()) {
			command.addAll(List.of("-c:a", "aac", "-ac", "2"));
			for (int i = 0; i < ladder.size(); i++) {
				command.addAll(List.of("-b:a:" + i, ladder.get(i).audioKbps() + "k"));
			}
		}
		// Phones store where a clip was shot; viewers of the station have no need of it.
		command.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1"));
		command.addAll(List.of("-f", "hls", "-hls_time", String.valueOf(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
				"-hls_flags", "independent_segments", "-hls_segment_filename",
				directory.resolve("%v").resolve("seg_%05d.ts").toString(), "-master_pl_name", MASTER_PLAYLIST,
				"-var_stream_map", streamMap(ladder, probe.hasAudio()), "-progress", "pipe:1", "-y",
				directory.resolve("%v").resolve("index.m3u8").toString()));
		return command;
	}

	private static String streamMap(List<Rung> ladder, boolean hasAudio) {
		List<String> variants = new ArrayList<>();
		for (int i = 0; i < ladder.size(); i++) {
			variants.add("v:" + i + (hasAudio ? ",a:" + i : "") + ",name:" + ladder.get(i).name());
		}
		return String.join(" ", variants);
	}

	private List<String> posterCommand(String input, VideoProbe probe, Path directory) {
		Duration at = probe.duration().dividedBy(2);
		if (at.compareTo(Duration.ofSeconds(1)) > 0) {
			at = Duration.ofSeconds(1);
		}
		return List.of(this.ffmpegCommand, "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
				"-protocol_whitelist", "file", "-format_whitelist", DEMUXERS, "-ss",
				String.format(Locale.ROOT, "%.3f", at.toMillis() / 1000.0), "-i", input, "-map", "0:v:0", "-frames:v",
				"1", "-vf", "scale='min(" + POSTER_MAX_WIDTH + ",iw)':-2", "-q:v", "3", "-map_metadata", "-1", "-y",
				directory.resolve(POSTER).toString());
	}

	/**
	 * ffmpeg can exit cleanly with a rung missing (a filter that produced nothing), so
	 * what players will ask for is checked before the video is offered to them. The
	 * length is measured from what was written, not taken from the upload's headers: a
	 * file can claim weeks and hold seconds, and the length decides how long links to it
	 * last.
	 */
	private static Transcoded check(Path directory, List<Rung> ladder, VideoProbe probe) throws IOException {
		List<Rendition> renditions = MasterPlaylist.renditions(Files.readString(directory.resolve(MASTER_PLAYLIST)));
		List<String> expected = ladder.stream().map(Rung::name).toList();
		if (!renditions.stream().map(Rendition::name).toList().equals(expected)) {
			throw new IllegalStateException("the master playlist lists " + renditions + " instead of " + expected);
		}
		Duration length = Duration.ZERO;
		for (Rendition rendition : renditions) {
			Path playlist = directory.resolve(rendition.playlist());
			String variant = Files.readString(playlist);
			Duration plays = MasterPlaylist.duration(variant);
			length = (plays.compareTo(length) > 0) ? plays : length;
			List<String> segments = MasterPlaylist.segments(variant);
			if (segments.isEmpty()) {
				throw new IllegalStateException(rendition.playlist() + " lists no segments");
			}
			for (String segment : segments) {
				if (!Files.isRegularFile(playlist.resolveSibling(segment))) {
					throw new IllegalStateException(rendition.playlist() + " lists a missing " + segment);
				}
			}
		}
		if (!Files.isRegularFile(directory.resolve(POSTER))) {
			throw new IllegalStateException("no poster was written");
		}
		if (length.isZero()) {
			throw new IllegalStateException("the playlists give the video no length");
		}
		return new Transcoded(renditions, MASTER_PLAYLIST, POSTER, length);
	}

	/** Only what this run writes: the directory may hold the caller's own files too. */
	private static void remove(Path directory, List<Rung> ladder) {
		List<Path> written = Stream.concat(Stream.of(MASTER_PLAYLIST, POSTER), ladder.stream().map(Rung::name))
			.map(directory::resolve)
			.toList();
		for (Path path : written) {
			if (!Files.exists(path)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(path)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
			catch (IOException ex) {
				// The refusal matters more than a leftover; the caller's cleanup of
				// the job folder takes the rest.
			}
		}
	}

	/**
	 * The upload as ffmpeg should open it: a local file, by a name no option or protocol
	 * can be mistaken for.
	 */
	private static String input(Path source) {
		Path absolute = source.toAbsolutePath().normalize();
		String name = absolute.toString();
		// The picture demuxer reads %d and glob characters as a sequence of files.
		// Stored uploads are named by the station, so such a name is a caller's
		// mistake, not an upload's.
		if (name.chars().anyMatch((c) -> "%*?[]{}".indexOf(c) >= 0 || Character.isISOControl(c))) {
			throw new IllegalArgumentException("an upload stored under a name ffmpeg would read as a pattern: " + name);
		}
		return "file:" + name;
	}

}
