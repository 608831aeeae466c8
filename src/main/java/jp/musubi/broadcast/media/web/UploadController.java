package jp.musubi.broadcast.media.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.channel.web.ChannelManagePage;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaKind;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.UploadRefused;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
 * A channel's photos and videos as its owner handles them from the manage page: uploading
 * one, following a video's processing, removing one. Only the people of the channel's
 * organisation get here; anyone else gets 403 and nothing changes.
 */
@Controller
class UploadController {

	private final Channels channels;

	private final MediaLibrary library;

	private final ChannelManagePage managePage;

	private final MessageSource messages;

	UploadController(Channels channels, MediaLibrary library, ChannelManagePage managePage, MessageSource messages) {
		this.channels = channels;
		this.library = library;
		this.managePage = managePage;
		this.messages = messages;
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
					return this.managePage.render(model, channel, 0, request);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return this.managePage.render(model, channel, 0, request);
	}

	/** The processing state of one item: the fragment the manage page polls. */
	@GetMapping("/broadcast/media/{mediaId}/progress")
	String progress(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Media media = ownMedia(user, mediaId);
		model.addAttribute("item", media);
		return "broadcast/media/status :: status";
	}

	@PostMapping("/broadcast/media/{mediaId}/delete")
	String remove(@PathVariable UUID mediaId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Media media = ownMedia(user, mediaId);
		this.library.remove(mediaId);
		redirect.addFlashAttribute("notice", "broadcast.media.removed");
		return "redirect:/broadcast/channels/" + media.channelId() + "/manage#media";
	}

	private Media ownMedia(CurrentUser user, UUID mediaId) {
		Media media = this.library.find(mediaId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.channels.runnable(user, media.channelId());
		return media;
	}

}
