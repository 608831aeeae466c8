package jp.musubi.tourism;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingRefused;
import jp.musubi.tourism.booking.BookingRefused.Reason;
import jp.musubi.tourism.booking.BookingStatus;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.booking.DataProvision;
import jp.musubi.tourism.facility.CapacityLedger;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.TargetArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One booking across a lodging and a clinic: every component taken at once or nothing,
 * changed and cancelled under the programme's policy, and each facility's receipt of the
 * guest's data on record.
 */
@MusubiTest
class BookingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Bookings bookings;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	MovableClock clock;

	TourismParties parties;

	@BeforeEach
	void parties() {
		this.parties = new TourismParties(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aBookingTakesEveryComponentAtEveryFacilityAndRecordsWhoGotTheGuestsData() {
		Region region = this.parties.region(5, 10, 4);
		Guest guest = this.parties.guestFromTokyo("東京 花子");
		LocalDate arrival = this.parties.today().plusDays(14);

		Booking booking = this.bookings.book(guest, region.programme().id(), arrival, 2, Language.JA, null);

		assertThat(guest.targetArea()).isEqualTo(TargetArea.SHUTOKEN);
		assertThat(booking.number()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(booking.departure()).isEqualTo(arrival.plusDays(3));
		assertThat(booking.price()).isEqualTo(Yen.of(90000));
		// One room a night for the party, a therapy session each a day, a checkup each on
		// day 0.
		for (int day = 0; day < 3; day++) {
			assertThat(this.ledger.taken(region.room().id(), arrival.plusDays(day))).isEqualTo(1);
			assertThat(this.ledger.taken(region.therapy().id(), arrival.plusDays(day))).isEqualTo(2);
		}
		assertThat(this.ledger.taken(region.room().id(), arrival.plusDays(3))).isZero();
		assertThat(this.ledger.taken(region.checkup().id(), arrival)).isEqualTo(2);
		assertThat(this.ledger.taken(region.checkup().id(), arrival.plusDays(1))).isZero();
		List<DataProvision> records = this.bookings.provisionsOf(guest.id(), Pageable.unpaged()).getContent();
		assertThat(records).extracting(DataProvision::recipientFacilityId)
			.containsExactlyInAnyOrder(region.lodging().id(), region.clinic().id());
		assertThat(records).allSatisfy((record) -> {
			assertThat(record.items()).contains(DataProvision.Item.NAME, DataProvision.Item.DATES);
			assertThat(record.purpose()).isEqualTo(DataProvision.Purpose.BOOKING);
		});
		assertThat(this.bookings.findByNumber(booking.number().toLowerCase().replace("-", ""))).isPresent();
	}

	@Test
	void whenOneFacilityIsFullNothingIsTakenAtTheOther() {
		Region region = this.parties.region(5, 10, 1);
		LocalDate arrival = this.parties.today().plusDays(10);
		Guest guest = this.parties.guestFromKorea("김 서연");

		assertThatExceptionOfType(BookingRefused.class)
			.isThrownBy(() -> this.bookings.book(guest, region.programme().id(), arrival, 2, Language.KO, null))
			.satisfies((refused) -> {
				assertThat(refused.reason()).isEqualTo(Reason.SOLD_OUT);
				assertThat(refused.arguments()).containsExactly(new BookingRefused.ComponentName("健康チェック", Map.of()),
						arrival);
			});

		assertThat(this.ledger.taken(region.room().id(), arrival)).isZero();
		assertThat(this.ledger.taken(region.therapy().id(), arrival)).isZero();
		assertThat(this.bookings.ofGuest(guest.id(), Pageable.unpaged())).isEmpty();
		assertThat(this.bookings.provisionsOf(guest.id(), Pageable.unpaged())).isEmpty();
	}

	@Test
	void badDatesAndPartiesAreRefusedWithNothingTaken() {
		Region region = this.parties.region(5, 10, 4);
		Guest guest = this.parties.guestFromTokyo("東京 次郎");
		LocalDate today = this.parties.today();

		assertThat(refusal(guest, region, today, 2)).isEqualTo(Reason.IN_THE_PAST);
		assertThat(refusal(guest, region, today.minusDays(3), 2)).isEqualTo(Reason.IN_THE_PAST);
		assertThat(refusal(guest, region, today.plusYears(2), 2)).isEqualTo(Reason.OUT_OF_SEASON);
		assertThat(refusal(guest, region, today.plusDays(5), 0)).isEqualTo(Reason.PARTY_SIZE);
		assertThat(refusal(guest, region, today.plusDays(5), 10000)).isEqualTo(Reason.PARTY_SIZE);
		assertThat(refusal(guest, region, today.plusDays(5), 5)).isEqualTo(Reason.PARTY_SIZE);
		assertThat(this.ledger.taken(region.room().id(), today.plusDays(5))).isZero();
	}

	@Test
	void aChangeMovesTheHoldsAndACancellationGivesThemBack() {
		Region region = this.parties.region(1, 10, 4);
		Guest guest = this.parties.guestFromTokyo("東京 三郎");
		LocalDate arrival = this.parties.today().plusDays(20);
		Booking booking = this.bookings.book(guest, region.programme().id(), arrival, 1, Language.JA, " spring-ko ");
		assertThat(booking.redemptionCode()).contains("SPRING-KO");

		Booking changed = this.bookings.change(booking.id(), arrival.plusDays(7), 3);

		assertThat(changed.price()).isEqualTo(Yen.of(135000));
		assertThat(this.ledger.taken(region.room().id(), arrival)).isZero();
		assertThat(this.ledger.taken(region.room().id(), arrival.plusDays(7))).isEqualTo(1);
		assertThat(this.ledger.taken(region.therapy().id(), arrival.plusDays(9))).isEqualTo(3);

		Booking cancelled = this.bookings.cancel(booking.id());

		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.cancellationFee()).contains(Yen.ZERO);
		assertThat(this.ledger.taken(region.room().id(), arrival.plusDays(7))).isZero();
		assertThat(this.ledger.taken(region.checkup().id(), arrival.plusDays(7))).isZero();
		assertThat(refusalOf(() -> this.bookings.cancel(booking.id()))).isEqualTo(Reason.CANCELLED);
	}

	@Test
	void afterTheFreePeriodAChangeIsRefusedAndCancellingCostsTheFee() {
		Region region = this.parties.region(2, 10, 4);
		Guest guest = this.parties.guestFromTokyo("東京 四郎");
		LocalDate arrival = this.parties.today().plusDays(5);
		Booking booking = this.bookings.book(guest, region.programme().id(), arrival, 2, Language.JA, null);

		// Free until 3 days before arrival: two days before, it is too late.
		this.clock.advance(Duration.ofDays(3));

		assertThat(refusalOf(() -> this.bookings.change(booking.id(), arrival.plusDays(1), 2)))
			.isEqualTo(Reason.TOO_LATE_TO_CHANGE);
		Booking cancelled = this.bookings.cancel(booking.id());
		assertThat(cancelled.cancellationFee()).contains(Yen.of(45000));
		assertThat(this.ledger.taken(region.room().id(), arrival)).isZero();
	}

	private Reason refusal(Guest guest, Region region, LocalDate arrival, int party) {
		return refusalOf(() -> this.bookings.book(guest, region.programme().id(), arrival, party, Language.JA, null));
	}

	private static Reason refusalOf(Runnable action) {
		try {
			action.run();
		}
		catch (BookingRefused refused) {
			return refused.reason();
		}
		throw new AssertionError("Not refused");
	}

}
