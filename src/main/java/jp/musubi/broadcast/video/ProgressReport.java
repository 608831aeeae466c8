package jp.musubi.broadcast.video;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Turns ffmpeg's {@code -progress} lines into the share of the video done. Only
 * {@code out_time_us} is read ({@code out_time_ms} carries the same microseconds under a
 * misleading name), and the share only ever grows, since a job's progress bar going back
 * would worry whoever watches it.
 */
final class ProgressReport implements Consumer<String> {

	private static final String OUT_TIME = "out_time_us=";

	private final double durationMicros;

	private final DoubleConsumer progress;

	private double reported;

	ProgressReport(Duration duration, DoubleConsumer progress) {
		this.durationMicros = duration.toNanos() / 1000.0;
		this.progress = progress;
	}

	@Override
	public void accept(String line) {
		if (!line.startsWith(OUT_TIME) || this.durationMicros <= 0) {
			return;
		}
		double done;
		try {
			done = Math.min(1.0, Long.parseLong(line.substring(OUT_TIME.length()).trim()) / this.durationMicros);
		}
		catch (NumberFormatException ex) {
			// "N/A" until the first frame is written.
			return;
		}
		report(done);
	}

	/** The whole video is done, whatever ffmpeg's last line said. */
	void finish() {
		report(1.0);
	}

	private void report(double done) {
		if (done > this.reported) {
			this.reported = done;
			this.progress.accept(done);
		}
	}

}
