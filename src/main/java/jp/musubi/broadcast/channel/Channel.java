package jp.musubi.broadcast.channel;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.broadcast.Visibility;
import jp.musubi.platform.security.RandomToken;

/**
 * A channel of the regional station: an organisation's programme of photos, videos and
 * live broadcasts, with who may watch it.
 */
@Entity
@Table(name = "broadcast_channel")
public class Channel {

	public static final int MAX_NAME = 100;

	public static final int MAX_DESCRIPTION = 2000;

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility;

	@Column(name = "stream_key_hash")
	private String streamKeyHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Channel() {
	}

	Channel(UUID organisationId, ChannelDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.createdAt = now;
		describe(details);
	}

	void describe(ChannelDetails details) {
		this.name = details.name();
		this.description = details.description();
		this.visibility = details.visibility();
	}

	/**
	 * A new stream key replaces the old one at once, so a leaked key stops working. Only
	 * its hash is kept: the key is shown once, like an API token.
	 */
	RandomToken newStreamKey() {
		RandomToken key = RandomToken.generate("live_");
		this.streamKeyHash = key.hash();
		return key;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public Visibility visibility() {
		return this.visibility;
	}

	public boolean hasStreamKey() {
		return this.streamKeyHash != null;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
