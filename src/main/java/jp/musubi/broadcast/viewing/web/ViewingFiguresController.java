package jp.musubi.broadcast.viewing.web;

import java.util.UUID;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.viewing.ViewingFigures;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * How much a channel's videos are watched, from inside the region and from outside, for
 * the people of its organisation only; anyone else gets 403.
 */
@Controller
class ViewingFiguresController {

	private final Channels channels;

	private final ViewingFigures figures;

	ViewingFiguresController(Channels channels, ViewingFigures figures) {
		this.channels = channels;
		this.figures = figures;
	}

	@GetMapping("/broadcast/channels/{channelId}/figures")
	String figures(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Channel channel = this.channels.runnable(user, channelId);
		model.addAttribute("channel", channel);
		model.addAttribute("videos", this.figures.of(channelId));
		return "broadcast/viewing/figures";
	}

}
