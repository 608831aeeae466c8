package jp.musubi.tourism.lead.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.lead.Inquiry;
import jp.musubi.tourism.lead.Lead;
import jp.musubi.tourism.lead.LeadSource;
import jp.musubi.tourism.lead.LeadStatus;
import jp.musubi.tourism.lead.Leads;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leads through the API: an organisation's system (a broadcaster after a programme on
 * air, a partner's site) posts the inquiries it received with its token; the agent's
 * staff post the ones they took by phone and read the list.
 */
@RestController
@Tag(name = "tourism")
class LeadApi {

	private final Leads leads;

	LeadApi(Leads leads) {
		this.leads = leads;
	}

	@PostMapping("/api/v1/tourism/leads")
	@Operation(summary = "Post a lead: an organisation's token with source BROADCAST or API (the default), or "
			+ "the agent's staff signed in with source PHONE (the default) or another; 400 problem+json naming "
			+ "the field when the input is refused")
	ResponseEntity<LeadView> post(@RequestBody NewLead body, Authentication authentication) {
		Inquiry inquiry = new Inquiry(body.name(), body.email(), body.message(), body.programmeId(),
				Boolean.TRUE.equals(body.contactConsent()));
		Lead lead;
		if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
			lead = this.leads.receive(client, inquiry, (body.source() != null) ? body.source() : LeadSource.API);
		}
		else if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			lead = this.leads.record(user, inquiry, (body.source() != null) ? body.source() : LeadSource.PHONE);
		}
		else {
			throw new TourismAccess.Refused("A token or the agent's staff may post leads");
		}
		return ResponseEntity.created(URI.create("/api/v1/tourism/leads/" + lead.id())).body(LeadView.of(lead));
	}

	@GetMapping("/api/v1/tourism/leads")
	@Operation(summary = "Leads, newest first, of one status and source or any (agent staff)")
	List<LeadView> list(@RequestParam(required = false) LeadStatus status,
			@RequestParam(required = false) LeadSource source, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new TourismAccess.Refused("Only the agent's staff, signed in, may read leads");
		}
		return this.leads
			.page(user, status, source, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)))
			.stream()
			.map(LeadView::of)
			.toList();
	}

	@GetMapping("/api/v1/tourism/leads/{id}")
	@Operation(summary = "One lead (agent staff)")
	LeadView one(@PathVariable UUID id, Authentication authentication) {
		return LeadView.of(this.leads.find(staff(authentication), id));
	}

	@PutMapping("/api/v1/tourism/leads/{id}/status")
	@Operation(summary = "Move a lead on (NEW → CONTACTED → BOOKED or LOST) with an optional note (agent staff); "
			+ "409 problem+json for a move the pipeline does not allow, nothing changed")
	LeadView move(@PathVariable UUID id, @RequestBody Move body, Authentication authentication) {
		if (body.status() == null) {
			throw new InputRefused("status", "tourism.lead.error.status");
		}
		return LeadView.of(this.leads.move(staff(authentication), id, body.status(), body.note()));
	}

	private static CurrentUser staff(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new TourismAccess.Refused("Only the agent's staff, signed in, may read and move leads");
		}
		return user;
	}

	/** Where a lead goes next, and why. */
	record Move(LeadStatus status, String note) {

	}

	/** A lead as a system posts it. */
	record NewLead(String name, String email, String message, UUID programmeId, Boolean contactConsent,
			LeadSource source) {

	}

	record LeadView(UUID id, LeadSource source, LeadStatus status, String name, String email, String message,
			UUID programmeId, boolean contactConsent, Instant createdAt) {

		static LeadView of(Lead lead) {
			return new LeadView(lead.id(), lead.source(), lead.status(), lead.name(), lead.email(), lead.message(),
					lead.programmeId().orElse(null), lead.contactConsent(), lead.createdAt());
		}

	}

}
