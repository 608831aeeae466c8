-- The regional broadcasting station: organisations' channels, the photos and videos on them
-- (videos as an HLS ladder in media storage), live broadcasts pushed by ffmpeg and who watched.

CREATE TABLE broadcast_channel (
	id UUID NOT NULL PRIMARY KEY,
	organisation_id UUID NOT NULL,
	name VARCHAR(100) NOT NULL,
	description VARCHAR(2000),
	visibility VARCHAR(10) NOT NULL,
	-- SHA-256 of the stream key: the key is shown once, like an API token.
	stream_key_hash VARCHAR(64),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE INDEX broadcast_channel_organisation_idx ON broadcast_channel (organisation_id);
CREATE UNIQUE INDEX broadcast_channel_stream_key_idx ON broadcast_channel (stream_key_hash);

-- Who may watch a private channel besides its organisation's people.
CREATE TABLE broadcast_channel_viewer (
	channel_id UUID NOT NULL REFERENCES broadcast_channel (id) ON DELETE CASCADE,
	account_id UUID NOT NULL,
	invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (channel_id, account_id)
);

CREATE INDEX broadcast_channel_viewer_account_idx ON broadcast_channel_viewer (account_id);

-- A photo or a video. Derived files live in media storage under folder; the upload itself is
-- deleted once the ladder is made.
CREATE TABLE broadcast_media (
	id UUID NOT NULL PRIMARY KEY,
	channel_id UUID NOT NULL REFERENCES broadcast_channel (id),
	kind VARCHAR(8) NOT NULL,
	title VARCHAR(200) NOT NULL,
	description VARCHAR(4000),
	status VARCHAR(12) NOT NULL,
	progress INT NOT NULL,
	failure VARCHAR(100),
	source_key VARCHAR(120),
	folder VARCHAR(80),
	master VARCHAR(80),
	poster VARCHAR(80),
	thumbnail VARCHAR(80),
	width INT,
	height INT,
	duration_ms BIGINT,
	-- Nobody for a live recording: the stream key, not a person, started it.
	uploaded_by UUID,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	ready_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE INDEX broadcast_media_channel_idx ON broadcast_media (channel_id, created_at);

CREATE TABLE broadcast_rendition (
	media_id UUID NOT NULL REFERENCES broadcast_media (id) ON DELETE CASCADE,
	name VARCHAR(16) NOT NULL,
	width INT NOT NULL,
	height INT NOT NULL,
	bandwidth INT NOT NULL,
	playlist VARCHAR(80) NOT NULL,
	PRIMARY KEY (media_id, name)
);

-- A live broadcast: its recording is the media row, which stays as a video afterwards.
CREATE TABLE broadcast_live (
	id UUID NOT NULL PRIMARY KEY,
	channel_id UUID NOT NULL REFERENCES broadcast_channel (id),
	media_id UUID NOT NULL REFERENCES broadcast_media (id),
	state VARCHAR(8) NOT NULL,
	playlist VARCHAR(80),
	started_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_segment_at TIMESTAMP WITH TIME ZONE NOT NULL,
	ended_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE INDEX broadcast_live_channel_idx ON broadcast_live (channel_id, state);

CREATE TABLE broadcast_live_segment (
	live_id UUID NOT NULL REFERENCES broadcast_live (id) ON DELETE CASCADE,
	name VARCHAR(80) NOT NULL,
	sequence BIGINT NOT NULL,
	duration_ms INT NOT NULL,
	size_bytes BIGINT NOT NULL,
	PRIMARY KEY (live_id, name)
);

-- One viewing of one video: where the viewer lives (IN, OUT or UNKNOWN for anonymous viewers)
-- and how long they watched. No account id: the figures need none.
CREATE TABLE broadcast_view (
	id UUID NOT NULL PRIMARY KEY,
	media_id UUID NOT NULL REFERENCES broadcast_media (id) ON DELETE CASCADE,
	area VARCHAR(8) NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE NOT NULL,
	watched_ms BIGINT NOT NULL
);

CREATE INDEX broadcast_view_media_idx ON broadcast_view (media_id);

-- The secret that signs segment links, made on first start so that every node shares it.
CREATE TABLE broadcast_signing_key (
	id INT NOT NULL PRIMARY KEY,
	secret VARCHAR(64) NOT NULL
);
