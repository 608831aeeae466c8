package jp.musubi.work.contract.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.work.contract.MilestonePlan;
import jp.musubi.work.contract.TermsDraft;
import jp.musubi.work.request.web.Caller;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.Reason;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;
import jp.musubi.work.upload.web.Downloads;
import jp.musubi.work.upload.web.IncomingFiles;
import jp.musubi.platform.web.ApiLanguage;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.web.PdfResponse;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractTerms;
import jp.musubi.work.contract.ContractTermsDocument;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.Deliverable;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.invoice.Invoice;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.upload.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Contracts through the API. The request's client accepts a proposal with the terms the
 * Freelance Act requires the order to state, which makes the contract; then it is for its
 * parties: the member, the client organisation's people and its token, and the agent's
 * staff. The terms are also the PDF the page gives. The member delivers files; the client
 * inspects each delivery, and accepting one issues its invoice (hours and reviews have
 * their own APIs: HoursApi, ReviewsApi). What changes the contract is done by people in
 * person; the client's token reads.
 */
@RestController
@WorkApi
@Tag(name = "work")
class ContractsApi {

	private final Contracts contracts;

	private final WorkRequests requests;

	private final Invoices invoices;

	private final ContractTermsDocument terms;

	private final Uploads uploads;

	private final MessageSource messages;

	ContractsApi(Contracts contracts, WorkRequests requests, Invoices invoices, ContractTermsDocument terms,
			Uploads uploads, MessageSource messages) {
		this.contracts = contracts;
		this.requests = requests;
		this.invoices = invoices;
		this.terms = terms;
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping("/api/v1/work/proposals/{id}/accept")
	@Operation(summary = "Accept a proposal with the terms the Freelance Act requires and the milestones that share "
			+ "out the remuneration; makes the contract (201): the request's client and the agent's staff in person "
			+ "only. 400 problem+json when the terms break a rule (payment within 60 days of delivery, milestones "
			+ "adding up) or the proposal is withdrawn; 409 when another proposal was accepted first")
	ResponseEntity<ContractView> accept(@PathVariable UUID id, @Valid @RequestBody AcceptTerms body,
			Authentication authentication, HttpServletRequest http) {
		Contract contract = this.contracts.accept(Caller.person(authentication), id, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/work/contracts/" + contract.id()))
			.body(ContractView.of(contract, this.requests.find(contract.requestId()).title(), List.of(),
					Wording.of(this.messages, http)));
	}

	@GetMapping("/api/v1/work/contracts")
	@Operation(summary = "The caller's contracts: as member, as client, all for the agent's staff; "
			+ "a token: its organisation's as client")
	Paged<ContractSummary> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		Page<Contract> found = (authentication.getPrincipal() instanceof ApiClient client)
				? this.contracts.of(client, Paging.of(page, size))
				: this.contracts.of(Caller.person(authentication), Paging.of(page, size));
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(found, (contract) -> ContractSummary.of(contract, title(contract), wording));
	}

	@GetMapping("/api/v1/work/contracts/{id}")
	@Operation(summary = "One contract with its terms, milestones and invoices, for its parties and the agent's "
			+ "staff (403 otherwise)")
	ContractView one(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		Contract contract = (authentication.getPrincipal() instanceof ApiClient client)
				? this.contracts.view(client, id) : this.contracts.view(Caller.person(authentication), id);
		List<InvoiceRef> invoices = this.invoices.ofContract(id)
			.stream()
			.map((invoice) -> new InvoiceRef(invoice.id(), invoice.number(), invoice.milestoneId()))
			.toList();
		return ContractView.of(contract, title(contract), invoices, Wording.of(this.messages, http));
	}

	@GetMapping("/api/v1/work/contracts/{id}/terms.pdf")
	@Operation(summary = "The statement of terms (取引条件明示書) as the same PDF the contract's page gives, in the "
			+ "caller's language: the contract's parties (people or the client's token) and the agent's staff")
	ResponseEntity<byte[]> termsPdf(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		Contract contract = (authentication.getPrincipal() instanceof ApiClient client)
				? this.contracts.view(client, id) : this.contracts.view(Caller.person(authentication), id);
		return PdfResponse.of(this.terms.render(contract, ApiLanguage.locale(http)));
	}

	@PostMapping(path = "/api/v1/work/contracts/{id}/milestones/{milestoneId}/deliverables",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Deliver a file for a milestone, with an optional note (up to 1000 characters): the "
			+ "contract's member in person only. The file's kind is read from its content, not its name; 400 "
			+ "problem+json when it is refused, 409 once the milestone is accepted")
	ResponseEntity<DeliverableView> deliver(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "note", required = false) String note, Authentication authentication) {
		Contract contract = this.contracts.deliver(Caller.person(authentication), id, milestoneId,
				IncomingFiles.of(file), note);
		List<Deliverable> delivered = contract.milestone(milestoneId).deliverables();
		DeliverableView view = DeliverableView.of(delivered.get(delivered.size() - 1));
		return ResponseEntity.created(URI.create("/api/v1/work/contracts/" + id + "/deliverables/" + view.id()))
			.body(view);
	}

	@GetMapping("/api/v1/work/contracts/{id}/deliverables/{deliverableId}")
	@Operation(summary = "Download a delivered file, always as an attachment: the contract's parties (people or the "
			+ "client's token) and the agent's staff")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID deliverableId,
			Authentication authentication) {
		Deliverable deliverable = (authentication.getPrincipal() instanceof ApiClient client)
				? this.contracts.deliverable(client, id, deliverableId)
				: this.contracts.deliverable(Caller.person(authentication), id, deliverableId);
		return Downloads.of(this.uploads.open(deliverable.storageKey()), deliverable.filename(),
				deliverable.contentType(), deliverable.size());
	}

	@PostMapping("/api/v1/work/contracts/{id}/milestones/{milestoneId}/accept")
	@Operation(summary = "Accept a delivered milestone, which issues its invoice: the contract's client and the "
			+ "agent's staff in person only (409 problem+json when nothing is delivered or it is accepted already)")
	MilestoneAccepted acceptMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
			Authentication authentication, HttpServletRequest http) {
		Invoice invoice = this.contracts.acceptMilestone(Caller.person(authentication), id, milestoneId);
		Contract contract = this.contracts.find(id);
		Wording wording = Wording.of(this.messages, http);
		return new MilestoneAccepted(MilestoneView.of(contract.milestone(milestoneId), wording),
				contract.status().name(), wording.of(contract.status().messageKey()),
				new InvoiceRef(invoice.id(), invoice.number(), invoice.milestoneId()));
	}

	@PostMapping("/api/v1/work/contracts/{id}/milestones/{milestoneId}/rework")
	@Operation(summary = "Send a delivered milestone back for rework with the reason (up to 1000 characters): the "
			+ "contract's client and the agent's staff in person only (400 problem+json without a reason)")
	MilestoneView rework(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestBody Reason body,
			Authentication authentication, HttpServletRequest http) {
		Contract contract = this.contracts.askForRework(Caller.person(authentication), id, milestoneId, body.reason());
		return MilestoneView.of(contract.milestone(milestoneId), Wording.of(this.messages, http));
	}

	private String title(Contract contract) {
		return this.requests.find(contract.requestId()).title();
	}

	/**
	 * The terms of the order, as the acceptance page asks for them: what the Freelance
	 * Act (article 3) requires the order to state, in whole yen excluding consumption
	 * tax, and the milestones, whose amounts add up to the remuneration.
	 */
	record AcceptTerms(@NotBlank @Size(max = 10000) @PlainText String workDescription, @NotNull LocalDate deliveryDate,
			@NotBlank @Size(max = 300) @PlainText String deliveryMethod, @NotNull Yen remuneration,
			@Size(max = 300) @PlainText String remunerationBasis, @NotNull LocalDate paymentDate,
			@NotNull LocalDate inspectionDate, List<@Valid MilestoneTerms> milestones) {

		TermsDraft toDraft() {
			List<MilestonePlan> plans = (this.milestones != null) ? this.milestones.stream()
				.map((milestone) -> new MilestonePlan(JapaneseText.tidy(milestone.title()), milestone.amount(),
						milestone.dueDate()))
				.toList() : List.of();
			return new TermsDraft(this.workDescription.strip(), this.deliveryDate,
					JapaneseText.tidy(this.deliveryMethod), this.remuneration,
					JapaneseText.normalizeToNull(this.remunerationBasis), this.paymentDate, this.inspectionDate, plans);
		}

	}

	/** A part of the work with its own amount and due date. */
	record MilestoneTerms(@NotBlank @Size(max = 100) @PlainText String title, @NotNull Yen amount,
			@NotNull LocalDate dueDate) {

	}

	/**
	 * A milestone accepted, the contract's status after it, and the invoice it issued.
	 */
	record MilestoneAccepted(MilestoneView milestone, String contractStatus, String contractStatusText,
			InvoiceRef invoice) {

	}

	/**
	 * A delivered file; {@code contentType} is what its content was found to be, and
	 * {@code sha256} lets both sides show they hold the same file.
	 */
	record DeliverableView(UUID id, UUID milestoneId, String filename, String contentType, long size, String sha256,
			String note, Instant uploadedAt) {

		static DeliverableView of(Deliverable deliverable) {
			return new DeliverableView(deliverable.id(), deliverable.milestoneId(), deliverable.filename(),
					deliverable.contentType(), deliverable.size(), deliverable.sha256(), deliverable.note(),
					deliverable.uploadedAt());
		}

	}

	record ContractSummary(UUID id, UUID requestId, String title, String clientName, String memberName, String status,
			String statusText, long remuneration, LocalDate deliveryDate, Instant createdAt) {

		static ContractSummary of(Contract contract, String title, Wording wording) {
			return new ContractSummary(contract.id(), contract.requestId(), title, contract.clientName(),
					contract.memberName(), contract.status().name(), wording.of(contract.status().messageKey()),
					contract.terms().remuneration().amount(), contract.terms().deliveryDate(), contract.createdAt());
		}

	}

	/**
	 * A contract in full. The parties' names are as they were when the order was made;
	 * amounts are whole yen excluding consumption tax.
	 */
	record ContractView(UUID id, UUID requestId, String title, Party client, Party member, String status,
			String statusText, Terms terms, BigDecimal agentFeePercent, long agentFee, List<MilestoneView> milestones,
			List<InvoiceRef> invoices, Instant createdAt, Instant completedAt) {

		static ContractView of(Contract contract, String title, List<InvoiceRef> invoices, Wording wording) {
			return new ContractView(contract.id(), contract.requestId(), title,
					new Party(contract.clientOrganisationId(), contract.clientName()),
					new Party(contract.memberId(), contract.memberName()), contract.status().name(),
					wording.of(contract.status().messageKey()), Terms.of(contract.terms()), contract.agentFeePercent(),
					contract.agentFee().amount(),
					contract.milestones().stream().map((milestone) -> MilestoneView.of(milestone, wording)).toList(),
					invoices, contract.createdAt(), contract.completedAt());
		}

	}

	/**
	 * What the Freelance Act (article 3) requires the order to state: the work, the
	 * remuneration or how it is computed, delivery date and method, inspection and
	 * payment dates, and the date of the order.
	 */
	record Terms(LocalDate orderedOn, String workDescription, LocalDate deliveryDate, String deliveryMethod,
			long remuneration, String remunerationBasis, LocalDate inspectionDate, LocalDate paymentDate) {

		static Terms of(ContractTerms terms) {
			return new Terms(terms.orderedOn(), terms.workDescription(), terms.deliveryDate(), terms.deliveryMethod(),
					terms.remuneration().amount(), terms.remunerationBasis(), terms.inspectionDate(),
					terms.paymentDate());
		}

	}

	record MilestoneView(UUID id, int position, String title, long amount, LocalDate dueDate, String status,
			String statusText, String reworkReason, Instant submittedAt, Instant acceptedAt,
			List<DeliverableView> deliverables) {

		static MilestoneView of(Milestone milestone, Wording wording) {
			return new MilestoneView(milestone.id(), milestone.position(), milestone.title(),
					milestone.amount().amount(), milestone.dueDate(), milestone.status().name(),
					wording.of(milestone.status().messageKey()), milestone.reworkReason(), milestone.submittedAt(),
					milestone.acceptedAt(), milestone.deliverables().stream().map(DeliverableView::of).toList());
		}

	}

	/**
	 * An invoice of the contract; {@code GET /api/v1/work/invoices/{id}} has the rest.
	 */
	record InvoiceRef(UUID id, String number, UUID milestoneId) {

	}

}
