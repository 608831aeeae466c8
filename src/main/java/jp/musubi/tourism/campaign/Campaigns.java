package jp.musubi.tourism.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingStatus;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.programme.Programmes;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Campaigns of the agent's staff: written, scheduled as a background job at their time,
 * changed or called off until they go, and afterwards what they brought in through their
 * redemption code.
 */
@Service
public class Campaigns {

	static final int NAME_LENGTH = 120;

	static final int SUBJECT_LENGTH = 200;

	static final int BODY_LENGTH = 4000;

	private final CampaignRepository campaigns;

	private final SegmentRepository segments;

	private final GuestMatching matching;

	private final TourismAccess access;

	private final JobScheduler jobs;

	private final Bookings bookings;

	private final Programmes programmes;

	private final Clock clock;

	Campaigns(CampaignRepository campaigns, SegmentRepository segments, GuestMatching matching, TourismAccess access,
			JobScheduler jobs, Bookings bookings, Programmes programmes, Clock clock) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.matching = matching;
		this.access = access;
		this.jobs = jobs;
		this.bookings = bookings;
		this.programmes = programmes;
		this.clock = clock;
	}

	/**
	 * Saves the campaign with a new redemption code and schedules its mailing.
	 * @throws InputRefused with nothing saved or scheduled, when the name or the Japanese
	 * text is missing, the time has passed, or no guest of the segment consents to
	 * marketing mail
	 */
	@Transactional
	public Campaign schedule(CurrentUser staff, CampaignDraft draft) {
		this.access.requireAgentStaff(staff);
		CampaignDraft checked = check(draft);
		Campaign campaign = this.campaigns
			.save(new Campaign(checked, unusedCode(), staff.accountId(), this.clock.instant()));
		scheduleAfterCommit(campaign);
		return campaign;
	}

	/** Changes a campaign that has not gone yet, and moves its job to the new time. */
	@Transactional
	public Campaign change(CurrentUser staff, UUID campaignId, CampaignDraft draft) {
		Campaign campaign = find(staff, campaignId);
		CampaignDraft checked = check(draft);
		campaign.change(checked);
		UUID previous = campaign.jobId().orElse(null);
		scheduleAfterCommit(campaign);
		if (previous != null) {
			afterCommit(() -> this.jobs.delete(previous));
		}
		return campaign;
	}

	/**
	 * Calls a campaign off before it goes; its job is deleted and would find it
	 * cancelled.
	 */
	@Transactional
	public Campaign cancel(CurrentUser staff, UUID campaignId) {
		Campaign campaign = find(staff, campaignId);
		campaign.cancel();
		campaign.jobId().ifPresent((job) -> afterCommit(() -> this.jobs.delete(job)));
		return campaign;
	}

	@Transactional(readOnly = true)
	public Campaign find(CurrentUser staff, UUID campaignId) {
		this.access.requireAgentStaff(staff);
		return this.campaigns.findById(campaignId).orElseThrow(() -> new NotFound("campaign", campaignId));
	}

	@Transactional(readOnly = true)
	public Page<Campaign> page(CurrentUser staff, Pageable pageable) {
		this.access.requireAgentStaff(staff);
		return this.campaigns.findAllByOrderBySendAtDesc(pageable);
	}

	/** The segment's name, for the campaign's page. */
	@Transactional(readOnly = true)
	public String segmentName(Campaign campaign) {
		return this.segments.findById(campaign.segmentId()).map(Segment::name).orElse("");
	}

	/**
	 * The bookings made with the campaign's code, each with its programme's name in the
	 * reader's language; the total counts those not cancelled.
	 */
	@Transactional(readOnly = true)
	public Redemptions redemptions(Campaign campaign, Language language) {
		List<Redemption> made = this.bookings.withRedemptionCode(campaign.redemptionCode())
			.stream()
			.map((booking) -> redemption(booking, language))
			.toList();
		Yen total = made.stream()
			.filter((r) -> r.status() == BookingStatus.CONFIRMED)
			.map(Redemption::price)
			.reduce(Yen.ZERO, Yen::plus);
		return new Redemptions(made, total);
	}

	private Redemption redemption(Booking booking, Language language) {
		String programme = this.programmes.find(booking.programmeId())
			.map((found) -> found.textIn(language)
				.or(() -> found.textIn(Language.JA))
				.map((text) -> text.name())
				.orElse(found.code()))
			.orElse("");
		return new Redemption(booking.number(), programme, booking.partySize(), booking.price(), booking.status(),
				booking.createdAt());
	}

	private CampaignDraft check(CampaignDraft draft) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw new InputRefused("name", "tourism.campaign.error.name");
		}
		if (draft.name().strip().length() > NAME_LENGTH) {
			throw new InputRefused("name", "tourism.campaign.error.nameLength");
		}
		UnusableCharacter.refuseIn("name", draft.name());
		CampaignDraft.Text japanese = draft.texts().get(Language.JA);
		if (japanese == null || japanese.subject() == null || japanese.subject().isBlank()) {
			throw new InputRefused(CampaignDraft.field("subject", Language.JA),
					"tourism.campaign.error.japaneseSubject");
		}
		for (Map.Entry<Language, CampaignDraft.Text> entry : draft.texts().entrySet()) {
			String subject = CampaignDraft.field("subject", entry.getKey());
			String body = CampaignDraft.field("body", entry.getKey());
			CampaignDraft.Text text = entry.getValue();
			if (text.subject() == null || text.subject().isBlank()) {
				throw new InputRefused(subject, "tourism.campaign.error.subject");
			}
			if (text.body() == null || text.body().isBlank()) {
				throw new InputRefused(body, "tourism.campaign.error.body");
			}
			if (text.subject().strip().length() > SUBJECT_LENGTH) {
				throw new InputRefused(subject, "tourism.campaign.error.subjectLength");
			}
			if (text.body().strip().length() > BODY_LENGTH) {
				throw new InputRefused(body, "tourism.campaign.error.bodyLength");
			}
			UnusableCharacter.refuseIn(subject, text.subject());
			UnusableCharacter.refuseIn(body, text.body());
		}
		Instant now = this.clock.instant();
		Instant sendAt = (draft.sendAt() != null) ? draft.sendAt() : now;
		if (sendAt.isBefore(now)) {
			throw new InputRefused("sendAt", "tourism.campaign.error.past");
		}
		Segment segment = (draft.segmentId() != null) ? this.segments.findById(draft.segmentId()).orElse(null) : null;
		if (segment == null) {
			throw new InputRefused("segmentId", "tourism.campaign.error.segment");
		}
		if (this.matching.size(segment.criteria()).consenting() == 0) {
			throw new InputRefused("segmentId", "tourism.campaign.error.noConsent");
		}
		return new CampaignDraft(draft.name(), draft.segmentId(), draft.texts(), sendAt);
	}

	/**
	 * The job is given its id now but handed to JobRunr only once the campaign is
	 * committed: a job due at once must find the campaign, and a refused save must leave
	 * no job behind.
	 */
	private void scheduleAfterCommit(Campaign campaign) {
		UUID job = UUID.randomUUID();
		campaign.scheduledAs(job);
		UUID campaignId = campaign.id();
		Instant at = campaign.sendAt();
		afterCommit(() -> this.jobs.<CampaignMailing>schedule(job, at, (mailing) -> mailing.send(campaignId)));
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private String unusedCode() {
		String code = RedemptionCode.next();
		while (this.campaigns.existsByRedemptionCode(code)) {
			code = RedemptionCode.next();
		}
		return code;
	}

	/** A booking made with the code. */
	public record Redemption(String bookingNumber, String programmeName, int partySize, Yen price, BookingStatus status,
			Instant bookedAt) {

	}

	/**
	 * The bookings made with the code and what they are worth, cancelled ones left out.
	 */
	public record Redemptions(List<Redemption> bookings, Yen total) {

	}

}
