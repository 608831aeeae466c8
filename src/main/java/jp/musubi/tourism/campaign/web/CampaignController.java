package jp.musubi.tourism.campaign.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.campaign.Campaign;
import jp.musubi.tourism.campaign.CampaignDraft;
import jp.musubi.tourism.campaign.Campaigns;
import jp.musubi.tourism.campaign.Segment;
import jp.musubi.tourism.campaign.Segments;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * Campaigns for the agent's staff: the list, the form, and a campaign's page with its
 * code, its counts and the bookings its code brought in.
 */
@Controller
class CampaignController {

	private static final int PAGE_SIZE = 20;

	private final Campaigns campaigns;

	private final Segments segments;

	CampaignController(Campaigns campaigns, Segments segments) {
		this.campaigns = campaigns;
		this.segments = segments;
	}

	@GetMapping("/tourism/campaigns")
	String list(@AuthenticationPrincipal CurrentUser staff, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<Campaign> found = this.campaigns.page(staff, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("campaigns", found);
		model.addAttribute("pages", PageLinks.of(found, http));
		return "tourism/campaign/campaigns";
	}

	@GetMapping("/tourism/campaigns/new")
	String newCampaign(@AuthenticationPrincipal CurrentUser staff, Model model) {
		model.addAttribute("campaignForm", new CampaignForm());
		return form(staff, model, null);
	}

	@PostMapping("/tourism/campaigns")
	String create(@AuthenticationPrincipal CurrentUser staff, @ModelAttribute CampaignForm campaignForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<Segment> choices = this.segments.all(staff);
		CampaignDraft draft = campaignForm.toDraft(errors);
		if (draft == null) {
			return form(staff, model, null);
		}
		try {
			Campaign campaign = this.campaigns.schedule(staff, draft);
			redirect.addFlashAttribute("notice", "tourism.campaign.scheduled");
			return "redirect:/tourism/campaigns/" + campaign.id();
		}
		catch (InputRefused refused) {
			CampaignForms.reject(errors, refused);
			model.addAttribute("segmentChoices", choices);
			return form(staff, model, null);
		}
	}

	@GetMapping("/tourism/campaigns/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff, Model model) {
		Campaign campaign = this.campaigns.find(staff, id);
		Language language = Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
		model.addAttribute("campaign", campaign);
		model.addAttribute("segmentName", this.campaigns.segmentName(campaign));
		model.addAttribute("redemptions", this.campaigns.redemptions(campaign, language));
		return "tourism/campaign/campaign";
	}

	@GetMapping("/tourism/campaigns/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff, Model model,
			RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.find(staff, id);
		if (!campaign.isScheduled()) {
			redirect.addFlashAttribute("notice", "tourism.campaign.noLongerScheduled");
			return "redirect:/tourism/campaigns/" + id;
		}
		model.addAttribute("campaignForm", CampaignForm.of(campaign));
		return form(staff, model, campaign);
	}

	@PostMapping("/tourism/campaigns/{id}")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff,
			@ModelAttribute CampaignForm campaignForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Campaign campaign = this.campaigns.find(staff, id);
		CampaignDraft draft = campaignForm.toDraft(errors);
		if (draft == null) {
			return form(staff, model, campaign);
		}
		try {
			this.campaigns.change(staff, id, draft);
			redirect.addFlashAttribute("notice", "tourism.campaign.changed");
		}
		catch (InputRefused refused) {
			CampaignForms.reject(errors, refused);
			return form(staff, model, campaign);
		}
		catch (Campaign.NoLongerScheduled ex) {
			redirect.addFlashAttribute("notice", "tourism.campaign.noLongerScheduled");
		}
		return "redirect:/tourism/campaigns/" + id;
	}

	@PostMapping("/tourism/campaigns/{id}/cancel")
	String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser staff, RedirectAttributes redirect) {
		try {
			this.campaigns.cancel(staff, id);
			redirect.addFlashAttribute("notice", "tourism.campaign.cancelled");
		}
		catch (Campaign.NoLongerScheduled ex) {
			redirect.addFlashAttribute("notice", "tourism.campaign.noLongerScheduled");
		}
		return "redirect:/tourism/campaigns/" + id;
	}

	private String form(CurrentUser staff, Model model, Campaign campaign) {
		model.addAttribute("segmentChoices", this.segments.all(staff));
		model.addAttribute("campaign", campaign);
		model.addAttribute("textFields",
				Arrays.stream(Language.values())
					.map((language) -> new TextFields(language.nativeName(), CampaignDraft.field("subject", language),
							CampaignDraft.field("body", language), language == Language.JA))
					.toList());
		return "tourism/campaign/campaign-form";
	}

	/** The form's fields for the mail in one language. */
	record TextFields(String languageName, String subject, String body, boolean required) {

	}

}
