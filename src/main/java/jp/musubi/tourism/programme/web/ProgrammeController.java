package jp.musubi.tourism.programme.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.ProgrammeTerms;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's staff compose programmes from the facilities' capacities, and publish them
 * once every language has its text and there is something to book.
 */
@Controller
class ProgrammeController {

	private final Programmes programmes;

	private final Facilities facilities;

	private final TourismAccess access;

	ProgrammeController(Programmes programmes, Facilities facilities, TourismAccess access) {
		this.programmes = programmes;
		this.facilities = facilities;
		this.access = access;
	}

	@GetMapping("/tourism/programmes/manage")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		staff(user);
		model.addAttribute("programmes", this.programmes.all());
		return "tourism/programme/programmes-manage";
	}

	@GetMapping("/tourism/programmes/new")
	String newProgramme(@AuthenticationPrincipal CurrentUser user, Model model) {
		staff(user);
		model.addAttribute("programmeForm", new ProgrammeForm());
		return form(model, null);
	}

	@PostMapping("/tourism/programmes")
	String compose(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProgrammeForm programmeForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		staff(user);
		ProgrammeTerms terms = programmeForm.toTerms(bookableIds(), errors);
		if (terms == null) {
			programmeForm.fill();
			return form(model, null);
		}
		try {
			Programme programme = this.programmes.compose(terms, user.accountId());
			redirect.addFlashAttribute("notice", "tourism.programme.saved");
			return "redirect:/tourism/programmes/" + programme.id() + "/edit";
		}
		catch (Programmes.CodeTaken ex) {
			errors.rejectValue("code", "tourism.programme.error.codeTaken");
			programmeForm.fill();
			return form(model, null);
		}
	}

	@GetMapping("/tourism/programmes/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		staff(user);
		Programme programme = find(id);
		model.addAttribute("programmeForm", ProgrammeForm.of(programme));
		return form(model, programme);
	}

	@PostMapping("/tourism/programmes/{id}/edit")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute ProgrammeForm programmeForm, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		staff(user);
		Programme programme = find(id);
		if (programmeForm.isStale(programme.version())) {
			errors.reject("tourism.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			programmeForm.fill();
			return form(model, programme);
		}
		ProgrammeTerms terms = programmeForm.toTerms(bookableIds(), errors);
		if (terms == null) {
			programmeForm.fill();
			return form(model, programme);
		}
		try {
			Programme changed = this.programmes.change(id, terms);
			redirect.addFlashAttribute("notice", (programme.isPublished() && !changed.isPublished())
					? "tourism.programme.savedWithdrawn" : "tourism.programme.saved");
			return "redirect:/tourism/programmes/" + id + "/edit";
		}
		catch (Programmes.CodeTaken ex) {
			errors.rejectValue("code", "tourism.programme.error.codeTaken");
			programmeForm.fill();
			return form(model, programme);
		}
	}

	@PostMapping("/tourism/programmes/{id}/publish")
	String publish(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		staff(user);
		Programme programme = find(id);
		if (!programme.isComplete()) {
			redirect.addFlashAttribute("publishRefused", true);
			return "redirect:/tourism/programmes/" + id + "/edit";
		}
		this.programmes.publish(id, true);
		redirect.addFlashAttribute("notice", "tourism.programme.published");
		return "redirect:/tourism/programmes/" + id + "/edit";
	}

	@PostMapping("/tourism/programmes/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		staff(user);
		find(id);
		this.programmes.publish(id, false);
		redirect.addFlashAttribute("notice", "tourism.programme.withdrawn");
		return "redirect:/tourism/programmes/" + id + "/edit";
	}

	private void staff(CurrentUser user) {
		this.access.requireAgentStaff(TourismForms.signedIn(user));
	}

	private Programme find(UUID id) {
		return this.programmes.find(id).orElseThrow(() -> TourismForms.notFound(id));
	}

	private Set<UUID> bookableIds() {
		return this.facilities.bookableCapacities().stream().map(Capacity::id).collect(Collectors.toSet());
	}

	private String form(Model model, Programme programme) {
		List<Capacity> bookable = this.facilities.bookableCapacities();
		Map<UUID, Facility> byId = this.facilities.all()
			.stream()
			.collect(Collectors.toMap(Facility::id, (facility) -> facility));
		Map<String, List<Capacity>> grouped = new LinkedHashMap<>();
		byId.values().stream().sorted(java.util.Comparator.comparing(Facility::name)).forEach((facility) -> {
			List<Capacity> offered = bookable.stream()
				.filter((capacity) -> capacity.facilityId().equals(facility.id()))
				.toList();
			if (!offered.isEmpty()) {
				grouped.put(facility.name(), offered);
			}
		});
		model.addAttribute("capacityGroups", grouped);
		model.addAttribute("programme", programme);
		return "tourism/programme/programme-form";
	}

}
