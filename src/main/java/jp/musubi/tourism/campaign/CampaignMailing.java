package jp.musubi.tourism.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import org.jobrunr.jobs.annotations.Job;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that mails a campaign. Consent is checked again for each guest at
 * the moment of sending, since a guest may have withdrawn it after the campaign was
 * written. Each guest is recorded as a recipient in the same transaction their mail is
 * queued in (see {@link Mailer}), so a job that fails half-way and is retried mails only
 * those it had not reached: a recorded one is never mailed twice, and the mail's key
 * refuses a second one too. Public because JobRunr calls the job method by reflection
 * from its own package, which a package-private class would refuse.
 */
@Component
public class CampaignMailing {

	/**
	 * JobRunr may start a job a little early; a job much earlier belongs to an old time.
	 */
	private static final Duration EARLY = Duration.ofMinutes(1);

	private final CampaignRepository campaigns;

	private final SegmentRepository segments;

	private final GuestMatching matching;

	private final Guests guests;

	private final Accounts accounts;

	private final Mailer mailer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CampaignMailing(CampaignRepository campaigns, SegmentRepository segments, GuestMatching matching, Guests guests,
			Accounts accounts, Mailer mailer, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.campaigns = campaigns;
		this.segments = segments;
		this.matching = matching;
		this.guests = guests;
		this.accounts = accounts;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Job(name = "Send campaign %0", retries = 5)
	public void send(UUID campaignId) {
		Campaign campaign = this.campaigns.findById(campaignId).orElse(null);
		if (campaign == null || !campaign.isScheduled()
				|| this.clock.instant().isBefore(campaign.sendAt().minus(EARLY))) {
			return;
		}
		Segment segment = this.segments.findById(campaign.segmentId()).orElseThrow();
		List<GuestMatching.MatchedGuest> matched = this.matching.guests(segment.criteria());
		int reached = 0;
		for (GuestMatching.MatchedGuest guest : matched) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> mail(campaign, guest.guestId())))) {
				reached++;
			}
		}
		int sent = reached;
		this.transactions.executeWithoutResult((status) -> this.campaigns.findById(campaignId)
			.filter(Campaign::isScheduled)
			.ifPresent((found) -> found.sent(sent, matched.size() - sent, this.clock.instant())));
	}

	/** Mails the guest unless they were mailed before; true when they have the mail. */
	private boolean mail(Campaign campaign, UUID guestId) {
		Optional<Guest> guest = this.guests.find(guestId).filter((found) -> found.consents(Consent.MARKETING));
		Optional<PersonSummary> person = guest.flatMap(Guest::accountId).flatMap(this.accounts::person);
		if (person.isEmpty()) {
			return false;
		}
		Language language = campaign.textIn(guest.get().language()).isPresent() ? guest.get().language() : Language.JA;
		Instant now = this.clock.instant();
		int recorded = this.jdbc.update("""
				insert into campaign_recipient (campaign_id, guest_id, language, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""", campaign.id(), guestId, language.tag(), Timestamp.from(now));
		if (recorded == 0) {
			return true;
		}
		CampaignText text = campaign.textFor(language);
		this.mailer.once("tourism-campaign:" + campaign.id() + ":" + guestId)
			.send(person.get().email(), language.locale(), "tourism-campaign", new Object[] { text.subject() },
					Map.of("name", person.get().displayName(), "body", text.body(), "code", campaign.redemptionCode(),
							"path", "/tourism"));
		return true;
	}

}
