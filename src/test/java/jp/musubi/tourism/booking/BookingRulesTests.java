package jp.musubi.tourism.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.tourism.facility.Hold;
import jp.musubi.tourism.programme.CancellationPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a booking holds by itself, without Spring: its state from being made to being
 * cancelled, its lines, its number and token, and the refusals it is turned down with.
 * The guards on changing and cancelling (cancelled already, stay begun, free period over)
 * and the fee are the booking's own, from the programme's {@link CancellationPolicy}.
 */
class BookingRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2027-04-01T01:00:00Z"), ZoneOffset.UTC);

	private static final UUID GUEST = UUID.randomUUID();

	private static final UUID PROGRAMME = UUID.randomUUID();

	private static final UUID ROOM = UUID.randomUUID();

	private static final UUID THERAPY = UUID.randomUUID();

	private static final UUID LODGING = UUID.randomUUID();

	private static final UUID CLINIC = UUID.randomUUID();

	private static final LocalDate ARRIVAL = LocalDate.of(2027, 4, 20);

	/** Free until seven days before arrival, then half the price. */
	private static final CancellationPolicy POLICY = new CancellationPolicy(7, 50);

	@Test
	void aNewBookingIsConfirmedWithNothingChangedOrCancelledYet() {
		Booking booking = new Booking("ACDE-FG34", GUEST, PROGRAMME, Language.EN, "SPRING-KO", this.clock.instant());

		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(booking.isConfirmed()).isTrue();
		assertThat(booking.number()).isEqualTo("ACDE-FG34");
		assertThat(booking.guestId()).isEqualTo(GUEST);
		assertThat(booking.programmeId()).isEqualTo(PROGRAMME);
		assertThat(booking.language()).isEqualTo(Language.EN);
		assertThat(booking.redemptionCode()).contains("SPRING-KO");
		assertThat(booking.createdAt()).isEqualTo(this.clock.instant());
		assertThat(booking.changedAt()).isEmpty();
		assertThat(booking.cancelledAt()).isEmpty();
		assertThat(booking.cancellationFee()).isEmpty();
		assertThat(booking.lines()).isEmpty();
		assertThat(booking.facilityIds()).isEmpty();
	}

	@Test
	void aBookingWithoutACampaignCodeHasNone() {
		assertThat(booking().redemptionCode()).isEmpty();
	}

	@Test
	void aBookingReadsBackInWhicheverLanguageItWasMadeIn() {
		for (Language language : Language.values()) {
			assertThat(new Booking("ACDE-FG34", GUEST, PROGRAMME, language, null, this.clock.instant()).language())
				.isEqualTo(language);
		}
	}

	@Test
	void theCheckInTokenIsRandomAndSaysNothingAboutTheGuestOrTheBooking() {
		Booking one = booking();
		Booking other = booking();

		// 32 random bytes, URL-safe Base64 without padding, behind the prefix.
		assertThat(one.checkInToken()).startsWith("ci_").hasSize(3 + 43).matches("ci_[A-Za-z0-9_-]+");
		assertThat(one.checkInToken()).isNotEqualTo(other.checkInToken());
		assertThat(one.checkInToken()).doesNotContain(one.number())
			.doesNotContain(GUEST.toString())
			.doesNotContain(one.id().toString());
		assertThat(one.id()).isNotEqualTo(other.id());
	}

	@Test
	void theStaySetsDatesPartyPriceAndOneLinePerHeldDayAtTheCapacitysFacility() {
		Booking booking = booking();
		List<Hold> holds = List.of(new Hold(ROOM, ARRIVAL, 1), new Hold(ROOM, ARRIVAL.plusDays(1), 1),
				new Hold(THERAPY, ARRIVAL.plusDays(1), 2));

		booking.stay(ARRIVAL, ARRIVAL.plusDays(2), 2, Yen.of(90000), holds, Map.of(ROOM, LODGING, THERAPY, CLINIC));

		assertThat(booking.arrival()).isEqualTo(ARRIVAL);
		assertThat(booking.departure()).isEqualTo(ARRIVAL.plusDays(2));
		assertThat(booking.partySize()).isEqualTo(2);
		assertThat(booking.price()).isEqualTo(Yen.of(90000));
		assertThat(booking.lines())
			.extracting(BookingLine::capacityId, BookingLine::facilityId, BookingLine::day, BookingLine::units)
			.containsExactly(tuple(ROOM, LODGING, ARRIVAL, 1), tuple(ROOM, LODGING, ARRIVAL.plusDays(1), 1),
					tuple(THERAPY, CLINIC, ARRIVAL.plusDays(1), 2));
		// What is given back to the ledger on a change or a cancellation is what was
		// taken.
		assertThat(booking.holds()).containsExactlyElementsOf(holds);
	}

	@Test
	void eachFacilityIsNamedOnceAndOnlyTheFacilitiesHeldAtAreInvolved() {
		Booking booking = booking();
		booking.stay(
				ARRIVAL, ARRIVAL.plusDays(2), 1, Yen.of(45000), List.of(new Hold(ROOM, ARRIVAL, 1),
						new Hold(THERAPY, ARRIVAL, 1), new Hold(ROOM, ARRIVAL.plusDays(1), 1)),
				Map.of(ROOM, LODGING, THERAPY, CLINIC));

		assertThat(booking.facilityIds()).containsExactly(LODGING, CLINIC);
		assertThat(booking.involves(LODGING)).isTrue();
		assertThat(booking.involves(CLINIC)).isTrue();
		assertThat(booking.involves(UUID.randomUUID())).isFalse();
	}

	@Test
	void aChangeInTheFreePeriodReplacesTheStayAndRecordsWhen() {
		Booking booking = booking();
		booking.stay(ARRIVAL, ARRIVAL.plusDays(1), 1, Yen.of(45000),
				List.of(new Hold(ROOM, ARRIVAL, 1), new Hold(THERAPY, ARRIVAL, 1)),
				Map.of(ROOM, LODGING, THERAPY, CLINIC));

		LocalDate moved = ARRIVAL.plusDays(7);
		Clock later = Clock.offset(this.clock, Duration.ofHours(5));
		booking.change(moved, moved.plusDays(1), 3, Yen.of(135000), List.of(new Hold(ROOM, moved, 3)),
				Map.of(ROOM, LODGING), POLICY, later);

		assertThat(booking.arrival()).isEqualTo(moved);
		assertThat(booking.partySize()).isEqualTo(3);
		assertThat(booking.price()).isEqualTo(Yen.of(135000));
		assertThat(booking.holds()).containsExactly(new Hold(ROOM, moved, 3));
		assertThat(booking.involves(CLINIC)).isFalse();
		assertThat(booking.changedAt()).contains(later.instant());
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(booking.createdAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void afterTheFreePeriodTheBookingRefusesAChangeAndKeepsItsStay() {
		Booking booking = stayed();
		// Free until seven days before the 20th: the 13th, in Japan.
		Clock fourteenth = Clock.fixed(Instant.parse("2027-04-13T15:00:00Z"), ZoneOffset.UTC);

		assertThatThrownBy(() -> booking.change(ARRIVAL.plusDays(1), ARRIVAL.plusDays(2), 1, Yen.of(45000),
				List.of(new Hold(ROOM, ARRIVAL.plusDays(1), 1)), Map.of(ROOM, LODGING), POLICY, fourteenth))
			.isInstanceOfSatisfying(BookingRefused.class, (refused) -> {
				assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.TOO_LATE_TO_CHANGE);
				assertThat(refused.arguments()).containsExactly(LocalDate.of(2027, 4, 13));
			});
		assertThat(booking.arrival()).isEqualTo(ARRIVAL);
		assertThat(booking.holds()).containsExactly(new Hold(ROOM, ARRIVAL, 1));
		assertThat(booking.changedAt()).isEmpty();
	}

	@Test
	void aBegunStayCanBeNeitherChangedNorCancelled() {
		Booking booking = stayed();
		// Midnight of the arrival day in Japan, still the 19th in UTC.
		Clock arrivalDay = Clock.fixed(Instant.parse("2027-04-19T15:00:00Z"), ZoneOffset.UTC);

		assertThatThrownBy(() -> booking.cancel(POLICY, arrivalDay)).isInstanceOfSatisfying(BookingRefused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.STAY_BEGUN));
		assertThatThrownBy(() -> booking.requireChangeable(POLICY, arrivalDay)).isInstanceOfSatisfying(
				BookingRefused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.STAY_BEGUN));
		assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(booking.cancellationFee()).isEmpty();
	}

	@Test
	void aCancelledBookingRefusesToBeCancelledOrChangedAgainAndKeepsItsFee() {
		Booking booking = stayed();
		Clock fifteenth = Clock.fixed(Instant.parse("2027-04-15T01:00:00Z"), ZoneOffset.UTC);
		booking.cancel(POLICY, fifteenth);

		assertThatThrownBy(() -> booking.cancel(POLICY, this.clock)).isInstanceOfSatisfying(BookingRefused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.CANCELLED));
		assertThatThrownBy(() -> booking.requireChangeable(POLICY, this.clock)).isInstanceOfSatisfying(
				BookingRefused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.CANCELLED));
		assertThat(booking.cancellationFee()).contains(Yen.of(22500));
		assertThat(booking.cancelledAt()).contains(fifteenth.instant());
	}

	@Test
	void theLinesAreReadOnlyForCallers() {
		Booking booking = booking();
		booking.stay(ARRIVAL, ARRIVAL.plusDays(1), 1, Yen.of(45000), List.of(new Hold(ROOM, ARRIVAL, 1)),
				Map.of(ROOM, LODGING));
		List<BookingLine> lines = booking.lines();

		assertThatThrownBy(lines::clear).isInstanceOf(UnsupportedOperationException.class);
		assertThat(booking.lines()).hasSize(1);
	}

	@Test
	void cancellingAfterTheFreePeriodChargesThePolicysShareAndKeepsTheStayForTheRecord() {
		Booking booking = booking();
		booking.stay(ARRIVAL, ARRIVAL.plusDays(1), 2, Yen.of(90000), List.of(new Hold(ROOM, ARRIVAL, 1)),
				Map.of(ROOM, LODGING));
		Clock fifteenth = Clock.fixed(Instant.parse("2027-04-15T01:00:00Z"), ZoneOffset.UTC);

		booking.cancel(POLICY, fifteenth);

		assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(booking.isConfirmed()).isFalse();
		assertThat(booking.cancellationFee()).contains(Yen.of(45000));
		assertThat(booking.cancelledAt()).contains(fifteenth.instant());
		assertThat(booking.price()).isEqualTo(Yen.of(90000));
		assertThat(booking.holds()).containsExactly(new Hold(ROOM, ARRIVAL, 1));
		assertThat(booking.checkInToken()).startsWith("ci_");
	}

	@Test
	void aCancellationInTheFreePeriodRecordsAFeeOfNothingRatherThanNone() {
		Booking booking = stayed();
		booking.cancel(POLICY, this.clock);

		assertThat(booking.cancellationFee()).contains(Yen.ZERO);
	}

	@Test
	void aLineHoldsAtLeastOneUnit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Hold(ROOM, ARRIVAL, 0));
	}

	@Test
	void everyRefusalHasItsOwnMessageKeyAndKeepsItsArgumentsToItself() {
		for (BookingRefused.Reason reason : BookingRefused.Reason.values()) {
			assertThat(new BookingRefused(reason).messageKey()).isEqualTo("tourism.booking.refused." + reason.name());
		}
		BookingRefused refused = new BookingRefused(BookingRefused.Reason.PARTY_SIZE, 2, 6);
		assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.PARTY_SIZE);
		assertThat(refused.messageKey()).isEqualTo("tourism.booking.refused.PARTY_SIZE");
		assertThat(refused.arguments()).containsExactly(2, 6);

		refused.arguments()[0] = 99;
		assertThat(refused.arguments()).containsExactly(2, 6);
		assertThat(BookingStatus.CANCELLED.messageKey()).isEqualTo("tourism.booking.status.CANCELLED");
	}

	@Test
	void aSoldOutComponentIsNamedInTheGuestsLanguageOrElseInJapanese() {
		Map<Language, String> translations = new HashMap<>(Map.of(Language.EN, "Hot-spring room"));
		BookingRefused.ComponentName name = new BookingRefused.ComponentName("湯治棟", translations);
		translations.put(Language.KO, "탕치동");

		assertThat(name.in(Language.EN)).isEqualTo("Hot-spring room");
		assertThat(name.in(Language.KO)).isEqualTo("湯治棟");
		assertThat(name.in(Language.JA)).isEqualTo("湯治棟");
		assertThat(name).hasToString("湯治棟");
	}

	@Test
	void aNumberIsTwoGroupsOfFourWithoutCharactersThatAreEasilyMixedUp() {
		for (int i = 0; i < 200; i++) {
			assertThat(BookingNumber.next()).matches("[ACDEFGHJKLMNPQRTUVWXY34679]{4}-[ACDEFGHJKLMNPQRTUVWXY34679]{4}");
		}
	}

	@Test
	void aNumberIsFoundHoweverStaffTypeIt() {
		assertThat(BookingNumber.normalise("acde-fg34")).isEqualTo("ACDE-FG34");
		assertThat(BookingNumber.normalise("ａｃｄｅｆｇ３４")).isEqualTo("ACDE-FG34");
		assertThat(BookingNumber.normalise(" ACDE－FG34 ")).isEqualTo("ACDE-FG34");
		assertThat(BookingNumber.normalise("ACDE ー FG34")).isEqualTo("ACDE-FG34");
		// Anything not eight characters long is left for the search to miss.
		assertThat(BookingNumber.normalise("acd-fg34")).isEqualTo("ACDFG34");
	}

	/** A booking for one at the lodging from the 20th. */
	private Booking stayed() {
		Booking booking = booking();
		booking.stay(ARRIVAL, ARRIVAL.plusDays(1), 1, Yen.of(45000), List.of(new Hold(ROOM, ARRIVAL, 1)),
				Map.of(ROOM, LODGING));
		return booking;
	}

	private Booking booking() {
		return new Booking(BookingNumber.next(), GUEST, PROGRAMME, Language.JA, null, this.clock.instant());
	}

}
