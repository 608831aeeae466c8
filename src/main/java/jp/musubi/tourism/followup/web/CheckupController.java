package jp.musubi.tourism.followup.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.followup.CheckupFollowUp;
import jp.musubi.tourism.followup.CheckupNote;
import jp.musubi.tourism.followup.Checkups;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * Checkup follow-up: the clinic's page to record and read its guests' checkups, and the
 * guest's own page with what every clinic recorded for them.
 */
@Controller
class CheckupController {

	static final int PAGE_SIZE = 20;

	private final Checkups checkups;

	private final Facilities facilities;

	private final Clock clock;

	CheckupController(Checkups checkups, Facilities facilities, Clock clock) {
		this.checkups = checkups;
		this.facilities = facilities;
		this.clock = clock;
	}

	@GetMapping("/tourism/facility/{facilityId}/checkups")
	String clinic(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		Facility clinic = this.checkups.clinicOfStaff(user, facilityId);
		CheckupForm form = new CheckupForm();
		form.setExaminedOn(Dates.today(this.clock));
		model.addAttribute("checkupForm", form);
		return clinic(clinic, page, http, model);
	}

	@PostMapping("/tourism/facility/{facilityId}/checkups")
	String record(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute CheckupForm checkupForm, BindingResult errors, HttpServletRequest http, Model model,
			RedirectAttributes redirect) {
		Facility clinic = this.checkups.clinicOfStaff(user, facilityId);
		if (!errors.hasErrors()) {
			try {
				this.checkups.record(user, facilityId, checkupForm.getBookingNumber(),
						new CheckupNote(checkupForm.getExaminedOn(), checkupForm.getFindings(), checkupForm.getAdvice(),
								checkupForm.getNextCheckupOn()));
				redirect.addFlashAttribute("notice", "tourism.checkup.recorded");
				return "redirect:/tourism/facility/" + facilityId + "/checkups";
			}
			catch (InputRefused refused) {
				if (refused.field() != null) {
					errors.rejectValue(refused.field(), refused.messageKey());
				}
				else {
					errors.reject(refused.messageKey());
				}
			}
		}
		return clinic(clinic, 1, http, model);
	}

	@GetMapping("/tourism/me/checkups")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<CheckupFollowUp> followUps = this.checkups.mine(user);
		Map<UUID, String> clinics = followUps.stream()
			.map(CheckupFollowUp::facilityId)
			.distinct()
			.map(this.facilities::find)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(Facility::id, Facility::name));
		model.addAttribute("followUps", followUps);
		model.addAttribute("clinics", clinics);
		return "tourism/followup/my-checkups";
	}

	private String clinic(Facility clinic, int page, HttpServletRequest http, Model model) {
		Page<CheckupFollowUp> followUps = this.checkups.ofClinic(clinic,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("facility", clinic);
		model.addAttribute("followUps", followUps);
		model.addAttribute("pages", PageLinks.of(followUps, http));
		return "tourism/followup/checkups";
	}

}
