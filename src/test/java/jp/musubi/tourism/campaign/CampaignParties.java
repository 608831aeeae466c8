package jp.musubi.tourism.campaign;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.guest.Guest;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a campaign test needs besides a region: bookings, visits and survey answers of its
 * guests (written straight to the tables, as check-in and follow-up would), and the
 * people's addresses.
 */
class CampaignParties {

	final TourismParties tourism;

	final Fixtures fixtures;

	private final Bookings bookings;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final MovableClock clock;

	private final CurrentUsers currentUsers;

	CampaignParties(ApplicationContext context) {
		this.tourism = new TourismParties(context);
		this.fixtures = context.getBean(Fixtures.class);
		this.bookings = context.getBean(Bookings.class);
		this.accounts = context.getBean(Accounts.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.clock = context.getBean(MovableClock.class);
		this.currentUsers = context.getBean(CurrentUsers.class);
	}

	Booking book(Region region, Guest guest) {
		return book(region, guest, null);
	}

	Booking book(Region region, Guest guest, String code) {
		return this.bookings.book(guest, region.programme().id(), this.tourism.today().plusDays(20), 1,
				guest.language(), code);
	}

	/** A check-in of the guest at the region's lodging on that day. */
	void visit(Region region, Guest guest, Booking booking, LocalDate day) {
		this.jdbc.update("""
				insert into check_in (id, facility_id, booking_id, guest_id, day, checked_in_at, method, target_area,
				origin_country) values (?, ?, ?, ?, ?, ?, 'QR', ?, ?)""", UUID.randomUUID(), region.lodging().id(),
				booking.id(), guest.id(), day, Timestamp.from(this.clock.instant()), guest.targetArea().name(),
				guest.origin().country());
	}

	/** The guest's answer to the survey after the booking. */
	void answered(Guest guest, Booking booking, int recommendScore) {
		this.jdbc.update("""
				insert into survey (id, booking_id, guest_id, programme_id, token_hash, language, target_area, due_at,
				sent_at, answered_at, recommend_score) values (?, ?, ?, ?, ?, 'ja', ?, ?, ?, ?, ?)""",
				UUID.randomUUID(), booking.id(), guest.id(), booking.programmeId(), UUID.randomUUID().toString(),
				guest.targetArea().name(), Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()),
				Timestamp.from(this.clock.instant()), recommendScore);
	}

	/** The person as the application sees them once signed in, roles and all. */
	CurrentUser signedIn(TestUser user) {
		return this.currentUsers.of(user.id());
	}

	String emailOf(Guest guest) {
		return this.accounts.person(guest.accountId().orElseThrow()).orElseThrow().email();
	}

	static Map<Language, CampaignDraft.Text> texts(String japaneseSubject, String koreanSubject) {
		Map<Language, CampaignDraft.Text> texts = new EnumMap<>(Language.class);
		texts.put(Language.JA, new CampaignDraft.Text(japaneseSubject, "紅葉の季節に、ゆっくり湯治はいかがですか。"));
		if (koreanSubject != null) {
			texts.put(Language.KO, new CampaignDraft.Text(koreanSubject, "단풍철에 느긋한 탕치는 어떠세요?"));
		}
		return texts;
	}

}
