package jp.musubi.broadcast.video;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master playlist as a player reads it: each variant with the bandwidth and
 * resolution it announces. A variant without them still plays, but players then cannot
 * choose between rungs, which is the point of the ladder.
 */
final class MasterPlaylist {

	private static final Pattern BANDWIDTH = Pattern.compile("(?:^|,)BANDWIDTH=(\\d+)");

	private static final Pattern RESOLUTION = Pattern.compile("(?:^|,)RESOLUTION=(\\d+)x(\\d+)");

	private static final String STREAM_INF = "#EXT-X-STREAM-INF:";

	private static final String EXTINF = "#EXTINF:";

	private MasterPlaylist() {
	}

	/** The variants in the order listed, named after their folder ("720p/index.m3u8"). */
	static List<Rendition> renditions(String playlist) {
		List<Rendition> renditions = new ArrayList<>();
		String attributes = null;
		for (String line : playlist.lines().map(String::strip).toList()) {
			if (line.startsWith(STREAM_INF)) {
				attributes = line.substring(STREAM_INF.length());
			}
			else if (attributes != null && !line.isEmpty() && !line.startsWith("#")) {
				renditions.add(rendition(attributes, line));
				attributes = null;
			}
		}
		return renditions;
	}

	private static Rendition rendition(String attributes, String uri) {
		Matcher bandwidth = BANDWIDTH.matcher(attributes);
		Matcher resolution = RESOLUTION.matcher(attributes);
		if (!bandwidth.find() || !resolution.find()) {
			throw new IllegalStateException("the master playlist gives no bandwidth or resolution for " + uri);
		}
		int slash = uri.indexOf('/');
		String name = (slash < 0) ? uri : uri.substring(0, slash);
		return new Rendition(name, Integer.parseInt(resolution.group(1)), Integer.parseInt(resolution.group(2)),
				Integer.parseInt(bandwidth.group(1)), uri);
	}

	/** How long a variant plays: the sum of its segments' durations. */
	static Duration duration(String variantPlaylist) {
		long micros = 0;
		for (String line : variantPlaylist.lines().map(String::strip).toList()) {
			if (line.startsWith(EXTINF)) {
				int comma = line.indexOf(',');
				String seconds = line.substring(EXTINF.length(), (comma < 0) ? line.length() : comma).strip();
				try {
					micros += Math.round(Double.parseDouble(seconds) * 1_000_000);
				}
				catch (NumberFormatException ex) {
					throw new IllegalStateException("a segment without a duration: " + line, ex);
				}
			}
		}
		return Duration.ofNanos(micros * 1000);
	}

	/** The segment files a variant playlist names, relative to its folder. */
	static List<String> segments(String variantPlaylist) {
		return variantPlaylist.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

}
