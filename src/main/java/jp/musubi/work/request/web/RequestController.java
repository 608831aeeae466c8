package jp.musubi.work.request.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.work.upload.web.Downloads;
import jp.musubi.work.upload.web.IncomingFiles;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.proposal.web.ProposalForm;
import jp.musubi.work.request.Attachment;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.upload.Uploads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
 * Work requests in the browser: the client posts and changes them, everyone reads the
 * published ones, the client and the agent read the rest, files go with them.
 */
@Controller
class RequestController {

	private static final int PAGE_SIZE = 20;

	private final WorkRequests requests;

	private final WorkProfiles profiles;

	private final Proposals proposals;

	private final Contracts contracts;

	private final WorkAccess access;

	private final Accounts accounts;

	private final Uploads uploads;

	RequestController(WorkRequests requests, WorkProfiles profiles, Proposals proposals, Contracts contracts,
			WorkAccess access, Accounts accounts, Uploads uploads) {
		this.requests = requests;
		this.profiles = profiles;
		this.proposals = proposals;
		this.contracts = contracts;
		this.access = access;
		this.accounts = accounts;
		this.uploads = uploads;
	}

	@GetMapping("/work/requests/new")
	String newRequest(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<OrganisationSummary> clients = this.access.clientOrganisations(user);
		if (clients.isEmpty()) {
			return "work/request/not-a-client";
		}
		RequestForm form = new RequestForm();
		form.setOrganisationId(clients.get(0).id());
		model.addAttribute("requestForm", form);
		return form(model, clients, null);
	}

	@PostMapping("/work/requests")
	String post(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute RequestForm requestForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<OrganisationSummary> clients = this.access.clientOrganisations(user);
		if (requestForm.getOrganisationId() == null
				|| clients.stream().noneMatch((client) -> client.id().equals(requestForm.getOrganisationId()))) {
			errors.rejectValue("organisationId", "work.request.error.organisation");
		}
		if (errors.hasErrors()) {
			return form(model, clients, null);
		}
		try {
			WorkRequest request = this.requests.post(user, requestForm.getOrganisationId(),
					requestForm.toDetails(this.profiles.vocabulary()));
			redirect.addFlashAttribute("notice", "work.request.posted");
			return "redirect:/work/requests/" + request.id();
		}
		catch (InputRefused refused) {
			WorkForms.reject(errors, refused);
			return form(model, clients, null);
		}
	}

	@GetMapping("/work/requests/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		WorkRequest request = this.requests.manage(user, id);
		model.addAttribute("requestForm", RequestForm.of(request));
		return form(model, this.access.clientOrganisations(user), request);
	}

	@PostMapping("/work/requests/{id}")
	String change(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute RequestForm requestForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		WorkRequest request = this.requests.manage(user, id);
		if (errors.hasErrors()) {
			return form(model, this.access.clientOrganisations(user), request);
		}
		try {
			this.requests.change(user, id, requestForm.toDetails(this.profiles.vocabulary()));
			redirect.addFlashAttribute("notice", "work.request.saved");
			return "redirect:/work/requests/" + id;
		}
		catch (InputRefused refused) {
			WorkForms.reject(errors, refused);
			return form(model, this.access.clientOrganisations(user), request);
		}
		catch (WorkRequest.WrongStatus ex) {
			redirect.addFlashAttribute("notice", "work.request.error.notEditable");
			return "redirect:/work/requests/" + id;
		}
	}

	@GetMapping("/work/requests/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		WorkRequest request = this.requests.view(user, id);
		boolean manages = user != null
				&& (this.access.isAgentStaff(user) || this.access.isClientOf(user, request.clientOrganisationId()));
		model.addAttribute("request", request);
		model.addAttribute("client", this.accounts.organisation(request.clientOrganisationId()).orElse(null));
		model.addAttribute("attachments", this.requests.attachments(id));
		model.addAttribute("manages", manages);
		model.addAttribute("agent", user != null && this.access.isAgentStaff(user));
		model.addAttribute("contract", this.contracts.ofRequest(id).orElse(null));
		if (user != null && !manages && user.hasRole(Role.MEMBER)) {
			model.addAttribute("myProposal", this.proposals.ofMemberFor(user, id).orElse(null));
			model.addAttribute("proposalForm", new ProposalForm());
		}
		return "work/request/request";
	}

	/**
	 * Where "sign in to propose" leads: signing in is required here, so a visitor comes
	 * back to the request's proposal form after signing in.
	 */
	@GetMapping("/work/requests/{id}/propose")
	String toProposalForm(@PathVariable UUID id) {
		return "redirect:/work/requests/" + id + "#propose";
	}

	@GetMapping("/work/requests/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<WorkRequest> found = this.requests.ofMyOrganisations(user,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("requests", found);
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("isClient", !this.access.clientOrganisations(user).isEmpty());
		return "work/request/my-requests";
	}

	@PostMapping("/work/requests/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.requests.withdraw(user, id);
			redirect.addFlashAttribute("notice", "work.request.withdrawn");
		}
		catch (WorkRequest.WrongStatus ex) {
			redirect.addFlashAttribute("notice", "work.request.error.notEditable");
		}
		return "redirect:/work/requests/" + id;
	}

	@PostMapping("/work/requests/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.requests.attach(user, id, IncomingFiles.of(file));
			redirect.addFlashAttribute("notice", "work.request.attached");
		}
		catch (Uploads.Refused refused) {
			redirect.addFlashAttribute("uploadError", refused.messageKey());
		}
		catch (WorkRequest.WrongStatus ex) {
			redirect.addFlashAttribute("uploadError", "work.request.error.notEditable");
		}
		return "redirect:/work/requests/" + id + "#attachments";
	}

	@GetMapping("/work/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Attachment attachment = this.requests.attachment(user, id);
		return Downloads.of(this.uploads.open(attachment.storageKey()), attachment.filename(), attachment.contentType(),
				attachment.size());
	}

	private String form(Model model, List<OrganisationSummary> clients, WorkRequest request) {
		model.addAttribute("clients", clients);
		model.addAttribute("categories", WorkCategory.values());
		model.addAttribute("pricings", Pricing.values());
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("vocabulary", this.profiles.vocabulary());
		model.addAttribute("request", request);
		return "work/request/request-form";
	}

}
