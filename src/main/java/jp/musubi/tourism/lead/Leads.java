package jp.musubi.tourism.lead;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales leads: inquiries from the portal, from broadcasters' and partners' systems and
 * from the phone become leads the agent's staff follow from new to booked or lost, with
 * every change and note kept with who made it and when.
 */
@Service
public class Leads {

	static final int NOTE_LENGTH = 2000;

	private final LeadRepository leads;

	private final LeadEntryRepository entries;

	private final Programmes programmes;

	private final TourismAccess access;

	private final Clock clock;

	Leads(LeadRepository leads, LeadEntryRepository entries, Programmes programmes, TourismAccess access, Clock clock) {
		this.leads = leads;
		this.entries = entries;
		this.programmes = programmes;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * An inquiry from the portal, by a visitor or by a person signed in
	 * ({@code accountId}).
	 */
	@Transactional
	public Lead inquire(Inquiry inquiry, UUID accountId) {
		return this.leads.save(new Lead(checked(inquiry), LeadSource.PORTAL, accountId, null, this.clock.instant()));
	}

	/**
	 * An inquiry an organisation's system passes on: a broadcaster's after a programme on
	 * air, a partner's from its own site.
	 */
	@Transactional
	public Lead receive(ApiClient client, Inquiry inquiry, LeadSource source) {
		if (source != LeadSource.BROADCAST && source != LeadSource.API) {
			throw new InputRefused("source", "tourism.lead.error.tokenSource");
		}
		return this.leads.save(new Lead(checked(inquiry), source, null, client.organisationId(), this.clock.instant()));
	}

	/** An inquiry the agent's staff took by phone or otherwise and note down. */
	@Transactional
	public Lead record(CurrentUser staff, Inquiry inquiry, LeadSource source) {
		this.access.requireAgentStaff(staff);
		if (source == null || source == LeadSource.PORTAL) {
			throw new InputRefused("source", "tourism.lead.error.staffSource");
		}
		Lead lead = this.leads.save(new Lead(checked(inquiry), source, null, null, this.clock.instant()));
		this.entries.save(new LeadEntry(lead.id(), null, LeadStatus.NEW, null, staff.accountId(), staff.displayName(),
				this.clock.instant()));
		return lead;
	}

	/**
	 * Moves the lead on, with an optional note.
	 * @throws Lead.WrongMove when the lead cannot go there, nothing changed
	 */
	@Transactional
	public Lead move(CurrentUser staff, UUID leadId, LeadStatus status, String note) {
		Lead lead = find(staff, leadId);
		String checkedNote = checkedNote(note, false);
		LeadStatus previous = lead.moveTo(status, this.clock.instant());
		this.entries.save(new LeadEntry(lead.id(), previous, status, checkedNote, staff.accountId(),
				staff.displayName(), this.clock.instant()));
		return lead;
	}

	@Transactional
	public LeadEntry note(CurrentUser staff, UUID leadId, String note) {
		Lead lead = find(staff, leadId);
		String checkedNote = checkedNote(note, true);
		lead.touched(this.clock.instant());
		return this.entries.save(new LeadEntry(lead.id(), null, null, checkedNote, staff.accountId(),
				staff.displayName(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Lead find(CurrentUser staff, UUID leadId) {
		this.access.requireAgentStaff(staff);
		return this.leads.findById(leadId).orElseThrow(() -> new NotFound("lead", leadId));
	}

	@Transactional(readOnly = true)
	public List<LeadEntry> history(CurrentUser staff, UUID leadId) {
		find(staff, leadId);
		return this.entries.findByLeadIdOrderByEnteredAtAscIdAsc(leadId);
	}

	/** Leads, newest first, of one status or source or any. */
	@Transactional(readOnly = true)
	public Page<Lead> page(CurrentUser staff, LeadStatus status, LeadSource source, Pageable pageable) {
		this.access.requireAgentStaff(staff);
		return this.leads.search(status, source, pageable);
	}

	private Inquiry checked(Inquiry inquiry) {
		inquiry.check();
		if (inquiry.programmeId() != null && this.programmes.findPublished(inquiry.programmeId()).isEmpty()) {
			throw new InputRefused("programmeId", "tourism.inquiry.error.programme");
		}
		return inquiry;
	}

	private static String checkedNote(String note, boolean required) {
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty()) {
			if (required) {
				throw new InputRefused("note", "tourism.lead.error.note");
			}
			return null;
		}
		if (text.length() > NOTE_LENGTH) {
			throw new InputRefused("note", "tourism.lead.error.noteLength");
		}
		UnusableCharacter.refuseIn("note", text);
		return text;
	}

}
