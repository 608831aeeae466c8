package jp.musubi.broadcast.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.broadcast.VideoReady;
import jp.musubi.broadcast.video.Ffmpeg;
import jp.musubi.broadcast.video.Transcoded;
import jp.musubi.broadcast.video.VideoProbe;
import jp.musubi.broadcast.video.VideoRefused;
import jp.musubi.platform.storage.FileStorage;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that turns an uploaded video into its HLS ladder. It runs on any
 * node: the upload is read from media storage and the ladder written back there. Progress
 * goes to the database as it happens, so the uploader's page can show it. A video ffmpeg
 * gives up on is marked failed with the reason, and nothing of its ladder is kept. Public
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

	Transcoding(MediaRepository media, FileStorage storage, Ffmpeg ffmpeg, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.media = media;
		this.storage = storage;
		this.ffmpeg = ffmpeg;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Job(name = "Transcode video %0 to HLS", retries = 2)
	public void transcode(UUID mediaId) {
		Media video = this.media.findById(mediaId).orElse(null);
		if (video == null || video.status() != MediaStatus.PROCESSING || video.sourceKey() == null) {
			return;
		}
		MediaFolder folder = MediaFolder.of(video.folder());
		Path work = MediaLibrary.temporaryFolder();
		try {
			Path source = work.resolve("source");
			try (InputStream in = this.storage.open(video.sourceKey()).orElseThrow()) {
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
			String upload = video.sourceKey();
			this.transactions.executeWithoutResult((tx) -> this.media.findById(mediaId).ifPresent((item) -> {
				item.ready(renditions, ladder.masterPlaylist(), ladder.poster(), ladder.duration(),
						this.clock.instant());
				this.events.publishEvent(new VideoReady(item.id(), item.channelId(), item.title()));
			}));
			this.storage.delete(upload);
		}
		catch (VideoRefused ex) {
			log.info("Video {} could not be transcoded: {}", mediaId, ex.getMessage());
			fail(video, folder, ex.messageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			MediaLibrary.deleteQuietly(work);
		}
	}

	private void report(UUID mediaId, int percent) {
		this.transactions.executeWithoutResult((tx) -> this.media.reportProgress(mediaId, percent));
	}

	private void store(Path out, MediaFolder folder) throws IOException {
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				this.storage.put(folder.key(out.relativize(file).toString().replace('\\', '/')), file);
			}
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
