package jp.musubi.broadcast.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.broadcast.BroadcastProperties;
import jp.musubi.broadcast.photo.Darkroom;
import jp.musubi.broadcast.photo.PhotoRefused;
import jp.musubi.broadcast.video.Ffmpeg;
import jp.musubi.broadcast.video.VideoRefused;
import jp.musubi.platform.storage.FileStorage;
import org.apache.tika.Tika;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Taking photos and videos onto a channel. What a file is comes from its bytes, never its
 * name; a video is probed by ffprobe before it is accepted, so a file ffmpeg cannot read
 * is refused while the uploader is still on the page, and only then transcoded in the
 * background. A refused file leaves nothing behind, in storage or in the database.
 */
@Service
public class MediaLibrary {

	/**
	 * Containers browsers and phones record in; ffprobe decides whether it really reads.
	 */
	private static final Set<String> VIDEO_CONTAINERS = Set.of("application/mp4", "application/ogg",
			"application/x-matroska");

	static final String UPLOAD_AREA = "broadcast-uploads";

	private final MediaRepository media;

	private final FileStorage storage;

	private final Ffmpeg ffmpeg;

	private final Darkroom darkroom = new Darkroom(2048, 480, 60_000_000L);

	private final BroadcastProperties properties;

	private final JobScheduler jobs;

	private final Clock clock;

	private final Tika tika = new Tika();

	private final WorkFolders workFolders;

	MediaLibrary(MediaRepository media, FileStorage storage, Ffmpeg ffmpeg, BroadcastProperties properties,
			JobScheduler jobs, Clock clock, WorkFolders workFolders) {
		this.workFolders = workFolders;
		this.media = media;
		this.storage = storage;
		this.ffmpeg = ffmpeg;
		this.properties = properties;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Takes a photo or a video onto the channel, whichever its bytes say it is. A photo
	 * gets clean copies (no EXIF, no location) for showing and for lists and is ready at
	 * once. A video is read by ffprobe first, so that a broken or disguised file is
	 * refused while the uploader is still on the page, and then transcoded in the
	 * background. The caller has checked that the person runs the channel. No transaction
	 * is held while the file is copied and read: only the final save is one.
	 * @throws UploadRefused saying why; nothing is kept then
	 */
	public Media add(UUID channelId, UUID uploadedBy, String title, String description, Upload upload) {
		long max = largestUpload(this.properties);
		if (upload == null || upload.size() <= 0) {
			throw new UploadRefused("broadcast.upload.error.empty");
		}
		if (upload.size() > max) {
			throw new UploadRefused("broadcast.upload.error.tooLarge", sizeLimits());
		}
		Path work = this.workFolders.newFolder();
		try {
			Path source = spool(upload, work, max, sizeLimits());
			String type;
			try (InputStream in = Files.newInputStream(source)) {
				type = this.tika.detect(in);
			}
			if (type.startsWith("image/")) {
				if (Files.size(source) > this.properties.maxPhotoSize().toBytes()) {
					throw new UploadRefused("broadcast.upload.error.photoTooLarge", sizeLimits());
				}
				return addPhoto(channelId, uploadedBy, title, description, source, work);
			}
			if (!type.startsWith("video/") && !VIDEO_CONTAINERS.contains(type)) {
				throw new UploadRefused("broadcast.upload.error.notMedia");
			}
			if (Files.size(source) > this.properties.maxVideoSize().toBytes()) {
				throw new UploadRefused("broadcast.upload.error.tooLarge", sizeLimits());
			}
			return addVideo(channelId, uploadedBy, title, description, source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			WorkFolders.delete(work);
		}
	}

	private Media addPhoto(UUID channelId, UUID uploadedBy, String title, String description, Path source, Path work)
			throws IOException {
		Darkroom.Developed developed;
		try {
			developed = this.darkroom.develop(source, Files.createDirectory(work.resolve("developed")));
		}
		catch (PhotoRefused ex) {
			throw ex.busy() ? UploadRefused.busy(ex.messageKey()) : new UploadRefused(ex.messageKey(), ex.arguments());
		}
		String folder = this.storage.newFolder(MediaFolder.AREA);
		try {
			MediaFolder mediaFolder = MediaFolder.of(folder);
			this.storage.put(mediaFolder.key("photo.jpg"), developed.display());
			this.storage.put(mediaFolder.key("thumbnail.jpg"), developed.thumbnail());
			return this.media.save(Media.photo(channelId, title, description, uploadedBy, folder, "photo.jpg",
					"thumbnail.jpg", developed.width(), developed.height(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			this.storage.deleteFolder(folder);
			throw ex;
		}
	}

	private Media addVideo(UUID channelId, UUID uploadedBy, String title, String description, Path source)
			throws IOException {
		try {
			this.ffmpeg.probe(source);
		}
		catch (VideoRefused ex) {
			throw new UploadRefused(ex.messageKey(), ex.arguments());
		}
		String sourceKey = null;
		try (InputStream in = Files.newInputStream(source)) {
			sourceKey = this.storage.store(UPLOAD_AREA, in, this.properties.maxVideoSize().toBytes()).key();
			Media video = this.media.save(Media.video(channelId, title, description, uploadedBy, sourceKey,
					this.storage.newFolder(MediaFolder.AREA), this.clock.instant()));
			UUID mediaId = video.id();
			afterCommit(() -> this.jobs.<Transcoding>enqueue((job) -> job.transcode(mediaId, JobContext.Null)));
			return video;
		}
		catch (RuntimeException ex) {
			deleteQuietly(sourceKey);
			throw ex;
		}
	}

	@Transactional(readOnly = true)
	public Optional<Media> find(UUID mediaId) {
		return this.media.findById(mediaId);
	}

	@Transactional(readOnly = true)
	public Page<Media> of(UUID channelId, Pageable page) {
		return this.media.findByChannelIdOrderByCreatedAtDesc(channelId, page);
	}

	/** What viewers see of a channel: what is ready or live, newest first. */
	@Transactional(readOnly = true)
	public Page<Media> shownOn(UUID channelId, Pageable page) {
		return this.media.findShown(channelId, page);
	}

	@Transactional
	public Media describe(UUID mediaId, String title, String description) {
		Media item = this.media.findById(mediaId).orElseThrow();
		item.describe(title, description);
		return item;
	}

	/** Removes the item, its files and its figures. */
	@Transactional
	public void remove(UUID mediaId) {
		this.media.findById(mediaId).ifPresent((item) -> {
			String folder = item.folder();
			String source = item.sourceKey();
			this.media.delete(item);
			afterCommit(() -> {
				if (folder != null) {
					this.storage.deleteFolder(folder);
				}
				deleteQuietly(source);
			});
		});
	}

	/** The largest file a channel takes, photo or video. */
	public static long largestUpload(BroadcastProperties properties) {
		return Math.max(properties.maxVideoSize().toBytes(), properties.maxPhotoSize().toBytes());
	}

	/**
	 * A size limit as people write it: 20MB, 2GB.
	 */
	public static String readable(DataSize size) {
		long megabytes = size.toMegabytes();
		return (megabytes >= 1024 && megabytes % 1024 == 0) ? (megabytes / 1024) + "GB" : megabytes + "MB";
	}

	/** What the size messages name: the photo limit, then the video limit. */
	private Object[] sizeLimits() {
		return new Object[] { readable(this.properties.maxPhotoSize()), readable(this.properties.maxVideoSize()) };
	}

	/**
	 * Copies the upload to a file of ours, counting bytes: a client may lie about size.
	 */
	private static Path spool(Upload upload, Path work, long max, Object[] limits) {
		Path source = work.resolve("source");
		try (InputStream in = new BufferedInputStream(upload.open())) {
			long copied = Files.copy(in, source);
			if (copied == 0) {
				throw new UploadRefused("broadcast.upload.error.empty");
			}
			if (copied > max) {
				throw new UploadRefused("broadcast.upload.error.tooLarge", limits);
			}
			return source;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deleteQuietly(String key) {
		if (key != null) {
			this.storage.delete(key);
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
