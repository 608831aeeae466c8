package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Interval;
import jp.musubi.platform.disclosure.Suppression;
import jp.musubi.tourism.figures.Figures.Facility;
import jp.musubi.tourism.figures.SharedMonth.CohortStart;
import jp.musubi.tourism.guest.TargetArea;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Months of the shared figures built to tempt subtraction, each read as a partner would
 * (its own row exactly, the region's row, the other facilities' table with its totals,
 * the other clinics' checkups with their total) and proved by the audit: every hidden
 * count keeps an interval at least the threshold wide, whatever the reader combines.
 */
class SharedMonthTests {

	private static final FiguresProperties TEN = new FiguresProperties(10);

	// 首都圏, アジア, 近隣, その他
	private static final int ASIA = 1;

	private final Facility hotaru = new Facility(UUID.randomUUID(), "ほたる荘", false);

	private final Facility clinic = new Facility(UUID.randomUUID(), "湯の里診療所", true);

	private final Facility golf = new Facility(UUID.randomUUID(), "高原ゴルフ場", false);

	private final Facility spa = new Facility(UUID.randomUUID(), "川辺の湯", true);

	@Test
	void theClinicCannotWorkBackHotarusGuestsFromAsiaByTakingItsOwnFromTheRegion() {
		// Four from Korea at ほたる荘, one at the clinic: the region counts five.
		Map<UUID, long[]> guests = Map.of(this.hotaru.id(), new long[] { 30, 4, 12, 0 }, this.clinic.id(),
				new long[] { 14, 1, 11, 0 }, this.golf.id(), new long[] { 25, 0, 16, 2 });
		long[] region = { 60, 5, 35, 2 };

		SharedMonth month = new SharedMonth(this.clinic.id(), List.of(this.hotaru, this.clinic, this.golf), region,
				guests, Map.of(), TEN);

		assertThat(month.guests(this.hotaru.id(), ASIA).suppressed()).isTrue();
		assertThat(month.region(ASIA).suppressed()).isTrue();
		assertEveryHiddenCountKeepsItsInterval(month.suppression());
		assertThat(interval(month, SharedMonth.guestsKey(this.hotaru.id(), TargetArea.ASIA)).width())
			.isGreaterThanOrEqualTo(10.0);
	}

	@Test
	void aReaderWithExactlyOneGuestInACellLearnsNothingOfTheOthersInIt() {
		// The reader had one guest from Asia; ほたる荘 had 3, the golf course 20.
		Map<UUID, long[]> guests = Map.of(this.hotaru.id(), new long[] { 40, 3, 15, 0 }, this.clinic.id(),
				new long[] { 12, 1, 0, 0 }, this.golf.id(), new long[] { 25, 20, 16, 0 });
		long[] region = { 70, 24, 31, 0 };

		SharedMonth month = new SharedMonth(this.clinic.id(), List.of(this.hotaru, this.clinic, this.golf), region,
				guests, Map.of(), TEN);

		assertThat(month.guests(this.hotaru.id(), ASIA).suppressed()).isTrue();
		// Hiding the 3 alone would leave it as the Asia total less the golf course's 20.
		assertThat(month.areaTotal(ASIA).suppressed() || month.guests(this.golf.id(), ASIA).suppressed()).isTrue();
		assertEveryHiddenCountKeepsItsInterval(month.suppression());
	}

	@Test
	void totalsByMonthAndByAreaGiveNoHiddenCountAway() {
		// Three months: a clinic examining 2, a guest alone in an area of the region, and
		// a month in which every count is large.
		List<Facility> facilities = List.of(this.hotaru, this.clinic, this.golf, this.spa);
		List<SharedMonth> months = new ArrayList<>();
		months.add(new SharedMonth(this.hotaru.id(), facilities, new long[] { 50, 12, 20, 1 },
				Map.of(this.hotaru.id(), new long[] { 20, 6, 10, 0 }, this.clinic.id(), new long[] { 15, 6, 4, 1 },
						this.golf.id(), new long[] { 15, 0, 6, 0 }),
				Map.of(this.clinic.id(), 2L, this.spa.id(), 14L), TEN));
		months.add(new SharedMonth(this.hotaru.id(), facilities, new long[] { 44, 30, 25, 11 },
				Map.of(this.hotaru.id(), new long[] { 14, 10, 10, 1 }, this.clinic.id(), new long[] { 10, 10, 5, 9 },
						this.golf.id(), new long[] { 10, 10, 10, 1 }, this.spa.id(), new long[] { 10, 0, 0, 0 }),
				Map.of(this.clinic.id(), 12L, this.spa.id(), 3L), TEN));
		months.add(new SharedMonth(this.hotaru.id(), facilities, new long[] { 90, 60, 45, 30 },
				Map.of(this.hotaru.id(), new long[] { 30, 20, 15, 10 }, this.clinic.id(), new long[] { 30, 20, 15, 10 },
						this.golf.id(), new long[] { 30, 20, 15, 10 }),
				Map.of(this.clinic.id(), 25L, this.spa.id(), 30L), TEN));

		for (SharedMonth month : months) {
			assertEveryHiddenCountKeepsItsInterval(month.suppression());
		}
		assertThat(months.get(0).examined(this.clinic.id()).suppressed()).isTrue();
		// The month's total of 16 less the other clinic's 14 would give the 2 away.
		assertThat(months.get(0).examinedTotal().suppressed() || months.get(0).examined(this.spa.id()).suppressed())
			.isTrue();
		assertThat(months.get(0).region(3).suppressed()).isTrue();
		assertThat(months.get(2).suppression().hidden()).isEmpty();
		assertThat(months.get(2).regionTotal().value()).isEqualTo(225);
	}

	@Test
	void aSmallCohortOfTheMonthCannotBeTakenFromTheMonthsTotal() {
		// Sixty guests this month: 3 came first two months ago, 25 last month, 32 now; a
		// young region, so the cohorts add up to the month exactly.
		Map<UUID, long[]> guests = Map.of(this.hotaru.id(), new long[] { 30, 0, 0, 0 }, this.golf.id(),
				new long[] { 30, 0, 0, 0 });
		long[] region = { 60, 0, 0, 0 };
		int now = 24324;

		SharedMonth month = new SharedMonth(null, List.of(this.hotaru, this.golf), region, guests, Map.of(),
				Map.of(now - 2, 3L, now - 1, 25L, now, 32L),
				Map.of(now - 2, new CohortStart(40, false), now - 1, new CohortStart(50, false)), TEN);

		assertThat(month.cohortOf(now - 2).suppressed()).isTrue();
		assertThat(month.cohortOf(now - 1).suppressed() || month.cohortOf(now).suppressed()
				|| month.regionTotal().suppressed())
			.as("60 less 25 and 32 would give the 3 away")
			.isTrue();
		assertEveryHiddenCountKeepsItsInterval(month.suppression());
	}

	@Test
	void aLaterMonthDoesNotShowHowManyAHiddenCohortBeganWithAtLeast() {
		// The cohort of two months ago began with 8 (hidden then); 8 of them came again
		// this month. Shown, that 8 would say the hidden start was at least 8.
		Map<UUID, long[]> guests = Map.of(this.hotaru.id(), new long[] { 30, 0, 0, 0 }, this.golf.id(),
				new long[] { 30, 0, 0, 0 });
		long[] region = { 60, 0, 0, 0 };
		int now = 24324;

		SharedMonth month = new SharedMonth(null, List.of(this.hotaru, this.golf), region, guests, Map.of(),
				Map.of(now - 2, 8L, now - 1, 22L, now, 30L),
				Map.of(now - 2, new CohortStart(8, true), now - 1, new CohortStart(40, false)), TEN);

		assertThat(month.cohortOf(now - 2).suppressed()).isTrue();
		assertEveryHiddenCountKeepsItsInterval(month.suppression());
	}

	@Test
	void aHiddenCohortOfTheMonthIsNotNarrowedByTheSizeItBeganWith() {
		// Last month's cohort began with 12 (shown then), and 3 of them came again: with
		// 12 as its ceiling, the 3 must still lie in a range of ten.
		Map<UUID, long[]> guests = Map.of(this.hotaru.id(), new long[] { 30, 0, 0, 0 }, this.golf.id(),
				new long[] { 30, 0, 0, 0 });
		long[] region = { 60, 0, 0, 0 };
		int now = 24324;

		SharedMonth month = new SharedMonth(null, List.of(this.hotaru, this.golf), region, guests, Map.of(),
				Map.of(now - 1, 3L, now, 57L), Map.of(now - 1, new CohortStart(12, false)), TEN);

		assertThat(month.cohortOf(now - 1).suppressed()).isTrue();
		assertEveryHiddenCountKeepsItsInterval(month.suppression());
		assertThat(interval(month, SharedMonth.cohortKey(now - 1)).max()).isLessThanOrEqualTo(12.0);
	}

	@Test
	void everyMonthOfThreeHundredDrawnAtRandomKeepsEveryHiddenCountsInterval() {
		Random random = new Random(20261207);
		List<Facility> facilities = List.of(this.hotaru, this.clinic, this.golf, this.spa);
		for (int round = 0; round < 300; round++) {
			Map<UUID, long[]> guests = new HashMap<>();
			long[] most = new long[4];
			long[] sum = new long[4];
			for (Facility facility : facilities) {
				long[] counts = new long[4];
				for (int a = 0; a < 4; a++) {
					counts[a] = random.nextBoolean() ? random.nextInt(6) : random.nextInt(40);
					most[a] = Math.max(most[a], counts[a]);
					sum[a] += counts[a];
				}
				guests.put(facility.id(), counts);
			}
			long[] region = new long[4];
			for (int a = 0; a < 4; a++) {
				// Guests who came to two facilities are counted once in the region.
				region[a] = most[a] + ((sum[a] > most[a]) ? random.nextLong(sum[a] - most[a] + 1) : 0);
			}
			Map<UUID, Long> examined = Map.of(this.clinic.id(), (long) random.nextInt(15), this.spa.id(),
					(long) random.nextInt(15));
			Facility reader = (round % 5 == 0) ? null : facilities.get(round % facilities.size());

			SharedMonth month = new SharedMonth((reader != null) ? reader.id() : null, facilities, region, guests,
					examined, TEN);

			assertEveryHiddenCountKeepsItsInterval(month.suppression());
		}
	}

	@Test
	void aThresholdBelowFiveIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FiguresProperties(4));
		new ApplicationContextRunner().withUserConfiguration(FiguresConfiguration.class)
			.withPropertyValues("musubi.tourism.figures.threshold=4")
			.run((context) -> assertThat(context).hasFailed());
		new ApplicationContextRunner().withUserConfiguration(FiguresConfiguration.class)
			.run((context) -> assertThat(context.getBean(FiguresProperties.class).threshold()).isEqualTo(10));
	}

	private static Interval interval(SharedMonth month, String name) {
		CountTable table = month.suppression().table();
		for (int cell = 0; cell < table.size(); cell++) {
			if (table.name(cell).equals(name)) {
				return month.suppression().interval(cell);
			}
		}
		throw new AssertionError("No cell " + name);
	}

	/**
	 * Every hidden count's interval holds its value and is at least the threshold wide,
	 * and every small count the reader does not know is hidden.
	 */
	static void assertEveryHiddenCountKeepsItsInterval(Suppression suppression) {
		CountTable table = suppression.table();
		assertThat(suppression.exposed()).isEmpty();
		for (int cell : suppression.hidden()) {
			Interval interval = suppression.interval(cell);
			assertThat(interval.contains(table.value(cell)))
				.as("%s = %d in %s", table.name(cell), table.value(cell), interval)
				.isTrue();
			assertThat(interval.width()).as("%s in %s", table.name(cell), interval).isGreaterThanOrEqualTo(10.0);
		}
		for (int cell = 0; cell < table.size(); cell++) {
			if (!table.isKnown(cell) && table.value(cell) > 0 && table.value(cell) < 10) {
				assertThat(suppression.isHidden(cell)).as(table.name(cell)).isTrue();
			}
		}
	}

}
