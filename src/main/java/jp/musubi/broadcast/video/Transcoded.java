package jp.musubi.broadcast.video;

import java.time.Duration;
import java.util.List;

/**
 * A video ready to stream: the master playlist a player opens, the renditions it lists
 * and the poster shown before playing; paths are relative to the output directory so the
 * files can be moved to storage as they are. The duration is what the playlists hold, as
 * measured, whatever the upload claimed.
 */
public record Transcoded(List<Rendition> renditions, String masterPlaylist, String poster, Duration duration) {

	public Transcoded {
		renditions = List.copyOf(renditions);
	}

}
