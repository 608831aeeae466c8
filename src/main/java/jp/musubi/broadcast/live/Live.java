package jp.musubi.broadcast.live;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A live broadcast on a channel, from its first segment to its end. Its segments are kept
 * in the recording's media folder as they arrive, so the recording is ready the moment
 * the broadcast ends.
 */
@Entity
@Table(name = "broadcast_live")
class Live {

	@Id
	private UUID id;

	@Column(name = "channel_id", nullable = false)
	private UUID channelId;

	@Column(name = "media_id", nullable = false)
	private UUID mediaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LiveState state;

	/** The name of the playlist the encoder keeps writing, such as {@code live.m3u8}. */
	private String playlist;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "last_segment_at", nullable = false)
	private Instant lastSegmentAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Version
	private long version;

	protected Live() {
	}

	Live(UUID channelId, UUID mediaId, Instant now) {
		this.id = UUID.randomUUID();
		this.channelId = channelId;
		this.mediaId = mediaId;
		this.state = LiveState.LIVE;
		this.startedAt = now;
		this.lastSegmentAt = now;
	}

	void segmentArrived(Instant now) {
		this.lastSegmentAt = now;
	}

	void playlist(String name) {
		if (this.playlist == null) {
			this.playlist = name;
		}
	}

	void end(Instant now) {
		this.state = LiveState.ENDED;
		this.endedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID channelId() {
		return this.channelId;
	}

	UUID mediaId() {
		return this.mediaId;
	}

	LiveState state() {
		return this.state;
	}

	String playlist() {
		return this.playlist;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant lastSegmentAt() {
		return this.lastSegmentAt;
	}

}
