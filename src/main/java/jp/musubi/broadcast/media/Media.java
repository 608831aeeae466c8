package jp.musubi.broadcast.media;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A photo or a video on a channel. A video's files (the HLS ladder and its poster) and a
 * photo's clean copies live in media storage under {@link #folder()}; the original upload
 * is kept only until it has been processed.
 */
@Entity
@Table(name = "broadcast_media")
public class Media {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 4000;

	@Id
	private UUID id;

	@Column(name = "channel_id", nullable = false)
	private UUID channelId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediaKind kind;

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediaStatus status;

	@Column(nullable = false)
	private int progress;

	private String failure;

	@Column(name = "source_key")
	private String sourceKey;

	private String folder;

	private String master;

	private String poster;

	private String thumbnail;

	private Integer width;

	private Integer height;

	@Column(name = "duration_ms")
	private Long durationMs;

	@Column(name = "uploaded_by")
	private UUID uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "ready_at")
	private Instant readyAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "broadcast_rendition", joinColumns = @JoinColumn(name = "media_id"))
	private List<Rendition> renditions = new ArrayList<>();

	@Version
	private long version;

	protected Media() {
	}

	private Media(UUID channelId, MediaKind kind, String title, String description, UUID uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.channelId = channelId;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	/** A photo whose clean copies are already in the folder: ready at once. */
	static Media photo(UUID channelId, String title, String description, UUID uploadedBy, String folder, String display,
			String thumbnail, int width, int height, Instant now) {
		Media media = new Media(channelId, MediaKind.PHOTO, title, description, uploadedBy, now);
		media.folder = folder;
		media.master = display;
		media.thumbnail = thumbnail;
		media.width = width;
		media.height = height;
		media.status = MediaStatus.READY;
		media.progress = 100;
		media.readyAt = now;
		return media;
	}

	/** A video waiting for its ladder, made from the upload under {@code sourceKey}. */
	static Media video(UUID channelId, String title, String description, UUID uploadedBy, String sourceKey,
			String folder, Instant now) {
		Media media = new Media(channelId, MediaKind.VIDEO, title, description, uploadedBy, now);
		media.sourceKey = sourceKey;
		media.folder = folder;
		media.status = MediaStatus.PROCESSING;
		return media;
	}

	/** A live broadcast, whose segments arrive in the folder while it lasts. */
	public static Media live(UUID channelId, String title, UUID startedBy, String folder, Instant now) {
		Media media = new Media(channelId, MediaKind.VIDEO, title, null, startedBy, now);
		media.folder = folder;
		media.status = MediaStatus.LIVE;
		return media;
	}

	void progress(int percent) {
		if (this.status == MediaStatus.PROCESSING) {
			this.progress = Math.max(this.progress, Math.min(99, percent));
		}
	}

	/** The ladder is made; the original upload can go. */
	public void ready(List<Rendition> renditions, String master, String poster, Duration duration, Instant now) {
		this.renditions.clear();
		this.renditions.addAll(renditions);
		this.renditions.sort(Comparator.comparingInt(Rendition::height));
		this.master = master;
		this.poster = poster;
		this.durationMs = duration.toMillis();
		Rendition top = this.renditions.get(this.renditions.size() - 1);
		this.width = top.width();
		this.height = top.height();
		this.status = MediaStatus.READY;
		this.progress = 100;
		this.failure = null;
		this.sourceKey = null;
		this.readyAt = now;
	}

	void failed(String messageKey) {
		this.status = MediaStatus.FAILED;
		this.failure = messageKey;
		this.sourceKey = null;
	}

	void describe(String title, String description) {
		this.title = title;
		this.description = description;
	}

	public UUID id() {
		return this.id;
	}

	public UUID channelId() {
		return this.channelId;
	}

	public MediaKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public MediaStatus status() {
		return this.status;
	}

	public int progress() {
		return this.progress;
	}

	public String failure() {
		return this.failure;
	}

	public String sourceKey() {
		return this.sourceKey;
	}

	public String folder() {
		return this.folder;
	}

	public String master() {
		return this.master;
	}

	public String poster() {
		return this.poster;
	}

	public String thumbnail() {
		return this.thumbnail;
	}

	public Integer width() {
		return this.width;
	}

	public Integer height() {
		return this.height;
	}

	public Duration duration() {
		return (this.durationMs == null) ? null : Duration.ofMillis(this.durationMs);
	}

	public UUID uploadedBy() {
		return this.uploadedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant readyAt() {
		return this.readyAt;
	}

	public List<Rendition> renditions() {
		return List.copyOf(this.renditions);
	}

	public boolean isPlayable() {
		return this.kind == MediaKind.VIDEO && (this.status == MediaStatus.READY || this.status == MediaStatus.LIVE);
	}

	public long version() {
		return this.version;
	}

}
