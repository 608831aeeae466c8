package jp.musubi.work.profile.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.accounts.Accounts;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.work.matching.Recommendations;
import jp.musubi.work.profile.MemberSkill;
import jp.musubi.work.profile.ProfileDetails;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.request.web.WorkForms;
import jp.musubi.work.review.Review;
import jp.musubi.work.review.Reviews;
import jp.musubi.work.search.MemberSearch;

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
 * Members' work profiles: a member keeps their own and sees the work recommended for
 * them; clients and the agent read profiles and search members by skill.
 */
@Controller
class ProfileController {

	private static final int PAGE_SIZE = 20;

	private final WorkProfiles profiles;

	private final Recommendations recommendations;

	private final Proposals proposals;

	private final Reviews reviews;

	private final MemberSearch members;

	private final Accounts accounts;

	private final WorkRequests requests;

	ProfileController(WorkProfiles profiles, Recommendations recommendations, Proposals proposals, Reviews reviews,
			MemberSearch members, Accounts accounts, WorkRequests requests) {
		this.profiles = profiles;
		this.recommendations = recommendations;
		this.proposals = proposals;
		this.reviews = reviews;
		this.members = members;
		this.accounts = accounts;
		this.requests = requests;
	}

	@GetMapping("/work/mine")
	String mine(@AuthenticationPrincipal CurrentUser member, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		WorkProfile profile = this.profiles.mine(member);
		Page<Proposal> proposals = this.proposals.ofMember(member, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("profile", profile);
		model.addAttribute("proposals", proposals);
		model.addAttribute("pages", PageLinks.of(proposals, http));
		model.addAttribute("titles", proposals.stream()
			.map(Proposal::requestId)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (requestId) -> this.requests.find(requestId).title())));
		model.addAttribute("recommended", this.recommendations.requestsFor(member, profile));
		return "work/profile/mine";
	}

	@GetMapping("/work/profile")
	String edit(@AuthenticationPrincipal CurrentUser member, Model model) {
		WorkProfile profile = this.profiles.mine(member);
		model.addAttribute("profileForm", ProfileForm.of(profile));
		return page(model, profile);
	}

	@PostMapping("/work/profile")
	String save(@AuthenticationPrincipal CurrentUser member, @Valid @ModelAttribute ProfileForm profileForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		WorkProfile profile = this.profiles.mine(member);
		ProfileDetails details = profileForm.toDetails();
		details.refusals().forEach((refused) -> WorkForms.reject(errors, refused));
		if (errors.hasErrors()) {
			return page(model, profile);
		}
		this.profiles.describe(member, details);
		redirect.addFlashAttribute("notice", "work.profile.saved");
		return "redirect:/work/profile";
	}

	@PostMapping("/work/profile/skills")
	String addSkill(@AuthenticationPrincipal CurrentUser member, @RequestParam(required = false) UUID skill,
			@RequestParam(defaultValue = "0") int level, @RequestParam(defaultValue = "-1") int years,
			RedirectAttributes redirect) {
		if (skill == null || level < MemberSkill.MIN_LEVEL || level > MemberSkill.MAX_LEVEL || years < 0
				|| years > MemberSkill.MAX_YEARS) {
			redirect.addFlashAttribute("skillError", "work.profile.error.skill");
			return "redirect:/work/profile#skills";
		}
		try {
			this.profiles.addSkill(member, skill, level, years);
			redirect.addFlashAttribute("notice", "work.profile.skillAdded");
		}
		catch (WorkProfile.TooManySkills ex) {
			redirect.addFlashAttribute("skillError", "work.profile.error.tooManySkills");
		}
		return "redirect:/work/profile#skills";
	}

	@PostMapping("/work/profile/skills/{skill}/remove")
	String removeSkill(@AuthenticationPrincipal CurrentUser member, @PathVariable UUID skill,
			RedirectAttributes redirect) {
		this.profiles.removeSkill(member, skill);
		redirect.addFlashAttribute("notice", "work.profile.skillRemoved");
		return "redirect:/work/profile#skills";
	}

	@GetMapping("/work/members/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser viewer,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		WorkProfile profile = this.profiles.view(viewer, id);
		model.addAttribute("profile", profile);
		model.addAttribute("person", this.accounts.person(id).orElse(null));
		Page<Review> reviews = this.reviews.of(id, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("reviews", reviews);
		model.addAttribute("pages", PageLinks.of(reviews, http));
		return "work/profile/member";
	}

	@GetMapping("/work/members")
	String search(@AuthenticationPrincipal CurrentUser viewer, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String prefecture, @RequestParam(required = false) Integer hours,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest http, Model model) {
		String words = (q.length() > 100) ? q.substring(0, 100) : q;
		Prefecture chosen = Prefecture.ofCode(prefecture).orElse(null);
		Page<WorkProfile> found = this.members.search(viewer, words, chosen, hours,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("q", words);
		model.addAttribute("prefecture", (chosen != null) ? chosen.code() : "");
		model.addAttribute("hours", hours);
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("members", found.map((profile) -> new MemberRow(profile,
				this.accounts.person(profile.accountId()).map((person) -> person.displayName()).orElse(""))));
		model.addAttribute("pages", PageLinks.of(found, http));
		return "work/profile/members";
	}

	private String page(Model model, WorkProfile profile) {
		model.addAttribute("profile", profile);
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("vocabulary", this.profiles.vocabulary());
		return "work/profile/profile";
	}

	/** A member in search results with their name. */
	record MemberRow(WorkProfile profile, String name) {

	}

}
