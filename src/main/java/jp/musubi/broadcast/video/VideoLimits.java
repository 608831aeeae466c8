package jp.musubi.broadcast.video;

import java.time.Duration;

/**
 * What the station transcodes: a video beyond these limits would hold a transcoding
 * worker (and about a gigabyte of memory) for hours while everyone else's video waits.
 * The limits are judged on what ffprobe reads from the headers, before any frame is
 * decoded; a file whose headers understate it is stopped by the transcoding time, which
 * follows the length the headers claim.
 *
 * @param maxLongSide the longest side of the picture, in pixels (3840 for 4K)
 * @param maxShortSide the shortest side (2160 for 4K): portrait and landscape alike
 * @param maxDuration the longest video
 * @param maxFrameRate the most frames a second
 * @param maxFrames the most frames in all
 */
public record VideoLimits(int maxLongSide, int maxShortSide, Duration maxDuration, int maxFrameRate, long maxFrames) {

	public VideoLimits {
		if (maxLongSide < maxShortSide || maxShortSide < 1 || maxDuration.isNegative() || maxDuration.isZero()
				|| maxFrameRate < 1 || maxFrames < 1) {
			throw new IllegalArgumentException("Video limits must be positive, the long side at least the short one");
		}
	}

	/**
	 * A resolution as people write it, {@code 3840x2160}; the order of the sides does not
	 * matter.
	 */
	public static int[] sides(String resolution) {
		String[] parts = resolution.strip().toLowerCase(java.util.Locale.ROOT).split("[x×]");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A resolution is written 3840x2160, not " + resolution);
		}
		int a = Integer.parseInt(parts[0].strip());
		int b = Integer.parseInt(parts[1].strip());
		return new int[] { Math.max(a, b), Math.min(a, b) };
	}

	/**
	 * @throws VideoRefused naming the limit the video goes beyond
	 */
	void check(VideoProbe probe) {
		int longSide = Math.max(probe.width(), probe.height());
		int shortSide = Math.min(probe.width(), probe.height());
		if (longSide > this.maxLongSide || shortSide > this.maxShortSide) {
			throw new VideoRefused("broadcast.video.error.resolution", longSide + "×" + shortSide, this.maxLongSide,
					this.maxShortSide, longSide, shortSide);
		}
		if (probe.duration().compareTo(this.maxDuration) > 0) {
			throw new VideoRefused("broadcast.video.error.tooLong", probe.duration().toString(),
					this.maxDuration.toMinutes(), Math.max(1, (probe.duration().toSeconds() + 59) / 60));
		}
		if (probe.frameRate() > this.maxFrameRate) {
			throw new VideoRefused("broadcast.video.error.frameRate", probe.frameRate() + " fps", this.maxFrameRate,
					Math.round(probe.frameRate()));
		}
		if (frames(probe) > this.maxFrames) {
			throw new VideoRefused("broadcast.video.error.frames", frames(probe) + " frames", this.maxFrames,
					frames(probe));
		}
	}

	/** The frames the file declares, or its length times its rate when it does not. */
	private static long frames(VideoProbe probe) {
		if (probe.frames() >= 0) {
			return probe.frames();
		}
		if (Double.isNaN(probe.frameRate())) {
			return -1;
		}
		return (long) Math.ceil(probe.duration().toNanos() / 1e9 * probe.frameRate());
	}

}
