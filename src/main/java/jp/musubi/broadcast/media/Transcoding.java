package jp.musubi.broadcast.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.broadcast.VideoReady;
import jp.musubi.broadcast.video.Ffmpeg;
import jp.musubi.broadcast.video.Transcoded;
import jp.musubi.broadcast.video.VideoProbe;
import jp.musubi.broadcast.video.VideoRefused;
import jp.musubi.platform.storage.FileStorage;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.context.JobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that turns an uploaded video into its HLS ladder. It runs on any
 * node: the upload is read from media storage and the ladder written back there. Progress
 * goes to the database as it happens, so the uploader's page can show it. A video ffmpeg
 * gives up on is marked failed with the reason, and nothing of its ladder is kept; so is
 * one whose last try fails for any other reason, rather than showing "processing" for
 * ever. A video removed while it is processed stops ffmpeg and leaves no files. Public
 * because JobRunr calls it.
 */
@Component
public class Transcoding {

	private static final Logger log = LoggerFactory.getLogger(Transcoding.class);

	/** The share of the progress bar for transcoding; the rest is storing the ladder. */
	private static final int TRANSCODE_PERCENT = 95;

	private final MediaRepository media;

	private final FileStorage storage;

	private final Ffmpeg ffmpeg;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WorkFolders workFolders;

	Transcoding(MediaRepository media, FileStorage storage, Ffmpeg ffmpeg, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock, WorkFolders workFolders) {
		this.workFolders = workFolders;
		this.events = events;
		this.media = media;
		this.storage = storage;
		this.ffmpeg = ffmpeg;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Tries after the first, for faults that may pass: storage or database away. */
	static final int RETRIES = 2;

	private static final String TRANSCODE_FAILED = "broadcast.video.error.transcode";

	/** Said when the server, not the file, failed the video. */
	static final String SERVER_FAULT = "broadcast.video.error.server";

	@Job(name = "Transcode video %0 to HLS", retries = RETRIES)
	public void transcode(UUID mediaId, JobContext job) {
		transcode(mediaId, job.amountOfFailures() >= RETRIES);
	}

	void transcode(UUID mediaId, boolean lastTry) {
		Media video = this.media.findById(mediaId).orElse(null);
		if (video == null || video.status() != MediaStatus.PROCESSING || video.sourceKey() == null) {
			return;
		}
		MediaFolder folder = MediaFolder.of(video.folder());
		Path work = this.workFolders.newFolder();
		try {
			Path source = work.resolve("source");
			Optional<InputStream> upload = this.storage.open(video.sourceKey());
			if (upload.isEmpty()) {
				log.error("The upload of video {} is not in storage ({})", mediaId, video.sourceKey());
				fail(video, folder, SERVER_FAULT);
				return;
			}
			try (InputStream in = upload.get()) {
				Files.copy(in, source);
			}
			VideoProbe probe = this.ffmpeg.probe(source);
			Path out = Files.createDirectory(work.resolve("hls"));
			int[] reported = { 0 };
			Transcoded ladder = this.ffmpeg.transcode(source, probe, out, (done) -> {
				int percent = (int) Math.floor(done * TRANSCODE_PERCENT);
				if (percent > reported[0]) {
					reported[0] = percent;
					report(mediaId, percent);
				}
			});
			store(out, folder);
			List<Rendition> renditions = ladder.renditions()
				.stream()
				.map((r) -> new Rendition(r.name(), r.width(), r.height(), r.bandwidth(), r.playlist()))
				.toList();
			boolean kept = Boolean.TRUE.equals(this.transactions.execute((tx) -> this.media.findById(mediaId)
				.filter((item) -> item.status() == MediaStatus.PROCESSING)
				.map((item) -> {
					item.ready(renditions, ladder.masterPlaylist(), ladder.poster(), ladder.duration(),
							this.clock.instant());
					this.events.publishEvent(new VideoReady(item.id(), item.channelId(), item.title()));
					return true;
				})
				.orElse(false)));
			if (!kept) {
				// Removed while the ladder was stored: its owner deleted the folder then,
				// perhaps before the last files arrived.
				throw new Removed();
			}
			this.storage.delete(video.sourceKey());
		}
		catch (VideoRefused ex) {
			log.info("Video {} could not be transcoded: {}", mediaId, ex.getMessage());
			// A refusal that names a limit (settings made stricter since the upload)
			// needs
			// arguments the stored key cannot keep.
			fail(video, folder, (ex.arguments().length == 0) ? ex.messageKey() : TRANSCODE_FAILED);
		}
		catch (Removed ex) {
			log.info("Video {} was removed while it was transcoded", mediaId);
			this.storage.deleteFolder(folder.storageFolder());
			this.storage.delete(video.sourceKey());
		}
		catch (IOException | RuntimeException ex) {
			if (!lastTry) {
				throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
			}
			log.error("Video {} failed on its last try", mediaId, ex);
			fail(video, folder, SERVER_FAULT);
		}
		finally {
			WorkFolders.delete(work);
		}
	}

	private void report(UUID mediaId, int percent) {
		Integer written = this.transactions.execute((tx) -> this.media.reportProgress(mediaId, percent));
		if ((written == null || written == 0) && !this.media.existsByIdAndStatus(mediaId, MediaStatus.PROCESSING)) {
			// Thrown out of ffmpeg's progress line, which stops ffmpeg.
			throw new Removed();
		}
	}

	private void store(Path out, MediaFolder folder) throws IOException {
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				this.storage.put(folder.key(out.relativize(file).toString().replace('\\', '/')), file);
			}
		}
	}

	/** The video went while it was processed. */
	private static final class Removed extends RuntimeException {

		Removed() {
			super(null, null, false, false);
		}

	}

	private void fail(Media video, MediaFolder folder, String messageKey) {
		this.storage.deleteFolder(folder.storageFolder());
		String source = video.sourceKey();
		this.transactions
			.executeWithoutResult((tx) -> this.media.findById(video.id()).ifPresent((item) -> item.failed(messageKey)));
		if (source != null) {
			this.storage.delete(source);
		}
	}

}
