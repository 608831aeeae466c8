package jp.musubi.broadcast.station.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.SharedPage;
import jp.musubi.broadcast.BroadcastProperties;
import jp.musubi.broadcast.Player;
import jp.musubi.broadcast.PlayerView;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelAccess;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaFolder;
import jp.musubi.broadcast.media.MediaKind;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.Playlists;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.storage.FileStorage;
import jp.musubi.platform.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The station as viewers see it: the channels they may watch, a channel's photos and
 * videos (and its live broadcast while on air), and one item to watch.
 */
@Controller
class StationController {

	static final int PAGE_SIZE = 12;

	private final Channels channels;

	private final ChannelAccess access;

	private final MediaLibrary library;

	private final LiveIngest live;

	private final Player player;

	private final SignedLinks links;

	private final FileStorage storage;

	private final BroadcastProperties properties;

	StationController(Channels channels, ChannelAccess access, MediaLibrary library, LiveIngest live, Player player,
			SignedLinks links, FileStorage storage, BroadcastProperties properties) {
		this.channels = channels;
		this.access = access;
		this.library = library;
		this.live = live;
		this.player = player;
		this.links = links;
		this.storage = storage;
		this.properties = properties;
	}

	@GetMapping("/broadcast")
	@SharedPage
	String station(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Channel> visible = this.channels.watchableBy(user);
		model.addAttribute("channels",
				visible.stream()
					.map((channel) -> new ChannelCard(channel, this.live.onAir(channel.id()).isPresent()))
					.toList());
		model.addAttribute("broadcaster", user != null && !this.access.broadcasters(user).isEmpty());
		return "broadcast/station/station";
	}

	@GetMapping("/broadcast/channels/{channelId}")
	String channel(@PathVariable UUID channelId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
		Channel channel = watchable(user, channelId);
		Page<Media> items = this.library.shownOn(channelId, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("channel", channel);
		model.addAttribute("items", items.getContent().stream().map(this::card).toList());
		model.addAttribute("links", PageLinks.of(items, request));
		model.addAttribute("owner", this.access.canRun(user, channel));
		Optional<PlayerView> onAir = this.live.onAir(channelId).flatMap((mediaId) -> this.player.view(mediaId, user));
		model.addAttribute("onAir", onAir.orElse(null));
		if (onAir.isPresent()) {
			model.addAttribute("scripts", Player.SCRIPTS);
		}
		return "broadcast/station/channel";
	}

	@GetMapping("/broadcast/media/{mediaId}")
	String media(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Media media = this.library.find(mediaId).orElseThrow(StationController::notFound);
		Channel channel = watchable(user, media.channelId());
		boolean owner = this.access.canRun(user, channel);
		if (!media.isPlayable() && media.kind() == MediaKind.VIDEO && !owner) {
			throw notFound();
		}
		model.addAttribute("channel", channel);
		model.addAttribute("media", media);
		model.addAttribute("owner", owner);
		if (media.kind() == MediaKind.PHOTO) {
			model.addAttribute("photo", this.player.fileAddress(media, media.master()));
		}
		else {
			this.player.view(mediaId, user).ifPresent((view) -> {
				model.addAttribute("video", view);
				model.addAttribute("scripts", Player.SCRIPTS);
			});
		}
		return "broadcast/station/media";
	}

	/**
	 * The live playlist, read afresh on every poll with fresh signed addresses: a live
	 * broadcast has no end for a token's lifetime to cover.
	 */
	@GetMapping("/broadcast/media/{mediaId}/live.m3u8")
	ResponseEntity<String> livePlaylist(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user) {
		Media media = this.library.find(mediaId).orElseThrow(StationController::notFound);
		watchable(user, media.channelId());
		String name = this.live.livePlaylist(mediaId).orElseThrow(StationController::notFound);
		MediaFolder folder = MediaFolder.of(media.folder());
		String text = this.storage.readText(folder.key(name)).orElseThrow(StationController::notFound);
		String token = this.links.issue(folder.storageFolder(), this.properties.linkLifetime());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.apple.mpegurl"))
			.cacheControl(CacheControl.noStore())
			.body(Playlists.signed(text, folder.publicPath(), token));
	}

	private MediaCard card(Media media) {
		String picture = (media.kind() == MediaKind.PHOTO) ? media.thumbnail() : media.poster();
		return new MediaCard(media, (picture == null) ? null : this.player.fileAddress(media, picture));
	}

	/**
	 * The channel, if this viewer may watch it. A visitor is asked to sign in first; a
	 * signed-in person who may not watch it is told it does not exist.
	 */
	private Channel watchable(CurrentUser user, UUID channelId) {
		Channel channel = this.channels.find(channelId).orElseThrow(StationController::notFound);
		if (!this.access.canWatch(user, channel)) {
			if (user == null) {
				throw new AccessDeniedException("Sign in to watch channel " + channelId);
			}
			throw notFound();
		}
		return channel;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** A channel in the station's list. */
	record ChannelCard(Channel channel, boolean onAir) {

	}

	/** A photo or video in a channel's grid, with its signed picture. */
	record MediaCard(Media media, String picture) {

	}

}
