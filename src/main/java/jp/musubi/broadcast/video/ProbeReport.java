package jp.musubi.broadcast.video;

import java.time.Duration;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ffprobe's JSON report into what the station needs to know, and decides whether
 * the upload is a video at all.
 */
final class ProbeReport {

	static final String UNREADABLE = "broadcast.video.error.unreadable";

	static final String NO_VIDEO = "broadcast.video.error.noVideo";

	/**
	 * Demuxers that read a single picture: ffprobe reports their picture as a video
	 * stream, but a photo belongs in the photo album, not in the player.
	 */
	private static final Set<String> PICTURE_FORMATS = Set.of("image2", "jpeg_pipe", "png_pipe", "webp_pipe",
			"bmp_pipe", "gif_pipe", "tiff_pipe");

	private ProbeReport() {
	}

	static VideoProbe read(String json) {
		JsonNode report;
		try {
			report = JsonMapper.shared().readTree(json);
		}
		catch (JacksonException ex) {
			throw new VideoRefused(UNREADABLE, "ffprobe's report is not JSON", ex);
		}
		JsonNode format = report.path("format");
		JsonNode video = null;
		boolean hasAudio = false;
		for (JsonNode stream : report.path("streams")) {
			String type = stream.path("codec_type").asString("");
			// An MP3's cover art is a video stream too, marked as an attached picture.
			if ("video".equals(type) && video == null && number(stream.path("disposition").path("attached_pic")) != 1) {
				video = stream;
			}
			hasAudio |= "audio".equals(type);
		}
		// Before the duration, which a picture often lacks: "not a video" helps the
		// uploader more than "unreadable".
		if (PICTURE_FORMATS.contains(format.path("format_name").asString(""))
				|| (video != null && number(video.path("nb_frames")) <= 1)) {
			throw new VideoRefused(NO_VIDEO, "a still picture");
		}
		double seconds = number(format.path("duration"));
		if (!(seconds > 0)) {
			throw new VideoRefused(UNREADABLE, "no duration");
		}
		if (video == null) {
			throw new VideoRefused(NO_VIDEO, "no video stream");
		}
		int width = (int) number(video.path("width"));
		int height = (int) number(video.path("height"));
		if (width <= 0 || height <= 0) {
			throw new VideoRefused(UNREADABLE, "no picture size");
		}
		double declaredFrames = number(video.path("nb_frames"));
		long frames = (declaredFrames >= 0) ? (long) declaredFrames : -1;
		double frameRate = frameRate(video, frames, seconds);
		if (Math.abs(rotation(video)) % 180 == 90) {
			return new VideoProbe(duration(seconds), height, width, hasAudio, frameRate, frames);
		}
		return new VideoProbe(duration(seconds), width, height, hasAudio, frameRate, frames);
	}

	/**
	 * The average rate where the file gives it; {@code r_frame_rate} is the container's
	 * time base for some files (90000 for MPEG-TS), so it comes last.
	 */
	private static double frameRate(JsonNode video, long frames, double seconds) {
		double average = ratio(video.path("avg_frame_rate").asString(""));
		if (average > 0) {
			return average;
		}
		if (frames > 0 && seconds > 0) {
			return frames / seconds;
		}
		double base = ratio(video.path("r_frame_rate").asString(""));
		return (base > 0) ? base : Double.NaN;
	}

	/** ffprobe's rates, "30000/1001"; "0/0" when unknown. */
	private static double ratio(String text) {
		int slash = text.indexOf('/');
		try {
			if (slash < 0) {
				return Double.parseDouble(text);
			}
			double denominator = Double.parseDouble(text.substring(slash + 1));
			return (denominator > 0) ? Double.parseDouble(text.substring(0, slash)) / denominator : Double.NaN;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	/**
	 * Phones record sideways and store how to turn the picture: newer ffmpeg in the
	 * display matrix side data, older files in a {@code rotate} tag.
	 */
	private static int rotation(JsonNode video) {
		for (JsonNode sideData : video.path("side_data_list")) {
			double rotation = number(sideData.path("rotation"));
			if (!Double.isNaN(rotation)) {
				return (int) Math.round(rotation);
			}
		}
		double tag = number(video.path("tags").path("rotate"));
		return Double.isNaN(tag) ? 0 : (int) Math.round(tag);
	}

	private static Duration duration(double seconds) {
		return Duration.ofNanos(Math.round(seconds * 1_000_000_000));
	}

	/**
	 * ffprobe writes some numbers as strings ("5.000000") and leaves out what it does not
	 * know; not-a-number then fails every comparison, as an unknown should.
	 */
	private static double number(JsonNode node) {
		if (node.isNumber()) {
			return node.asDouble();
		}
		try {
			return Double.parseDouble(node.asString("").trim());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
