package jp.musubi.broadcast.live;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The media playlist an encoder (ffmpeg) writes while broadcasting: the latest segments
 * with their lengths, and the end mark when the broadcast is over.
 */
record EncoderPlaylist(long mediaSequence, List<Entry> entries, boolean ended) {

	record Entry(String name, int durationMillis) {

	}

	static EncoderPlaylist parse(String text) {
		long sequence = 0;
		boolean ended = false;
		List<Entry> entries = new ArrayList<>();
		Integer duration = null;
		for (String raw : text.split("\r?\n")) {
			String line = raw.strip();
			if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) {
				sequence = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
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
		return new EncoderPlaylist(sequence, entries, ended);
	}

}
