package jp.musubi.broadcast.live.web;

import java.util.UUID;

import jp.musubi.broadcast.channel.Channels;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.RandomToken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new stream key for a channel's live broadcasts, shown once on the manage page and
 * never again: the old key stops working. Only the people of the channel's organisation
 * get here; anyone else gets 403 and nothing changes.
 */
@Controller
class StreamKeyController {

	private final Channels channels;

	StreamKeyController(Channels channels) {
		this.channels = channels;
	}

	@PostMapping("/broadcast/channels/{channelId}/stream-key")
	String streamKey(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		RandomToken key = this.channels.newStreamKey(user, channelId);
		redirect.addFlashAttribute("streamKey", key.value());
		return "redirect:/broadcast/channels/" + channelId + "/manage#live";
	}

}
