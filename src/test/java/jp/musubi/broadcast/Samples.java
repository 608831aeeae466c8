package jp.musubi.broadcast;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Media for the tests, made on the spot: videos by ffmpeg from its test source, photos by
 * Java's own image writer. Each is made once per test run.
 */
public final class Samples {

	private static Path folder;

	private static Path video;

	private Samples() {
	}

	/**
	 * Four seconds of ffmpeg's test picture at 720p with a tone: two rungs of the ladder.
	 */
	public static synchronized Path video() {
		if (video == null) {
			video = folder().resolve("testsrc-720p.mp4");
			ffmpeg("-f", "lavfi", "-i", "testsrc=size=1280x720:rate=25", "-f", "lavfi", "-i",
					"sine=frequency=440:sample_rate=44100", "-t", "4", "-c:v", "libx264", "-preset", "ultrafast",
					"-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", video.toString());
		}
		return video;
	}

	public static byte[] videoBytes() {
		try {
			return Files.readAllBytes(video());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JPEG photo of the given size. */
	public static byte[] photo(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2e7d32));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Runs ffmpeg quietly and waits for it. */
	public static void ffmpeg(String... arguments) {
		List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(folder().resolve("ffmpeg.log").toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException("ffmpeg failed: " + Files.readString(folder().resolve("ffmpeg.log")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static synchronized Path folder() {
		if (folder == null) {
			try {
				folder = Files.createTempDirectory("musubi-samples-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return folder;
	}

}
