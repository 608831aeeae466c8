package jp.musubi.tourism.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A campaign from writing to what it brought in: only guests who consent at the moment of
 * sending get it, each in their language, never twice, and the bookings made with its
 * code are counted as its own.
 */
@MusubiTest
class CampaignTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Segments segments;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignMailing mailing;

	@Autowired
	Guests guests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	CampaignParties parties;

	Region region;

	CurrentUser staff;

	@BeforeEach
	void region() {
		this.parties = new CampaignParties(this.context);
		this.region = this.parties.tourism.region(10, 20, 10);
		this.staff = this.parties.signedIn(this.region.agentStaff());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void onlyGuestsConsentingWhenItIsSentGetTheMailInTheirLanguage() {
		Guest tokyo = booked(this.parties.tourism.guestFromTokyo("東京花子", Consent.MARKETING));
		Guest korea = booked(this.parties.tourism.guestFromKorea("Kim", Consent.MARKETING));
		Guest quiet = booked(this.parties.tourism.guestFromTokyo("静か次郎"));
		Guest withdrawing = booked(this.parties.tourism.guestFromTokyo("撤回三郎", Consent.MARKETING));
		Campaign campaign = this.campaigns.schedule(this.staff, draft(tomorrow()));
		this.guests.keep(withdrawing.accountId().orElseThrow(),
				new GuestDetails(Language.JA, withdrawing.origin(), Set.of(), Set.of()));

		this.clock.advance(Duration.ofDays(1));
		this.mailing.send(campaign.id());

		assertThat(Mailbox.subject(Mailbox.awaitFirst(this.parties.emailOf(tokyo), "tourism-campaign")))
			.contains("紅葉の湯治");
		String korean = Mailbox.body(Mailbox.awaitFirst(this.parties.emailOf(korea), "tourism-campaign"));
		assertThat(korean).contains("단풍철").contains(campaign.redemptionCode()).contains("/tourism");
		assertThat(Mailbox.subject(Mailbox.awaitFirst(this.parties.emailOf(korea), "tourism-campaign")))
			.contains("단풍 탕치");
		assertThat(Mailbox.to(this.parties.emailOf(quiet), "tourism-campaign")).isEmpty();
		assertThat(Mailbox.to(this.parties.emailOf(withdrawing), "tourism-campaign")).isEmpty();
		Campaign sent = this.campaigns.find(this.staff, campaign.id());
		assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
		assertThat(sent.sentCount()).isEqualTo(2);
		assertThat(sent.leftOutCount()).isEqualTo(2);
	}

	@Test
	void aCampaignForNowIsSentByTheBackgroundJobOnceItIsSaved() {
		Guest guest = booked(this.parties.tourism.guestFromTokyo("即時花子", Consent.MARKETING));

		Campaign campaign = this.campaigns.schedule(this.staff,
				new CampaignDraft("今すぐ", regionSegment().id(), CampaignParties.texts("今すぐの湯治", null), null));

		// JobRunr looks for due jobs every 15 seconds.
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.campaigns.find(this.staff, campaign.id()).status() == CampaignStatus.SENT);
		assertThat(Mailbox.subject(Mailbox.awaitFirst(this.parties.emailOf(guest), "tourism-campaign")))
			.contains("今すぐの湯治");
	}

	@Test
	void aRetriedJobDoesNotMailAGuestTwice() {
		Guest first = booked(this.parties.tourism.guestFromTokyo("一番花子", Consent.MARKETING));
		Guest second = booked(this.parties.tourism.guestFromTokyo("二番太郎", Consent.MARKETING));
		Campaign campaign = this.campaigns.schedule(this.staff, draft(tomorrow()));
		// A first attempt reached the first guest, then failed before it finished.
		this.jdbc.update(
				"insert into campaign_recipient (campaign_id, guest_id, language, sent_at) values (?, ?, 'ja', ?)",
				campaign.id(), first.id(), java.sql.Timestamp.from(this.clock.instant()));

		this.clock.advance(Duration.ofDays(1));
		this.mailing.send(campaign.id());
		this.mailing.send(campaign.id());

		Mailbox.awaitFirst(this.parties.emailOf(second), "tourism-campaign");
		assertThat(Mailbox.to(this.parties.emailOf(first), "tourism-campaign")).isEmpty();
		assertThat(Mailbox.to(this.parties.emailOf(second), "tourism-campaign")).hasSize(1);
		assertThat(this.campaigns.find(this.staff, campaign.id()).sentCount()).isEqualTo(2);
	}

	@Test
	void aSegmentWithoutAConsentingGuestIsRefusedAndNothingIsSaved() {
		booked(this.parties.tourism.guestFromTokyo("静か次郎"));
		int before = campaignsCount();

		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.campaigns.schedule(this.staff, draft(tomorrow())))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("tourism.campaign.error.noConsent"));
		assertThat(campaignsCount()).isEqualTo(before);
	}

	@Test
	void aPastTimeOrAMissingJapaneseTextIsRefused() {
		booked(this.parties.tourism.guestFromTokyo("東京花子", Consent.MARKETING));
		Segment segment = regionSegment();
		int before = campaignsCount();

		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.campaigns.schedule(this.staff,
					new CampaignDraft("秋", segment.id(), CampaignParties.texts("紅葉の湯治", null),
							this.clock.instant().minus(Duration.ofHours(1)))))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("sendAt"));
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.campaigns.schedule(this.staff,
					new CampaignDraft("秋", segment.id(),
							java.util.Map.of(Language.KO, new CampaignDraft.Text("단풍", "본문")), tomorrow())))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("tourism.campaign.error.japaneseSubject"));
		assertThat(campaignsCount()).isEqualTo(before);
	}

	@Test
	void aCancelledCampaignSendsNothing() {
		Guest guest = booked(this.parties.tourism.guestFromTokyo("東京花子", Consent.MARKETING));
		Campaign campaign = this.campaigns.schedule(this.staff, draft(tomorrow()));

		this.campaigns.cancel(this.staff, campaign.id());
		this.clock.advance(Duration.ofDays(1));
		this.mailing.send(campaign.id());

		assertThat(this.campaigns.find(this.staff, campaign.id()).status()).isEqualTo(CampaignStatus.CANCELLED);
		assertThat(Mailbox.to(this.parties.emailOf(guest), "tourism-campaign")).isEmpty();
	}

	@Test
	void theBookingsMadeWithTheCodeAreTheCampaigns() {
		booked(this.parties.tourism.guestFromTokyo("東京花子", Consent.MARKETING));
		Campaign campaign = this.campaigns.schedule(this.staff, draft(tomorrow()));
		Guest newcomer = this.parties.tourism.guestFromKorea("Park", Consent.MARKETING);

		Booking booking = this.parties.book(this.region, newcomer, campaign.redemptionCode().toLowerCase());
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("無関係太郎"));

		Campaigns.Redemptions redemptions = this.campaigns.redemptions(campaign, Language.JA);
		assertThat(redemptions.bookings()).singleElement().satisfies((made) -> {
			assertThat(made.bookingNumber()).isEqualTo(booking.number());
			assertThat(made.programmeName()).isEqualTo("3泊ミニ湯治");
		});
		assertThat(redemptions.total()).isEqualTo(Yen.of(45000));
	}

	private Guest booked(Guest guest) {
		this.parties.book(this.region, guest);
		return guest;
	}

	private Segment regionSegment() {
		return this.segments.create(this.staff, "ミニ湯治の利用者", new SegmentCriteria(null, null,
				Set.of(this.region.programme().id()), null, null, null, null, null, null));
	}

	private CampaignDraft draft(Instant sendAt) {
		return new CampaignDraft("秋の湯治", regionSegment().id(), CampaignParties.texts("紅葉の湯治", "단풍 탕치"), sendAt);
	}

	private Instant tomorrow() {
		return this.clock.instant().plus(Duration.ofDays(1));
	}

	private int campaignsCount() {
		return this.jdbc.queryForObject("select count(*) from campaign", Integer.class);
	}

}
