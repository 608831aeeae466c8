package jp.musubi.broadcast.live;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media playlist an encoder (ffmpeg) writes while broadcasting: the latest segments
 * with their lengths, and the end mark when the broadcast is over.
 */
record EncoderPlaylist(long mediaSequence, int targetSeconds, List<Entry> entries, boolean ended) {

	record Entry(String name, int durationMillis) {

	}

	static EncoderPlaylist parse(String text) {
		long sequence = 0;
		int target = 0;
		boolean ended = false;
		List<Entry> entries = new ArrayList<>();
		Integer duration = null;
		for (String raw : text.split("\r?\n")) {
			String line = raw.strip();
			if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
				sequence = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
			}
			else if (line.startsWith("#EXT-X-TARGETDURATION:")) {
				target = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
			}
			else if (line.startsWith("#EXTINF:")) {
				String value = line.substring(8);
				int comma = value.indexOf(',');
				duration = new BigDecimal((comma < 0) ? value : value.substring(0, comma)).movePointRight(3).intValue();
			}
			else if (line.equals("#EXT-X-ENDLIST")) {
				ended = true;
			}
			else if (!line.isEmpty() && !line.startsWith("#") && duration != null) {
				entries.add(new Entry(line, duration));
				duration = null;
			}
		}
		return new EncoderPlaylist(sequence, target, entries, ended);
	}

	/**
	 * The playlist as viewers get it: only the first {@code count} entries, and the end
	 * mark only when none is left out.
	 */
	String firstEntries(int count) {
		int target = Math.max(this.targetSeconds,
				(int) Math.ceil(this.entries.stream().mapToInt(Entry::durationMillis).max().orElse(0) / 1000.0));
		StringBuilder text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:").append(target)
			.append("\n#EXT-X-MEDIA-SEQUENCE:")
			.append(this.mediaSequence)
			.append('\n');
		this.entries.stream()
			.limit(count)
			.forEach((entry) -> text
				.append(String.format(Locale.ROOT, "#EXTINF:%.3f,%n", entry.durationMillis() / 1000.0))
				.append(entry.name())
				.append('\n'));
		if (this.ended && count >= this.entries.size()) {
			text.append("#EXT-X-ENDLIST\n");
		}
		return text.toString();
	}

}
