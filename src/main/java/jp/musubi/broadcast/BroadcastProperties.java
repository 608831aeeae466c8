package jp.musubi.broadcast;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The station's settings.
 *
 * @param ffmpeg the ffmpeg command (Debian's package by default)
 * @param ffprobe the ffprobe command
 * @param maxVideoSize the largest video upload; it is streamed to disk, never held in
 * memory, and only a person who runs the channel may send that much
 * @param maxPhotoSize the largest photo upload
 * @param maxVideoResolution the largest picture of a video, as {@code 3840x2160}; a
 * portrait video may be as tall as a landscape one is wide
 * @param maxVideoDuration the longest video
 * @param maxVideoFrameRate the most frames a second a video may have
 * @param maxVideoFrames the most frames a video may have in all
 * @param probeTimeout how long ffprobe may take to read an upload's headers while the
 * uploader waits
 * @param transcodeTimeFactor how many times its own length (plus a minute) a video may
 * take to transcode before it is given up
 * @param linkLifetime how long a signed segment link lasts beyond the video's own length
 * @param signingSecret the secret signing segment links; empty makes one on first start
 * and keeps it in the database, so every node shares it
 * @param liveIdleAfter a live broadcast with no segment for this long has ended
 */
@ConfigurationProperties("musubi.broadcast")
public record BroadcastProperties(String ffmpeg, String ffprobe, DataSize maxVideoSize, DataSize maxPhotoSize,
		String maxVideoResolution, Duration maxVideoDuration, int maxVideoFrameRate, long maxVideoFrames,
		Duration probeTimeout, double transcodeTimeFactor, Duration linkLifetime, String signingSecret,
		Duration liveIdleAfter) {

}
