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
 * memory
 * @param maxPhotoSize the largest photo upload
 * @param transcodeTimeout how long one video may take to transcode before it is given up
 * @param linkLifetime how long a signed segment link lasts beyond the video's own length
 * @param signingSecret the secret signing segment links; empty makes one on first start
 * and keeps it in the database, so every node shares it
 * @param liveIdleAfter a live broadcast with no segment for this long has ended
 */
@ConfigurationProperties("musubi.broadcast")
public record BroadcastProperties(String ffmpeg, String ffprobe, DataSize maxVideoSize, DataSize maxPhotoSize,
		Duration transcodeTimeout, Duration linkLifetime, String signingSecret, Duration liveIdleAfter) {

}
