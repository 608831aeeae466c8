package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.platform.web.Dates;
import jp.musubi.support.MovableClock;
import jp.musubi.work.TeleworkHoursLogged;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weeks of telework for tests. The region's figures count everyone, and every test of the
 * run shares one database, so each test counts in weeks nobody else uses: years from now,
 * and far enough from each other that no two twelve-week trends overlap.
 */
final class TeleworkWeeks {

	private static final LocalDate FIRST = LocalDate.now(Dates.JAPAN)
		.plusYears(5)
		.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

	private static final AtomicInteger TAKEN = new AtomicInteger();

	private TeleworkWeeks() {
	}

	/** The Monday of a week no other test of the run counts in. */
	static LocalDate unused() {
		return FIRST.plusWeeks(TAKEN.getAndIncrement() * (RegionTeleworkers.WEEKS + 1L));
	}

	/**
	 * Moves the application's clock to the middle of the week after a week no other test
	 * uses, which makes that week the last complete one the page shows.
	 * @return the Monday of that week
	 */
	static LocalDate lastCompleteWeekOfItsOwn(MovableClock clock) {
		LocalDate week = unused();
		Instant wednesdayNoonAfter = week.plusWeeks(1).plusDays(2).atTime(12, 0).atZone(Dates.JAPAN).toInstant();
		clock.reset();
		clock.advance(Duration.between(Instant.now(), wednesdayNoonAfter));
		return week;
	}

	static TeleworkHoursLogged logged(UUID memberId, UUID contractId, LocalDate week, String hours) {
		return new TeleworkHoursLogged(memberId, contractId, week, new BigDecimal(hours), Instant.now());
	}

	/**
	 * Publishes the event as the work module does, in a transaction, and waits until the
	 * insight module has handled it once more.
	 */
	static void deliver(Scenario scenario, CompletedEventPublications completed, TeleworkHoursLogged event) {
		long before = deliveries(completed, event);
		scenario.publish(event)
			.andWaitForStateChange(() -> deliveries(completed, event), (count) -> count > before)
			.andVerify((count) -> assertThat(count).isEqualTo(before + 1));
	}

	private static long deliveries(CompletedEventPublications completed, TeleworkHoursLogged event) {
		return completed.findAll().stream().filter((publication) -> event.equals(publication.getEvent())).count();
	}

}
