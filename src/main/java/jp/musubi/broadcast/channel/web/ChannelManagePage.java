package jp.musubi.broadcast.channel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.broadcast.BroadcastProperties;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.web.UploadForm;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.PublicAddress;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A channel's manage page, where its owner describes the channel, uploads photos and
 * videos, finds the encoder's address and invites viewers. Each form on it posts to the
 * controller of its own feature; a refused one comes back to this page with its errors,
 * and the page's other forms as they were.
 */
@Component
public class ChannelManagePage {

	private final Channels channels;

	private final MediaLibrary library;

	private final LiveIngest live;

	private final String baseUrl;

	private final BroadcastProperties properties;

	ChannelManagePage(Channels channels, MediaLibrary library, LiveIngest live, PublicAddress address,
			BroadcastProperties properties) {
		this.channels = channels;
		this.library = library;
		this.live = live;
		this.baseUrl = address.base();
		this.properties = properties;
	}

	/**
	 * The page for the channel, showing the given page of its items; a form the model
	 * does not hold yet starts from the channel as it is, or empty for an upload.
	 */
	public String render(Model model, Channel channel, int page, HttpServletRequest request) {
		if (!model.containsAttribute("channelForm")) {
			model.addAttribute("channelForm", ChannelForm.of(channel));
		}
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm());
		}
		Page<Media> items = this.library.of(channel.id(), PageRequest.of(Math.max(0, page), 20));
		model.addAttribute("channel", channel);
		model.addAttribute("items", items.getContent());
		model.addAttribute("links", PageLinks.of(items, request));
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("viewers", this.channels.viewers(channel.id()));
		model.addAttribute("onAir", this.live.onAir(channel.id()).orElse(null));
		model.addAttribute("ingestUrl", this.baseUrl + "/broadcast/ingest/");
		model.addAttribute("scripts", List.of("/js/upload.js"));
		model.addAttribute("photoLimit", MediaLibrary.readable(this.properties.maxPhotoSize()));
		model.addAttribute("videoLimit", MediaLibrary.readable(this.properties.maxVideoSize()));
		return "broadcast/channel/channel-manage";
	}

}
