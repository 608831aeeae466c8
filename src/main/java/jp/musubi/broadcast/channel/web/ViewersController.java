package jp.musubi.broadcast.channel.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people a channel's owner invites to watch it while it is private, from the
 * channel's manage page. Only the people of the channel's organisation get here; anyone
 * else gets 403 and nothing changes.
 */
@Controller
class ViewersController {

	private final Channels channels;

	private final ChannelManagePage managePage;

	ViewersController(Channels channels, ChannelManagePage managePage) {
		this.channels = channels;
		this.managePage = managePage;
	}

	@PostMapping("/broadcast/channels/{channelId}/viewers")
	String invite(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "email", required = false) String email, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			this.channels.invite(user, channelId, email);
			redirect.addFlashAttribute("notice", "broadcast.viewers.invited");
			return "redirect:/broadcast/channels/" + channelId + "/manage#viewers";
		}
		catch (InputRefused ex) {
			Channel channel = this.channels.runnable(user, channelId);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("inviteError", ex.messageKey());
			model.addAttribute("inviteEmail", email);
			return this.managePage.render(model, channel, 0, request);
		}
	}

	@PostMapping("/broadcast/channels/{channelId}/viewers/{accountId}/remove")
	String uninvite(@PathVariable UUID channelId, @PathVariable UUID accountId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.channels.uninvite(user, channelId, accountId);
		redirect.addFlashAttribute("notice", "broadcast.viewers.removed");
		return "redirect:/broadcast/channels/" + channelId + "/manage#viewers";
	}

}
