package jp.musubi.broadcast.video;

import java.util.List;

/**
 * One step of the adaptive ladder: the player picks the highest rung the viewer's line
 * can carry and moves between them as the line changes. {@code height} is the short side
 * of the picture, which is what "720p" means for a portrait phone video too; otherwise a
 * 1080×1920 clip would be squeezed into rungs a few hundred pixels wide.
 */
public record Rung(String name, int height, int videoKbps, int audioKbps) {

	private static final int AUDIO_KBPS = 128;

	private static final List<Rung> STANDARD = List.of(new Rung("360p", 360, 800, AUDIO_KBPS),
			new Rung("720p", 720, 2800, AUDIO_KBPS), new Rung("1080p", 1080, 5000, AUDIO_KBPS));

	private static final int SMALLEST_VIDEO_KBPS = 200;

	/**
	 * The rungs worth making from this source: never larger than the source, since
	 * upscaling costs bandwidth and shows nothing more; a source smaller than the lowest
	 * rung keeps its own size.
	 */
	public static List<Rung> ladderFor(VideoProbe probe) {
		int shortSide = Math.min(probe.width(), probe.height());
		int audioKbps = probe.hasAudio() ? AUDIO_KBPS : 0;
		List<Rung> ladder = STANDARD.stream()
			.filter((rung) -> rung.height() <= shortSide)
			.map((rung) -> new Rung(rung.name(), rung.height(), rung.videoKbps(), audioKbps))
			.toList();
		if (!ladder.isEmpty()) {
			return ladder;
		}
		// H.264 in 4:2:0 needs even sides.
		int height = Math.max(2, shortSide - shortSide % 2);
		Rung lowest = STANDARD.get(0);
		// Bits follow the number of pixels, so a 240p picture needs under half of 360p's.
		int videoKbps = Math.max(SMALLEST_VIDEO_KBPS,
				(int) ((long) lowest.videoKbps() * height * height / (lowest.height() * lowest.height())));
		return List.of(new Rung(height + "p", height, videoKbps, audioKbps));
	}

}
