package jp.musubi.broadcast.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.musubi.broadcast.VideoReady;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.MediaRepository;
import jp.musubi.broadcast.media.Rendition;
import jp.musubi.broadcast.video.Ffmpeg;
import jp.musubi.broadcast.video.VideoProbe;
import jp.musubi.broadcast.video.VideoRefused;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.storage.FileStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live broadcasts as an encoder pushes them: ffmpeg sends each HLS segment and then its
 * playlist by HTTP PUT to an address holding the channel's stream key. The first file
 * starts a broadcast; the playlist's end mark, or silence, ends it, and the segments
 * already kept become the recording.
 */
@Service
public class LiveIngest {

	private static final Logger log = LoggerFactory.getLogger(LiveIngest.class);

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,48}\\.(m3u8|ts|m4s|mp4)");

	/**
	 * Far more than a 2-second segment of 1080p needs; a larger body is not a segment.
	 */
	public static final int MAX_SEGMENT_BYTES = 64 * 1024 * 1024;

	static final int MAX_PLAYLIST_BYTES = 1024 * 1024;

	/**
	 * The encoder's own playlist is kept beside the one viewers get, under this prefix.
	 */
	private static final String ENCODER_COPY = "encoder-";

	private static final DateTimeFormatter TITLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final Channels channels;

	private final LiveRepository lives;

	private final MediaRepository media;

	private final FileStorage storage;

	private final Ffmpeg ffmpeg;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveIngest(Channels channels, LiveRepository lives, MediaRepository media, FileStorage storage, Ffmpeg ffmpeg,
			JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.channels = channels;
		this.lives = lives;
		this.media = media;
		this.storage = storage;
		this.ffmpeg = ffmpeg;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps one file of a live broadcast.
	 * @throws WrongStreamKey when no channel has this key; the attempt is logged
	 * @throws IngestRefused when the name or the size is not a broadcast's
	 */
	@Transactional
	public void accept(String streamKey, String name, InputStream body, String remoteAddress) {
		Channel channel = this.channels.byStreamKey(streamKey == null ? "" : streamKey).orElse(null);
		if (channel == null) {
			log.warn("Live ingest with a wrong stream key from {}", remoteAddress);
			this.audit.recordNow(AuditAction.LIVE_INGEST_REFUSED, null, null, "from " + remoteAddress);
			throw new WrongStreamKey();
		}
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IngestRefused("broadcast.live.error.name");
		}
		boolean playlist = name.endsWith(".m3u8");
		byte[] content = read(body, playlist ? MAX_PLAYLIST_BYTES : MAX_SEGMENT_BYTES);
		Live live = current(channel);
		MediaFolder folder = MediaFolder.of(this.media.findById(live.mediaId()).orElseThrow().folder());
		Instant now = this.clock.instant();
		if (!playlist) {
			this.storage.put(folder.key(name), content);
			live.segmentArrived(now);
			// The encoder's playlist may have named this segment before it was stored:
			// viewers see it now rather than with the next playlist.
			if (live.playlist() != null) {
				this.storage.readText(folder.key(ENCODER_COPY + live.playlist()))
					.map(EncoderPlaylist::parse)
					.filter((encoder) -> encoder.entries().stream().anyMatch((entry) -> entry.name().equals(name)))
					.ifPresent((encoder) -> publish(live, folder, live.playlist(), encoder));
			}
			return;
		}
		EncoderPlaylist encoder = EncoderPlaylist.parse(new String(content, StandardCharsets.UTF_8));
		this.storage.put(folder.key(ENCODER_COPY + name), content);
		live.playlist(name);
		live.segmentArrived(now);
		publish(live, folder, name, encoder);
		if (encoder.ended()) {
			// Whatever has not arrived by the end mark is not coming.
			finish(live, folder);
		}
	}

	/**
	 * Writes the playlist viewers poll. ffmpeg may send its playlist before the PUT of
	 * its newest segment has finished, so viewers get the entries up to the first segment
	 * not stored yet; that one follows when its file arrives. A name that is not a
	 * segment of ours ends the list too.
	 */
	private void publish(Live live, MediaFolder folder, String name, EncoderPlaylist encoder) {
		List<EncoderPlaylist.Entry> entries = encoder.entries();
		int stored = 0;
		while (stored < entries.size() && NAME.matcher(entries.get(stored).name()).matches()
				&& this.storage.exists(folder.key(entries.get(stored).name()))) {
			register(live, entries.get(stored), encoder.mediaSequence() + stored);
			stored++;
		}
		this.storage.put(folder.key(name), encoder.firstEntries(stored).getBytes(StandardCharsets.UTF_8));
	}

	/** Ends broadcasts whose encoder went quiet without saying so. */
	@Transactional
	public int endSilent(Duration silence) {
		List<Live> quiet = this.lives.findByStateAndLastSegmentAtBefore(LiveState.LIVE,
				this.clock.instant().minus(silence));
		quiet.forEach(
				(live) -> finish(live, MediaFolder.of(this.media.findById(live.mediaId()).orElseThrow().folder())));
		return quiet.size();
	}

	/**
	 * The broadcast going on, or a new one. The channel row is locked first, so two files
	 * arriving at once cannot start two broadcasts.
	 */
	private Live current(Channel channel) {
		this.jdbc.sql("SELECT id FROM broadcast_channel WHERE id = :id FOR UPDATE")
			.param("id", channel.id())
			.query(UUID.class)
			.single();
		Optional<Live> going = this.lives.findFirstByChannelIdAndStateOrderByStartedAtDesc(channel.id(),
				LiveState.LIVE);
		if (going.isPresent()) {
			return going.get();
		}
		Instant now = this.clock.instant();
		// Flushed at once: the segment rows written with plain SQL next refer to both.
		Media recording = this.media.saveAndFlush(Media.live(channel.id(),
				channel.name() + " " + TITLE_TIME.format(now), null, this.storage.newFolder("broadcast"), now));
		return this.lives.saveAndFlush(new Live(channel.id(), recording.id(), now));
	}

	private void register(Live live, EncoderPlaylist.Entry entry, long sequence) {
		this.jdbc.sql("""
				INSERT INTO broadcast_live_segment (live_id, name, sequence, duration_ms, size_bytes)
				SELECT :live, :name, :sequence, :duration, 0 WHERE NOT EXISTS
				(SELECT 1 FROM broadcast_live_segment WHERE live_id = :live AND name = :name)""")
			.param("live", live.id())
			.param("name", entry.name())
			.param("sequence", sequence)
			.param("duration", entry.durationMillis())
			.update();
	}

	/**
	 * Ends the broadcast; what was kept of it becomes a video like any other, one
	 * rendition at the encoder's quality. A broadcast that never sent a segment leaves
	 * nothing.
	 */
	private void finish(Live live, MediaFolder folder) {
		live.end(this.clock.instant());
		List<Segment> segments = this.jdbc
			.sql("SELECT name, duration_ms FROM broadcast_live_segment WHERE live_id = :live ORDER BY sequence")
			.param("live", live.id())
			.query((rs, row) -> new Segment(rs.getString("name"), rs.getInt("duration_ms")))
			.list()
			.stream()
			.filter((segment) -> this.storage.exists(folder.key(segment.name())))
			.toList();
		Media recording = this.media.findById(live.mediaId()).orElseThrow();
		if (segments.isEmpty()) {
			this.lives.delete(live);
			this.media.delete(recording);
			this.storage.deleteFolder(folder.storageFolder());
			return;
		}
		long totalMillis = segments.stream().mapToLong(Segment::durationMillis).sum();
		int target = (int) Math.ceil(segments.stream().mapToInt(Segment::durationMillis).max().orElse(2000) / 1000.0);
		StringBuilder vod = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-PLAYLIST-TYPE:VOD\n")
			.append("#EXT-X-TARGETDURATION:")
			.append(target)
			.append("\n#EXT-X-MEDIA-SEQUENCE:0\n");
		for (Segment segment : segments) {
			vod.append(String.format(Locale.ROOT, "#EXTINF:%.3f,%n", segment.durationMillis() / 1000.0))
				.append(segment.name())
				.append('\n');
		}
		vod.append("#EXT-X-ENDLIST\n");
		this.storage.put(folder.key("recording.m3u8"), vod.toString().getBytes(StandardCharsets.UTF_8));
		int[] size = size(folder, segments.get(0).name());
		long bytes = segments.stream().mapToLong((segment) -> length(folder.key(segment.name()))).sum();
		int bandwidth = (int) Math.max(1, bytes * 8_000 / Math.max(1, totalMillis));
		StringBuilder master = new StringBuilder("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth);
		if (size[0] > 0) {
			master.append(",RESOLUTION=").append(size[0]).append('x').append(size[1]);
		}
		master.append("\nrecording.m3u8\n");
		this.storage.put(folder.key("master.m3u8"), master.toString().getBytes(StandardCharsets.UTF_8));
		recording.ready(List.of(new Rendition("live", size[0], size[1], bandwidth, "recording.m3u8")), "master.m3u8",
				null, Duration.ofMillis(totalMillis), this.clock.instant());
		this.events.publishEvent(new VideoReady(recording.id(), recording.channelId(), recording.title()));
	}

	/** The picture size, read from the first segment; 0×0 when ffprobe cannot tell. */
	private int[] size(MediaFolder folder, String segment) {
		Path file = null;
		try (InputStream in = this.storage.open(folder.key(segment)).orElseThrow()) {
			file = Files.createTempFile("musubi-live-", ".ts");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			VideoProbe probe = this.ffmpeg.probe(file);
			return new int[] { probe.width(), probe.height() };
		}
		catch (IOException | VideoRefused ex) {
			return new int[] { 0, 0 };
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
	}

	private long length(String key) {
		return this.storage.localPath(key)
			.map((path) -> path.toFile().length())
			.orElseGet(() -> this.storage.read(key).map((stored) -> {
				try (InputStream in = stored.stream()) {
					return stored.length();
				}
				catch (IOException ex) {
					return 0L;
				}
			}).orElse(0L));
	}

	/** The playlist viewers poll while the broadcast lasts, if it is live. */
	@Transactional(readOnly = true)
	public Optional<String> livePlaylist(UUID mediaId) {
		return this.lives.findByMediaId(mediaId)
			.filter((live) -> live.state() == LiveState.LIVE && live.playlist() != null)
			.map(Live::playlist);
	}

	/** The broadcast going on now on the channel, as its recording's media id. */
	@Transactional(readOnly = true)
	public Optional<UUID> onAir(UUID channelId) {
		return this.lives.findFirstByChannelIdAndStateOrderByStartedAtDesc(channelId, LiveState.LIVE)
			.map(Live::mediaId);
	}

	private static byte[] read(InputStream body, int max) {
		try {
			byte[] content = body.readNBytes(max + 1);
			if (content.length > max) {
				throw new IngestRefused("broadcast.live.error.tooLarge");
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Segment(String name, int durationMillis) {

	}

	/** No channel has this stream key. */
	public static class WrongStreamKey extends RuntimeException {

		WrongStreamKey() {
			super("Wrong stream key");
		}

	}

	/** The file is not one a broadcast sends. */
	public static class IngestRefused extends RuntimeException {

		private final String messageKey;

		IngestRefused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
