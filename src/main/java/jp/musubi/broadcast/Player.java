package jp.musubi.broadcast;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelAccess;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.MediaStatus;
import jp.musubi.broadcast.media.Rendition;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.broadcast.viewing.Viewings;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The station's player for any page of the product: the shop's product videos, a care
 * channel's class observation. A module asks for a {@link PlayerView} of a video for the
 * person looking, and includes the fragment with it:
 *
 * <pre>
 * &lt;div th:replace="~{broadcast/player :: player(${video})}"&gt;&lt;/div&gt;
 * </pre>
 *
 * and the page adds {@code /js/player.js} with hls.js (see the fragment's comment). A
 * viewer who may not watch the video gets nothing, so the page shows no player at all.
 */
@Component("broadcastPlayer")
public class Player {

	/** The scripts a page with the player loads, in order: hls.js, then the player. */
	public static final List<String> SCRIPTS = List.of("/webjars/hls.js/dist/hls.min.js", "/js/player.js");

	private final MediaLibrary library;

	private final Channels channels;

	private final ChannelAccess access;

	private final SignedLinks links;

	private final Viewings viewings;

	private final BroadcastProperties properties;

	Player(MediaLibrary library, Channels channels, ChannelAccess access, SignedLinks links, Viewings viewings,
			BroadcastProperties properties) {
		this.library = library;
		this.channels = channels;
		this.access = access;
		this.links = links;
		this.viewings = viewings;
		this.properties = properties;
	}

	/** The video for this viewer (null when signed out), if they may watch it now. */
	public Optional<PlayerView> view(UUID mediaId, CurrentUser viewer) {
		Optional<Media> found = this.library.find(mediaId).filter(Media::isPlayable);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Media media = found.get();
		Optional<Channel> channel = this.channels.find(media.channelId());
		if (channel.isEmpty() || !this.access.canWatch(viewer, channel.get())) {
			return Optional.empty();
		}
		MediaFolder folder = MediaFolder.of(media.folder());
		String report = this.viewings.reportPath(media.id(), viewer);
		if (media.status() == MediaStatus.LIVE) {
			return Optional.of(new PlayerView(media.id(), media.title(),
					"/broadcast/media/" + media.id() + "/live.m3u8", null, true, report, List.of(), null));
		}
		String token = this.links.issue(folder.storageFolder(), media.duration().plus(this.properties.linkLifetime()));
		String poster = (media.poster() == null) ? null : folder.publicPath() + media.poster() + "?t=" + token;
		return Optional
			.of(new PlayerView(media.id(), media.title(), folder.publicPath() + media.master() + "?t=" + token, poster,
					false, report, media.renditions().stream().map(Rendition::height).toList(), media.duration()));
	}

	/** A signed address of one of the media's files (a photo, a thumbnail, a poster). */
	public String fileAddress(Media media, String file) {
		MediaFolder folder = MediaFolder.of(media.folder());
		Duration lifetime = this.properties.linkLifetime();
		return folder.publicPath() + file + "?t=" + this.links.issue(folder.storageFolder(), lifetime);
	}

}
