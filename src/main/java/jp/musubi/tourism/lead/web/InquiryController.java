package jp.musubi.tourism.lead.web;

import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.lead.Leads;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's inquiry form, open to every visitor: a person signed in finds their name
 * and address filled in. What is sent becomes a new lead for the agent's staff.
 */
@Controller
class InquiryController {

	private final Leads leads;

	private final Programmes programmes;

	InquiryController(Leads leads, Programmes programmes) {
		this.leads = leads;
		this.programmes = programmes;
	}

	@GetMapping("/tourism/inquiries/new")
	String form(@RequestParam(name = "programme", required = false) UUID programmeId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		InquiryForm form = new InquiryForm();
		if (programmeId != null && this.programmes.findPublished(programmeId).isPresent()) {
			form.setProgrammeId(programmeId);
		}
		if (user != null) {
			form.setName(user.displayName());
			form.setEmail(user.email());
		}
		model.addAttribute("inquiryForm", form);
		return page(model, form);
	}

	@PostMapping("/tourism/inquiries")
	String send(@ModelAttribute InquiryForm inquiryForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			this.leads.inquire(inquiryForm.toInquiry(), (user != null) ? user.accountId() : null);
			return "redirect:/tourism/inquiries/thanks";
		}
		catch (InputRefused refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return page(model, inquiryForm);
		}
	}

	@GetMapping("/tourism/inquiries/thanks")
	String thanks() {
		return "tourism/lead/inquiry-thanks";
	}

	private String page(Model model, InquiryForm form) {
		Language language = Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
		Optional<Programme> programme = Optional.ofNullable(form.getProgrammeId())
			.flatMap(this.programmes::findPublished);
		model.addAttribute("programmeName",
				programme.flatMap((found) -> found.textIn(language).or(() -> found.textIn(Language.JA)))
					.map((text) -> text.name())
					.orElse(null));
		return "tourism/lead/inquiry";
	}

}
