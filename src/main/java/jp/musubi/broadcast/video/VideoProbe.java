package jp.musubi.broadcast.video;

import java.time.Duration;

/**
 * What ffprobe found in an uploaded video: how long it plays and the size of the picture
 * as a viewer sees it, a phone's rotation already applied, so that a portrait clip is
 * taller than wide.
 */
public record VideoProbe(Duration duration, int width, int height, boolean hasAudio) {

	boolean portrait() {
		return this.height > this.width;
	}

}
