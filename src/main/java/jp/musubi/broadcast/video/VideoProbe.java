package jp.musubi.broadcast.video;

import java.time.Duration;

/**
 * What ffprobe found in an uploaded video: how long it plays and the size of the picture
 * as a viewer sees it, a phone's rotation already applied, so that a portrait clip is
 * taller than wide. These are the file's own claims, read from its headers: the length a
 * viewer gets is measured when it is transcoded ({@link Transcoded#duration()}).
 *
 * @param frameRate frames a second, {@code NaN} when the file does not say
 * @param frames the number of frames, {@code -1} when the file does not say
 */
public record VideoProbe(Duration duration, int width, int height, boolean hasAudio, double frameRate, long frames) {

	boolean portrait() {
		return this.height > this.width;
	}

}
