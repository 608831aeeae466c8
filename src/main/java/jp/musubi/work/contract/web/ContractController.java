package jp.musubi.work.contract.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.work.request.web.WorkForms;
import jp.musubi.work.upload.web.Downloads;
import jp.musubi.work.upload.web.IncomingFiles;
import jp.musubi.accounts.Accounts;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.PdfResponse;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractStatus;
import jp.musubi.work.contract.ContractTermsDocument;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.Deliverable;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.hours.HoursLog;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.proposal.Proposal;
import jp.musubi.work.proposal.Proposals;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.review.Review;
import jp.musubi.work.review.Reviews;
import jp.musubi.work.upload.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Contracts in the browser: accepting a proposal with its terms, then the contract's page
 * where the member delivers, the client inspects, invoices appear, and which shows the
 * hours logged and the reviews left (their forms post to HoursPages and ReviewPages).
 */
@Controller
class ContractController {

	private static final int PAGE_SIZE = 30;

	private final Contracts contracts;

	private final Proposals proposals;

	private final WorkRequests requests;

	private final Invoices invoices;

	private final Reviews reviews;

	private final HoursLog hours;

	private final Uploads uploads;

	private final WorkAccess access;

	private final Accounts accounts;

	private final Clock clock;

	private final MessageSource messages;

	private final ContractTermsDocument terms;

	ContractController(Contracts contracts, Proposals proposals, WorkRequests requests, Invoices invoices,
			Reviews reviews, HoursLog hours, Uploads uploads, WorkAccess access, Accounts accounts, Clock clock,
			MessageSource messages, ContractTermsDocument terms) {
		this.contracts = contracts;
		this.proposals = proposals;
		this.requests = requests;
		this.invoices = invoices;
		this.reviews = reviews;
		this.hours = hours;
		this.uploads = uploads;
		this.access = access;
		this.accounts = accounts;
		this.clock = clock;
		this.messages = messages;
		this.terms = terms;
	}

	@GetMapping("/work/proposals/{id}/accept")
	String acceptForm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Proposal proposal = this.proposals.view(user, id);
		WorkRequest request = this.requests.manage(user, proposal.requestId());
		AcceptForm form = new AcceptForm();
		form.setWorkDescription(request.description());
		form.setDeliveryDate(proposal.deliveryDate());
		form.setDeliveryMethod(message(model, "work.accept.defaultMethod"));
		form.setRemuneration(proposal.price());
		if (request.pricing() == Pricing.HOURLY) {
			form.setRemunerationBasis(message(model, "work.accept.hourlyBasis"));
		}
		form.setPaymentDate(proposal.deliveryDate().plusDays(30));
		form.setInspectionDate(proposal.deliveryDate().plusDays(7));
		form.getMilestones().get(0).setTitle(request.title());
		form.getMilestones().get(0).setAmount(proposal.price());
		form.getMilestones().get(0).setDueDate(proposal.deliveryDate());
		model.addAttribute("acceptForm", form);
		return acceptPage(model, proposal, request);
	}

	@PostMapping("/work/proposals/{id}/accept")
	String accept(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute AcceptForm acceptForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Proposal proposal = this.proposals.view(user, id);
		WorkRequest request = this.requests.manage(user, proposal.requestId());
		if (acceptForm.hasIncompleteMilestone()) {
			errors.reject("work.contract.error.milestoneRow");
		}
		acceptForm.unusableInMilestones()
			.ifPresent((unusable) -> errors.rejectValue("milestones", unusable.messageKey()));
		if (errors.hasErrors()) {
			return acceptPage(model, proposal, request);
		}
		try {
			Contract contract = this.contracts.accept(user, id, acceptForm.toDraft());
			redirect.addFlashAttribute("notice", "work.contract.made");
			return "redirect:/work/contracts/" + contract.id();
		}
		catch (InputRefused refused) {
			WorkForms.reject(errors, refused);
			return acceptPage(model, proposal, request);
		}
		catch (Contracts.AlreadyContracted ex) {
			redirect.addFlashAttribute("notice", "work.contract.error.already");
			return "redirect:/work/requests/" + request.id();
		}
	}

	@GetMapping("/work/contracts")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<Contract> found = this.contracts.of(user, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("contracts", found);
		model.addAttribute("pages", PageLinks.of(found, http));
		return "work/contract/contracts";
	}

	@GetMapping("/work/contracts/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Contract contract = this.contracts.view(user, id);
		boolean isMember = contract.memberId().equals(user.accountId());
		boolean isClient = this.access.isClientOf(user, contract.clientOrganisationId());
		model.addAttribute("contract", contract);
		model.addAttribute("request", this.requests.find(contract.requestId()));
		model.addAttribute("isMember", isMember);
		model.addAttribute("inspects", isClient || this.access.isAgentStaff(user));
		model.addAttribute("invoices", this.invoices.ofContract(id));
		model.addAttribute("hours", this.hours.ofContract(user, id));
		model.addAttribute("thisWeek", HoursLog.weekOf(Dates.today(this.clock)));
		var contractReviews = this.reviews.ofContract(id);
		boolean memberReviewed = contractReviews.stream().anyMatch(Review::revieweeIsMember);
		boolean clientReviewed = contractReviews.stream().anyMatch((review) -> !review.revieweeIsMember());
		model.addAttribute("reviews", contractReviews);
		model.addAttribute("canReview", contract.status() == ContractStatus.COMPLETED
				&& ((isMember && !clientReviewed) || (isClient && !memberReviewed)));
		return "work/contract/contract";
	}

	@PostMapping("/work/contracts/{id}/milestones/{milestoneId}/deliverables")
	String deliver(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal CurrentUser member,
			RedirectAttributes redirect) {
		try {
			this.contracts.deliver(member, id, milestoneId, IncomingFiles.of(file), note);
			redirect.addFlashAttribute("notice", "work.milestone.delivered");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("deliverError", refused.messageKey());
		}
		catch (Uploads.Refused refused) {
			redirect.addFlashAttribute("deliverError", refused.messageKey());
		}
		catch (Milestone.WrongMilestoneStatus | Contract.NotActive ex) {
			redirect.addFlashAttribute("deliverError", "work.milestone.error.status");
		}
		return "redirect:/work/contracts/" + id + "#milestone-" + milestoneId;
	}

	@PostMapping("/work/contracts/{id}/milestones/{milestoneId}/accept")
	String acceptMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.contracts.acceptMilestone(user, id, milestoneId);
			redirect.addFlashAttribute("notice", "work.milestone.accepted");
		}
		catch (Milestone.WrongMilestoneStatus | Contract.NotActive ex) {
			redirect.addFlashAttribute("notice", "work.milestone.error.status");
		}
		return "redirect:/work/contracts/" + id;
	}

	@PostMapping("/work/contracts/{id}/milestones/{milestoneId}/rework")
	String rework(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.contracts.askForRework(user, id, milestoneId, reason);
			redirect.addFlashAttribute("notice", "work.milestone.reworkAsked");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("reworkError", refused.messageKey());
			redirect.addFlashAttribute("reworkMilestone", milestoneId);
			return "redirect:/work/contracts/" + id + "#milestone-" + milestoneId;
		}
		catch (Milestone.WrongMilestoneStatus | Contract.NotActive ex) {
			redirect.addFlashAttribute("notice", "work.milestone.error.status");
		}
		return "redirect:/work/contracts/" + id;
	}

	@GetMapping("/work/contracts/{id}/deliverables/{deliverableId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID deliverableId,
			@AuthenticationPrincipal CurrentUser user) {
		Deliverable deliverable = this.contracts.deliverable(user, id, deliverableId);
		return Downloads.of(this.uploads.open(deliverable.storageKey()), deliverable.filename(),
				deliverable.contentType(), deliverable.size());
	}

	/** The terms as a PDF for both parties, in the reader's language. */
	@GetMapping("/work/contracts/{id}/terms.pdf")
	ResponseEntity<byte[]> termsPdf(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return PdfResponse.of(this.terms.render(this.contracts.view(user, id), LocaleContextHolder.getLocale()));
	}

	private String acceptPage(Model model, Proposal proposal, WorkRequest request) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("request", request);
		model.addAttribute("member", this.accounts.person(proposal.memberId()).orElse(null));
		model.addAttribute("client", this.accounts.organisation(request.clientOrganisationId()).orElse(null));
		model.addAttribute("rows", AcceptForm.MILESTONE_ROWS);
		return "work/contract/accept";
	}

	private String message(Model model, String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
