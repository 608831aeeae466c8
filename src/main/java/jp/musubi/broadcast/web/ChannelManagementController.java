package jp.musubi.broadcast.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.platform.web.PublicAddress;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.broadcast.BroadcastProperties;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelAccess;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaKind;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.UploadRefused;
import jp.musubi.broadcast.viewing.ViewingFigures;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A channel's owner at work: opening channels, describing them, uploading photos and
 * videos and following their processing, the stream key for live broadcasts, the people
 * invited to a private channel and the viewer figures. Only the people of the channel's
 * organisation get here; anyone else gets 403 and nothing changes.
 */
@Controller
class ChannelManagementController {

	private final Channels channels;

	private final ChannelAccess access;

	private final MediaLibrary library;

	private final LiveIngest live;

	private final ViewingFigures figures;

	private final String baseUrl;

	private final BroadcastProperties properties;

	private final MessageSource messages;

	ChannelManagementController(Channels channels, ChannelAccess access, MediaLibrary library, LiveIngest live,
			ViewingFigures figures, PublicAddress address, BroadcastProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
		this.channels = channels;
		this.access = access;
		this.library = library;
		this.live = live;
		this.figures = figures;
		this.baseUrl = address.base();
	}

	@GetMapping("/broadcast/manage")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("channels", this.channels.runBy(user));
		model.addAttribute("organisations", this.access.broadcasters(user));
		return "broadcast/manage";
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
		if (!model.containsAttribute("channelForm")) {
			model.addAttribute("channelForm", ChannelForm.of(channel));
		}
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm());
		}
		return managePage(model, channel, page, request);
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
		model.addAttribute("uploadForm", new UploadForm());
		return managePage(model, channel, 0, request);
	}

	@PostMapping("/broadcast/channels/{channelId}/uploads")
	String upload(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute UploadForm uploadForm, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Channel channel = this.channels.runnable(user, channelId);
		if (!errors.hasErrors()) {
			try {
				Media media = this.library.add(channelId, user.accountId(), uploadForm.tidyTitle(),
						uploadForm.tidyCaption(), MultipartUpload.of(file));
				redirect.addFlashAttribute("notice", (media.kind() == MediaKind.PHOTO) ? "broadcast.upload.photoAdded"
						: "broadcast.upload.videoQueued");
				return "redirect:/broadcast/channels/" + channelId + "/manage#media";
			}
			catch (UploadRefused ex) {
				String message = this.messages.getMessage(ex.messageKey(), ex.arguments(),
						LocaleContextHolder.getLocale());
				errors.reject(ex.messageKey(), ex.arguments(), message);
				model.addAttribute("fileError", message);
				if (ex.retryLater()) {
					response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
					response.setHeader("Retry-After", "30");
					model.addAttribute("channelForm", ChannelForm.of(channel));
					return managePage(model, channel, 0, request);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("channelForm", ChannelForm.of(channel));
		return managePage(model, channel, 0, request);
	}

	/** The processing state of one item: the fragment the manage page polls. */
	@GetMapping("/broadcast/media/{mediaId}/progress")
	String progress(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Media media = ownMedia(user, mediaId);
		model.addAttribute("item", media);
		return "broadcast/manage-parts :: status";
	}

	@PostMapping("/broadcast/media/{mediaId}/delete")
	String remove(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Media media = ownMedia(user, mediaId);
		this.library.remove(mediaId);
		redirect.addFlashAttribute("notice", "broadcast.media.removed");
		return "redirect:/broadcast/channels/" + media.channelId() + "/manage#media";
	}

	@PostMapping("/broadcast/channels/{channelId}/stream-key")
	String streamKey(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		RandomToken key = this.channels.newStreamKey(user, channelId);
		redirect.addFlashAttribute("streamKey", key.value());
		return "redirect:/broadcast/channels/" + channelId + "/manage#live";
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
			model.addAttribute("channelForm", ChannelForm.of(channel));
			model.addAttribute("uploadForm", new UploadForm());
			return managePage(model, channel, 0, request);
		}
	}

	@PostMapping("/broadcast/channels/{channelId}/viewers/{accountId}/remove")
	String uninvite(@PathVariable UUID channelId, @PathVariable UUID accountId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.channels.uninvite(user, channelId, accountId);
		redirect.addFlashAttribute("notice", "broadcast.viewers.removed");
		return "redirect:/broadcast/channels/" + channelId + "/manage#viewers";
	}

	@GetMapping("/broadcast/channels/{channelId}/figures")
	String figures(@PathVariable UUID channelId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Channel channel = this.channels.runnable(user, channelId);
		model.addAttribute("channel", channel);
		model.addAttribute("videos", this.figures.of(channelId));
		return "broadcast/figures";
	}

	private Media ownMedia(CurrentUser user, UUID mediaId) {
		Media media = this.library.find(mediaId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.channels.runnable(user, media.channelId());
		return media;
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
		return "broadcast/channel-new";
	}

	private String managePage(Model model, Channel channel, int page, HttpServletRequest request) {
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
		return "broadcast/channel-manage";
	}

}
