package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.AgentDirectory;
import jp.musubi.work.TeleworkHoursLogged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static jp.musubi.insight.teleworkers.TeleworkWeeks.deliver;
import static jp.musubi.insight.teleworkers.TeleworkWeeks.logged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight module on its own, fed the work module's events: it starts without the work
 * module, and counts the teleworkers of the seed's definition from the hours it is told,
 * however often it is told them.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false" })
class TeleworkersModuleTests {

	/** The directory page searches the accounts module, which these tests leave out. */
	@MockitoBean
	AgentDirectory directory;

	/** Asked only for groups, which the page tests count with real consent. */
	@MockitoBean
	Accounts accounts;

	@Autowired
	RegionTeleworkers teleworkers;

	@Autowired
	CompletedEventPublications completed;

	@Test
	void aMemberIsATeleworkerFromEightHoursAWeekOverAllTheirContracts(Scenario scenario) {
		LocalDate week = TeleworkWeeks.unused();
		UUID twoContracts = UUID.randomUUID();
		UUID oneContract = UUID.randomUUID();

		deliver(scenario, this.completed, logged(twoContracts, UUID.randomUUID(), week, "7"));
		deliver(scenario, this.completed, logged(twoContracts, UUID.randomUUID(), week, "2"));
		deliver(scenario, this.completed, logged(oneContract, UUID.randomUUID(), week, "7.5"));

		assertThat(this.teleworkers.teleworkersIn(week)).containsExactly(twoContracts);
		assertThat(this.teleworkers.teleworkersIn(week.plusWeeks(1))).isEmpty();
	}

	@Test
	void theSameEventDeliveredAgainCountsOnce(Scenario scenario) {
		LocalDate week = TeleworkWeeks.unused();
		UUID member = UUID.randomUUID();
		var logged = logged(member, UUID.randomUUID(), week, "4.5");

		deliver(scenario, this.completed, logged);
		deliver(scenario, this.completed, logged);

		assertThat(this.teleworkers.teleworkersIn(week)).as("4.5 hours, not 9").isEmpty();
	}

	@Test
	void aCorrectedWeekReplacesTheHoursItHadBefore(Scenario scenario) {
		LocalDate week = TeleworkWeeks.unused();
		UUID member = UUID.randomUUID();
		UUID contract = UUID.randomUUID();

		deliver(scenario, this.completed, logged(member, contract, week, "12"));
		assertThat(this.teleworkers.teleworkersIn(week)).containsExactly(member);

		deliver(scenario, this.completed, logged(member, contract, week, "6"));
		assertThat(this.teleworkers.teleworkersIn(week)).isEmpty();
	}

	@Test
	void anOlderFigureHandledLateDoesNotReplaceANewerOne(Scenario scenario) {
		LocalDate week = TeleworkWeeks.unused();
		UUID member = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		Instant first = Instant.now();

		deliver(scenario, this.completed,
				new TeleworkHoursLogged(member, contract, week, new BigDecimal("10"), first.plusSeconds(5)));
		deliver(scenario, this.completed, new TeleworkHoursLogged(member, contract, week, new BigDecimal("3"), first));
		assertThat(this.teleworkers.teleworkersIn(week)).containsExactly(member);
	}

	@Test
	void anyDayOfTheWeekNamesTheWeek(Scenario scenario) {
		LocalDate monday = TeleworkWeeks.unused();
		UUID member = UUID.randomUUID();

		deliver(scenario, this.completed, logged(member, UUID.randomUUID(), monday.plusDays(2), "5"));
		deliver(scenario, this.completed, logged(member, UUID.randomUUID(), monday, "4"));

		assertThat(this.teleworkers.teleworkersIn(monday.plusDays(6))).containsExactly(member);
	}

}
