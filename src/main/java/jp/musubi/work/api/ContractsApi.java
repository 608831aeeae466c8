package jp.musubi.work.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractTerms;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.Milestone;
import jp.musubi.work.hours.HoursLog;
import jp.musubi.work.hours.TeleworkHours;
import jp.musubi.work.invoice.Invoices;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts through the API, for their parties: the member, the client organisation's
 * people and its token, and the agent's staff. The terms are the ones the Freelance Act
 * requires the order to state. The member logs telework hours here too.
 */
@RestController
@RequestMapping("/api/v1/work/contracts")
@Tag(name = "work")
class ContractsApi {

	private final Contracts contracts;

	private final WorkRequests requests;

	private final Invoices invoices;

	private final HoursLog hours;

	private final MessageSource messages;

	ContractsApi(Contracts contracts, WorkRequests requests, Invoices invoices, HoursLog hours,
			MessageSource messages) {
		this.contracts = contracts;
		this.requests = requests;
		this.invoices = invoices;
		this.hours = hours;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The caller's contracts: as member, as client, all for the agent's staff; "
			+ "a token: its organisation's as client")
	Paged<ContractSummary> list(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = WorkRequestsApi.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		Page<Contract> found = (authentication.getPrincipal() instanceof ApiClient client)
				? this.contracts.of(client, Paging.of(page, size))
				: this.contracts.of(Caller.person(authentication), Paging.of(page, size));
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(found, (contract) -> ContractSummary.of(contract, title(contract), wording));
	}

	@GetMapping("/{id}")
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

	@PostMapping("/{id}/hours")
	@Operation(summary = "Log or correct the telework hours of a week (any date in it): the contract's member "
			+ "in person only (400 problem+json when refused)")
	HoursView logHours(@PathVariable UUID id, @RequestBody LoggedHours body, Authentication authentication) {
		TeleworkHours logged = this.hours.log(Caller.person(authentication), id, body.week(), body.hours());
		return new HoursView(logged.contractId(), logged.weekStart(), logged.hours(), logged.loggedAt());
	}

	private String title(Contract contract) {
		return this.requests.find(contract.requestId()).title();
	}

	/**
	 * A week's telework hours: any date in the week, and the hours with at most one
	 * decimal (the domain refuses what is not plausible, as on the page).
	 */
	record LoggedHours(LocalDate week, BigDecimal hours) {

	}

	/** The hours as logged, for the week starting on Monday {@code weekStart}. */
	record HoursView(UUID contractId, LocalDate weekStart, BigDecimal hours, Instant loggedAt) {

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

	record Party(UUID id, String name) {

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
			String statusText, String reworkReason, Instant submittedAt, Instant acceptedAt) {

		static MilestoneView of(Milestone milestone, Wording wording) {
			return new MilestoneView(milestone.id(), milestone.position(), milestone.title(),
					milestone.amount().amount(), milestone.dueDate(), milestone.status().name(),
					wording.of(milestone.status().messageKey()), milestone.reworkReason(), milestone.submittedAt(),
					milestone.acceptedAt());
		}

	}

	/**
	 * An invoice of the contract; {@code GET /api/v1/work/invoices/{id}} has the rest.
	 */
	record InvoiceRef(UUID id, String number, UUID milestoneId) {

	}

}
