package jp.musubi.tourism.campaign.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.campaign.Segment;
import jp.musubi.tourism.campaign.SegmentCriteria;
import jp.musubi.tourism.campaign.SegmentSize;
import jp.musubi.tourism.campaign.Segments;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * Segments for the agent's staff: the list with each segment's size, the form, and the
 * count of who a campaign would reach each time one is saved.
 */
@Controller
class SegmentController {

	private final Segments segments;

	private final Programmes programmes;

	private final TourismAccess access;

	SegmentController(Segments segments, Programmes programmes, TourismAccess access) {
		this.segments = segments;
		this.programmes = programmes;
		this.access = access;
	}

	@GetMapping("/tourism/segments")
	String list(@AuthenticationPrincipal CurrentUser staff, Model model) {
		Map<Segment, SegmentSize> sizes = new LinkedHashMap<>();
		this.segments.all(staff).forEach((segment) -> sizes.put(segment, this.segments.size(segment)));
		model.addAttribute("sizes", sizes);
		return "tourism/campaign/segments";
	}

	@GetMapping("/tourism/segments/new")
	String newSegment(@AuthenticationPrincipal CurrentUser staff, Model model) {
		this.access.requireAgentStaff(staff);
		model.addAttribute("segmentForm", new SegmentForm());
		return form(model, null, null);
	}

	@PostMapping("/tourism/segments")
	String create(@AuthenticationPrincipal CurrentUser staff, @ModelAttribute SegmentForm segmentForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.access.requireAgentStaff(staff);
		SegmentCriteria criteria = segmentForm.toCriteria(errors);
		if (criteria == null) {
			return form(model, null, null);
		}
		try {
			Segment segment = this.segments.create(staff, segmentForm.getName(), criteria);
			redirect.addFlashAttribute("notice", "tourism.segment.saved");
			return "redirect:/tourism/segments/" + segment.id();
		}
		catch (InputRefused refused) {
			CampaignForms.reject(errors, refused);
			return form(model, null, null);
		}
	}

	@GetMapping("/tourism/segments/{id}")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff, Model model) {
		Segment segment = this.segments.find(staff, id);
		model.addAttribute("segmentForm", SegmentForm.of(segment));
		return form(model, segment, this.segments.size(segment));
	}

	@PostMapping("/tourism/segments/{id}")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff,
			@ModelAttribute SegmentForm segmentForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Segment segment = this.segments.find(staff, id);
		SegmentCriteria criteria = segmentForm.toCriteria(errors);
		if (criteria == null) {
			return form(model, segment, null);
		}
		try {
			this.segments.change(staff, id, segmentForm.getName(), criteria);
			redirect.addFlashAttribute("notice", "tourism.segment.saved");
			return "redirect:/tourism/segments/" + id;
		}
		catch (InputRefused refused) {
			CampaignForms.reject(errors, refused);
			return form(model, segment, null);
		}
	}

	private String form(Model model, Segment segment, SegmentSize size) {
		Language language = Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Programme programme : this.programmes.all()) {
			names.put(programme.id(),
					programme.textIn(language)
						.or(() -> programme.textIn(Language.JA))
						.map((text) -> text.name())
						.orElse(programme.code()));
		}
		model.addAttribute("segment", segment);
		model.addAttribute("size", size);
		model.addAttribute("areaChoices", TargetArea.values());
		model.addAttribute("languageChoices", Language.values());
		model.addAttribute("interestChoices", Interest.values());
		model.addAttribute("programmeChoices", names);
		return "tourism/campaign/segment";
	}

}
