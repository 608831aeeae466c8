package jp.musubi.tourism.facility.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.facility.FacilityDescription;
import jp.musubi.tourism.facility.FacilityPhotos;
import jp.musubi.tourism.programme.web.TourismForms;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A facility's staff keep their facility: its description, photos and what guests can
 * book there. Staff of one facility never see another's edit pages.
 */
@Controller
class FacilityController {

	private static final int CAPTION_LIMIT = 200;

	private final Facilities facilities;

	private final FacilityPhotos photos;

	private final TourismAccess access;

	FacilityController(Facilities facilities, FacilityPhotos photos, TourismAccess access) {
		this.facilities = facilities;
		this.photos = photos;
		this.access = access;
	}

	@GetMapping("/tourism/facility")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<OrganisationSummary> organisations = this.access.facilityOrganisations(user);
		model.addAttribute("facilities",
				organisations.stream().map((organisation) -> this.facilities.open(organisation.id())).toList());
		return "tourism/facility/facility-list";
	}

	@GetMapping("/tourism/facility/{facilityId}/edit")
	String edit(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Facility facility = managed(user, facilityId);
		FacilityForm form = FacilityForm.of(facility.description());
		form.setVersion(facility.version());
		model.addAttribute("facilityForm", form);
		return editPage(model, facility);
	}

	@PostMapping("/tourism/facility/{facilityId}")
	String describe(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute FacilityForm facilityForm, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Facility facility = managed(user, facilityId);
		if (facilityForm.isStale(facility.version())) {
			errors.reject("tourism.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return editPage(model, facility);
		}
		FacilityDescription description = facilityForm.toDescription(errors);
		if (description != null) {
			TourismForms.reject(errors, description.refusals());
		}
		if (errors.hasErrors()) {
			return editPage(model, facility);
		}
		this.facilities.describe(facilityId, description);
		redirect.addFlashAttribute("notice", "tourism.facility.saved");
		return "redirect:/tourism/facility/" + facilityId + "/edit";
	}

	@PostMapping("/tourism/facility/{facilityId}/photos")
	String addPhoto(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String caption, RedirectAttributes redirect) {
		managed(user, facilityId);
		String text = JapaneseText.normalizeToNull(caption);
		String captionError = (text != null && text.length() > CAPTION_LIMIT) ? "tourism.photo.error.caption"
				: UnusableCharacter.firstIn(caption).map(UnusableCharacter::messageKey).orElse(null);
		if (captionError != null) {
			redirect.addFlashAttribute("photoError", captionError);
			return "redirect:/tourism/facility/" + facilityId + "/edit#photos";
		}
		try {
			if (file == null || file.isEmpty()) {
				redirect.addFlashAttribute("photoError", "tourism.photo.error.empty");
			}
			else {
				this.photos.add(facilityId, file.getInputStream(), file.getSize(), text);
				redirect.addFlashAttribute("notice", "tourism.photo.added");
			}
		}
		catch (FacilityPhotos.Refused refused) {
			redirect.addFlashAttribute("photoError", refused.messageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/tourism/facility/" + facilityId + "/edit#photos";
	}

	@PostMapping("/tourism/facility/{facilityId}/photos/{photoId}/delete")
	String removePhoto(@PathVariable UUID facilityId, @PathVariable UUID photoId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		managed(user, facilityId);
		this.photos.remove(facilityId, photoId);
		redirect.addFlashAttribute("notice", "tourism.photo.removed");
		return "redirect:/tourism/facility/" + facilityId + "/edit#photos";
	}

	@GetMapping("/tourism/facility/{facilityId}/capacities/new")
	String newCapacity(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Facility facility = managed(user, facilityId);
		model.addAttribute("capacityForm", new CapacityForm());
		return capacityPage(model, facility, null);
	}

	@PostMapping("/tourism/facility/{facilityId}/capacities")
	String addCapacity(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute CapacityForm capacityForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Facility facility = managed(user, facilityId);
		if (!capacityForm.check(errors)) {
			return capacityPage(model, facility, null);
		}
		this.facilities.addCapacity(facilityId, capacityForm.getKind(), JapaneseText.tidy(capacityForm.getName()),
				capacityForm.translations(), capacityForm.getUnitsPerDay());
		redirect.addFlashAttribute("notice", "tourism.capacity.added");
		return "redirect:/tourism/facility/" + facilityId + "/edit#capacities";
	}

	@GetMapping("/tourism/facility/{facilityId}/capacities/{capacityId}/edit")
	String editCapacity(@PathVariable UUID facilityId, @PathVariable UUID capacityId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Facility facility = managed(user, facilityId);
		var capacity = this.facilities.capacity(capacityId)
			.filter((found) -> found.facilityId().equals(facilityId))
			.orElseThrow(() -> TourismForms.notFound(capacityId));
		model.addAttribute("capacityForm", CapacityForm.of(capacity));
		return capacityPage(model, facility, capacityId);
	}

	@PostMapping("/tourism/facility/{facilityId}/capacities/{capacityId}")
	String changeCapacity(@PathVariable UUID facilityId, @PathVariable UUID capacityId,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute CapacityForm capacityForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Facility facility = managed(user, facilityId);
		this.facilities.capacity(capacityId)
			.filter((found) -> found.facilityId().equals(facilityId))
			.orElseThrow(() -> TourismForms.notFound(capacityId));
		if (!capacityForm.check(errors)) {
			return capacityPage(model, facility, capacityId);
		}
		this.facilities.changeCapacity(facilityId, capacityId, capacityForm.getKind(),
				JapaneseText.tidy(capacityForm.getName()), capacityForm.translations(), capacityForm.getUnitsPerDay(),
				capacityForm.isActive());
		redirect.addFlashAttribute("notice", "tourism.capacity.saved");
		return "redirect:/tourism/facility/" + facilityId + "/edit#capacities";
	}

	/** The facility, when the person is on its staff; 403 when not, 404 when none. */
	private Facility managed(CurrentUser user, UUID facilityId) {
		Facility facility = this.facilities.find(facilityId).orElseThrow(() -> TourismForms.notFound(facilityId));
		this.access.requireStaffOf(user, facility.organisationId());
		return facility;
	}

	private String editPage(Model model, Facility facility) {
		model.addAttribute("facility", facility);
		model.addAttribute("photos", this.photos.of(facility.id()));
		model.addAttribute("capacities", this.facilities.capacities(facility.id()));
		model.addAttribute("maxPhotoMegabytes", FacilityPhotos.MAX_BYTES / (1024 * 1024));
		return "tourism/facility/facility-edit";
	}

	private String capacityPage(Model model, Facility facility, UUID capacityId) {
		model.addAttribute("facility", facility);
		model.addAttribute("capacityId", capacityId);
		model.addAttribute("kinds", CapacityKind.values());
		return "tourism/facility/capacity-form";
	}

}
