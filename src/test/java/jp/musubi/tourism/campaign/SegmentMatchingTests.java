package jp.musubi.tourism.campaign;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each criterion of a segment on its own, on a region of a guest from Tokyo and one from
 * Korea who both booked its programme (the programme keeps other tests' guests out).
 */
@MusubiTest
class SegmentMatchingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Segments segments;

	@Autowired
	Bookings bookings;

	@Autowired
	Guests guests;

	CampaignParties parties;

	Region region;

	Guest tokyo;

	Guest korea;

	Booking tokyoBooking;

	Booking koreaBooking;

	@BeforeEach
	void region() {
		this.parties = new CampaignParties(this.context);
		this.region = this.parties.tourism.region(10, 20, 10);
		this.tokyo = this.parties.tourism.guestFromTokyo("東京花子", Consent.MARKETING);
		this.korea = this.parties.tourism.guestFromKorea("Kim", Consent.MARKETING);
		this.tokyoBooking = this.parties.book(this.region, this.tokyo);
		this.koreaBooking = this.parties.book(this.region, this.korea);
	}

	@Test
	void programmesUsedCountBookingsThatAreNotCancelled() {
		Guest cancelled = this.parties.tourism.guestFromTokyo("取消太郎", Consent.MARKETING);
		this.bookings.cancel(this.parties.book(this.region, cancelled).id());

		assertThat(matching(criteria(null, null, null, null, null, null, null)))
			.containsExactlyInAnyOrder(this.tokyo.id(), this.korea.id());
	}

	@Test
	void targetAreasAndLanguagesPickTheirGuests() {
		assertThat(matching(criteria(Set.of(TargetArea.ASIA), null, null, null, null, null, null)))
			.containsExactly(this.korea.id());
		assertThat(
				matching(criteria(Set.of(TargetArea.SHUTOKEN, TargetArea.NEARBY), null, null, null, null, null, null)))
			.containsExactly(this.tokyo.id());
		assertThat(matching(criteria(null, Set.of(Language.KO), null, null, null, null, null)))
			.containsExactly(this.korea.id());
	}

	@Test
	void visitCountCountsCheckIns() {
		LocalDate today = this.parties.tourism.today();
		this.parties.visit(this.region, this.tokyo, this.tokyoBooking, today.minusDays(30));
		this.parties.visit(this.region, this.tokyo, this.tokyoBooking, today.minusDays(29));
		this.parties.visit(this.region, this.korea, this.koreaBooking, today.minusDays(30));

		assertThat(matching(criteria(null, null, 2, null, null, null, null))).containsExactly(this.tokyo.id());
		assertThat(matching(criteria(null, null, 1, null, null, null, null))).containsExactlyInAnyOrder(this.tokyo.id(),
				this.korea.id());
	}

	@Test
	void lastVisitIsBeforeOrAfterADay() {
		LocalDate today = this.parties.tourism.today();
		this.parties.visit(this.region, this.tokyo, this.tokyoBooking, today.minusDays(200));
		this.parties.visit(this.region, this.korea, this.koreaBooking, today.minusDays(200));
		this.parties.visit(this.region, this.korea, this.koreaBooking, today.minusDays(10));

		assertThat(matching(criteria(null, null, null, null, today.minusDays(100), null, null)))
			.containsExactly(this.tokyo.id());
		assertThat(matching(criteria(null, null, null, today.minusDays(100), null, null, null)))
			.containsExactly(this.korea.id());
	}

	@Test
	void recommendScoreIsWithinTheRange() {
		this.parties.answered(this.tokyo, this.tokyoBooking, 9);
		this.parties.answered(this.korea, this.koreaBooking, 4);

		assertThat(matching(criteria(null, null, null, null, null, new int[] { 9, 10 }, null)))
			.containsExactly(this.tokyo.id());
		assertThat(matching(criteria(null, null, null, null, null, new int[] { 0, 6 }, null)))
			.containsExactly(this.korea.id());
	}

	@Test
	void interestsMatchAnyOfThem() {
		this.guests.keep(this.korea.accountId().orElseThrow(), new GuestDetails(Language.KO, this.korea.origin(),
				Set.of(Interest.SKIING, Interest.FOOD), Set.of(Consent.MARKETING)));

		assertThat(matching(criteria(null, null, null, null, null, null, Set.of(Interest.SKIING, Interest.GOLF))))
			.containsExactly(this.korea.id());
	}

	@Test
	void theSizeSaysHowManyMayBeMailedAndHowManyAreLeftOut() {
		Guest quiet = this.parties.tourism.guestFromTokyo("静か次郎");
		this.parties.book(this.region, quiet);
		CurrentUser staff = this.parties.signedIn(this.region.agentStaff());

		Segment segment = this.segments.create(staff, "ミニ湯治の利用者", criteria(null, null, null, null, null, null, null));

		assertThat(this.segments.size(segment)).isEqualTo(new SegmentSize(3, 2));
		assertThat(this.segments.size(segment).leftOut()).isEqualTo(1);
	}

	@Test
	void contradictoryCriteriaAreRefused() {
		CurrentUser staff = this.parties.signedIn(this.region.agentStaff());
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.segments.create(staff, "逆",
					criteria(null, null, null, null, null, new int[] { 8, 3 }, null)))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("tourism.segment.error.scoreOrder"));
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> this.segments.create(staff, " ", criteria(null, null, null, null, null, null, null)))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("name"));
	}

	private java.util.List<UUID> matching(SegmentCriteria criteria) {
		return this.segments.matchingGuests(criteria);
	}

	/** The region's programme and the criteria given. */
	private SegmentCriteria criteria(Set<TargetArea> areas, Set<Language> languages, Integer minVisits, LocalDate after,
			LocalDate before, int[] score, Set<Interest> interests) {
		return new SegmentCriteria(areas, languages, Set.of(this.region.programme().id()), minVisits, after, before,
				(score != null) ? score[0] : null, (score != null) ? score[1] : null, interests);
	}

}
