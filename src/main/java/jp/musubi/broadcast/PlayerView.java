package jp.musubi.broadcast;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What the player fragment needs to show one video to one viewer: signed addresses, valid
 * for a while, and where to report watching.
 *
 * @param source the HLS playlist to play (a master playlist, or a live playlist)
 * @param poster the poster image, or null
 * @param live whether it is a live broadcast now
 * @param reportPath where the player reports how long it has been watched
 * @param qualities the heights of the ladder, lowest first, such as 360 and 720
 * @param duration the length, null while live
 */
public record PlayerView(UUID mediaId, String title, String source, String poster, boolean live, String reportPath,
		List<Integer> qualities, Duration duration) {

}
