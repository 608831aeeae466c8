package jp.musubi.broadcast.channel.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelAccess;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A broadcaster's channels: the list of those they run, opening a new one for one of
 * their organisations, and a channel's manage page with its description. A channel is
 * opened only by the people of an organisation that broadcasts and managed only by the
 * people of its organisation; anyone else gets 403 and nothing changes.
 */
@Controller
class ChannelController {

	private final Channels channels;

	private final ChannelAccess access;

	private final ChannelManagePage managePage;

	ChannelController(Channels channels, ChannelAccess access, ChannelManagePage managePage) {
		this.channels = channels;
		this.access = access;
		this.managePage = managePage;
	}

	@GetMapping("/broadcast/manage")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("channels", this.channels.runBy(user));
		model.addAttribute("organisations", this.access.broadcasters(user));
		return "broadcast/channel/manage";
	}

	@GetMapping("/broadcast/channels/new")
	String newChannel(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<OrganisationSummary> organisations = requireBroadcaster(user);
		ChannelForm form = new ChannelForm();
		form.setOrganisationId(organisations.get(0).id());
		model.addAttribute("channelForm", form);
		return newPage(model, organisations);
	}

	@PostMapping("/broadcast/channels")
	String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ChannelForm channelForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<OrganisationSummary> organisations = requireBroadcaster(user);
		if (channelForm.getOrganisationId() == null || organisations.stream()
			.noneMatch((organisation) -> organisation.id().equals(channelForm.getOrganisationId()))) {
			errors.rejectValue("organisationId", "broadcast.channel.error.organisation");
		}
		if (errors.hasErrors()) {
			return newPage(model, organisations);
		}
		Channel channel = this.channels.open(user, channelForm.getOrganisationId(), channelForm.details());
		redirect.addFlashAttribute("notice", "broadcast.channel.opened");
		return "redirect:/broadcast/channels/" + channel.id() + "/manage";
	}

	@GetMapping("/broadcast/channels/{channelId}/manage")
	String manage(@PathVariable UUID channelId, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
		Channel channel = this.channels.runnable(user, channelId);
		return this.managePage.render(model, channel, page, request);
	}

	@PostMapping("/broadcast/channels/{channelId}")
	String describe(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute ChannelForm channelForm, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		Channel channel = this.channels.runnable(user, channelId);
		if (!errors.hasErrors()) {
			try {
				this.channels.describe(user, channelId, channelForm.details(), channelForm.getVersion());
				redirect.addFlashAttribute("notice", "broadcast.channel.saved");
				return "redirect:/broadcast/channels/" + channelId + "/manage";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				errors.reject("broadcast.channel.error.stale");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		return this.managePage.render(model, channel, 0, request);
	}

	private List<OrganisationSummary> requireBroadcaster(CurrentUser user) {
		List<OrganisationSummary> organisations = this.access.broadcasters(user);
		if (organisations.isEmpty()) {
			throw new ChannelAccess.Refused("Not a broadcaster");
		}
		return organisations;
	}

	private String newPage(Model model, List<OrganisationSummary> organisations) {
		model.addAttribute("organisations", organisations);
		model.addAttribute("visibilities", Visibility.values());
		return "broadcast/channel/channel-new";
	}

}
