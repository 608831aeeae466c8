package jp.musubi.broadcast.media.web;

import java.util.List;
import java.util.UUID;

import jp.musubi.broadcast.BroadcastProperties;
import jp.musubi.broadcast.channel.ChannelAccess;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.BodyAllowance;
import jp.musubi.platform.web.LargeBodies;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Only the people who run a channel may send a video (2 GB by default) to its upload
 * address; anyone else, signed in or not, may send a form's worth, and is refused before
 * the container parses (and spools to disk) what they send.
 */
@Component
class ChannelUploadBodies implements LargeBodies {

	/** The title, caption and CSRF token beside the file, and the multipart framing. */
	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	private final Channels channels;

	private final ChannelAccess access;

	private final BroadcastProperties properties;

	ChannelUploadBodies(Channels channels, ChannelAccess access, BroadcastProperties properties) {
		this.channels = channels;
		this.access = access;
		this.properties = properties;
	}

	@Override
	public List<BodyAllowance> allowances() {
		DataSize upload = DataSize.ofBytes(MediaLibrary.largestUpload(this.properties) + FORM_FIELDS.toBytes());
		return List.of(BodyAllowance.forPeople(HttpMethod.POST, "/broadcast/channels/{channelId}/uploads", upload,
				(person, path) -> runs(person, path.get("channelId"))));
	}

	private boolean runs(CurrentUser person, String channelId) {
		UUID id;
		try {
			id = UUID.fromString(channelId);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return this.channels.find(id).map((channel) -> this.access.canRun(person, channel)).orElse(false);
	}

}
