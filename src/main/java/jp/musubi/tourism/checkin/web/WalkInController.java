package jp.musubi.tourism.checkin.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.checkin.WalkIn;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Counting walk-ins at the desk: how many people, and from where, nothing more. */
@Controller
class WalkInController {

	private final CheckIns checkIns;

	WalkInController(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/tourism/facility/{facilityId}/walk-ins")
	String form(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Facility facility = this.checkIns.facilityOfStaff(user, facilityId);
		WalkInForm form = new WalkInForm();
		form.setPeople(1);
		model.addAttribute("walkInForm", form);
		return page(facility, model);
	}

	@PostMapping("/tourism/facility/{facilityId}/walk-ins")
	String record(@PathVariable UUID facilityId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute WalkInForm walkInForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Facility facility = this.checkIns.facilityOfStaff(user, facilityId);
		TargetArea area = Refusals.area(walkInForm.getTargetArea());
		if (area == null) {
			errors.rejectValue("targetArea", "tourism.walkin.error.area");
		}
		if (errors.hasErrors()) {
			return page(facility, model);
		}
		this.checkIns.walkIn(facility, walkInForm.getPeople(), area, user.accountId());
		redirect.addFlashAttribute("notice", "tourism.walkin.done");
		return "redirect:/tourism/facility/" + facilityId + "/walk-ins";
	}

	private String page(Facility facility, Model model) {
		List<WalkIn> today = this.checkIns.walkInsToday(facility);
		model.addAttribute("facility", facility);
		model.addAttribute("walkIns", today);
		model.addAttribute("total", today.stream().mapToInt(WalkIn::people).sum());
		model.addAttribute("areas", TargetArea.values());
		return "tourism/checkin/walk-ins";
	}

}
