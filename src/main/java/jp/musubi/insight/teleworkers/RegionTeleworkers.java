package jp.musubi.insight.teleworkers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.insight.telework.TeleworkFigures;
import jp.musubi.platform.web.Dates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's teleworkers in the seed's definition, week by week: how many members
 * teleworked 8 hours or more over all their contracts, how many of them belong to each
 * declared group, and what share of the region's employed population they are against the
 * national 20 % goal.
 */
@Service
public class RegionTeleworkers {

	/** The longest source of an employed population figure that is kept. */
	public static final int SOURCE_LENGTH = EmployedPopulation.SOURCE_LENGTH;

	/** The most people employed in a region that is taken for one. */
	public static final int MAX_EMPLOYED = EmployedPopulation.MAX_EMPLOYED;

	/** How many complete weeks the page offers and draws. */
	static final int WEEKS = 12;

	private final ContractWeekRepository weeks;

	private final EmployedPopulationRepository populations;

	private final Accounts accounts;

	private final WeekGroups groups;

	private final Clock clock;

	RegionTeleworkers(ContractWeekRepository weeks, EmployedPopulationRepository populations, Accounts accounts,
			WeekGroups groups, Clock clock) {
		this.weeks = weeks;
		this.populations = populations;
		this.accounts = accounts;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The Monday of the last week that has ended, in Japan: the current week is still
	 * being logged, so its figure would only grow.
	 */
	LocalDate lastCompleteWeek() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Dates.JAPAN);
		return ContractWeek.mondayOf(today).minusWeeks(1);
	}

	/** The Mondays of the recent complete weeks, the latest first. */
	public List<LocalDate> recentWeeks() {
		LocalDate last = lastCompleteWeek();
		List<LocalDate> recent = new ArrayList<>();
		for (int back = 0; back < WEEKS; back++) {
			recent.add(last.minusWeeks(back));
		}
		return recent;
	}

	/** The members who were teleworkers in the day's week. */
	@Transactional(readOnly = true)
	List<UUID> teleworkersIn(LocalDate day) {
		return this.weeks.teleworkersIn(ContractWeek.mondayOf(day));
	}

	/**
	 * The figures for one of the recent weeks (any other week asked for is taken as the
	 * last complete one) and the trend over all of them.
	 */
	@Transactional(readOnly = true)
	public TeleworkerFigures figures(LocalDate requestedWeek) {
		List<LocalDate> recent = recentWeeks();
		LocalDate chosen = recent.contains(requestedWeek) ? requestedWeek : recent.get(0);
		Optional<EmployedPopulation> population = this.populations.findFirstByOrderByEnteredAtDesc();

		Map<LocalDate, List<UUID>> teleworkers = new HashMap<>();
		recent.forEach((week) -> teleworkers.put(week, new ArrayList<>()));
		this.weeks.memberWeeks(recent.get(recent.size() - 1), recent.get(0))
			.stream()
			.filter(MemberWeek::isTeleworker)
			.forEach((memberWeek) -> teleworkers.get(memberWeek.weekStart()).add(memberWeek.memberId()));

		List<WeekCount> trend = new ArrayList<>();
		for (int index = recent.size() - 1; index >= 0; index--) {
			LocalDate week = recent.get(index);
			trend.add(count(week, teleworkers.get(week).size(), population));
		}
		return new TeleworkerFigures(count(chosen, teleworkers.get(chosen).size(), population),
				this.groups.of(chosen, teleworkers.get(chosen)), trend, population.map(this::entry).orElse(null),
				TeleworkFigures.GOAL_PERCENT,
				population.map((entered) -> entered.teleworkersFor(TeleworkFigures.GOAL_PERCENT)).orElse(null));
	}

	/** A new figure for the employed population, which applies from now on. */
	@Transactional
	public void enterPopulation(UUID staffId, int employed, String source) {
		this.populations.save(new EmployedPopulation(employed, source, staffId, this.clock.instant()));
	}

	/** The latest entries of the employed population, the one that applies first. */
	@Transactional(readOnly = true)
	public List<PopulationEntry> populationHistory() {
		return this.populations.findTop10ByOrderByEnteredAtDesc().stream().map(this::entry).toList();
	}

	private static WeekCount count(LocalDate week, int teleworkers, Optional<EmployedPopulation> population) {
		return new WeekCount(week, teleworkers, population.map((entered) -> entered.shareOf(teleworkers)).orElse(null));
	}

	private PopulationEntry entry(EmployedPopulation population) {
		String enteredBy = this.accounts.person(population.enteredBy()).map(PersonSummary::displayName).orElse(null);
		return new PopulationEntry(population.employed(), population.source(), enteredBy, population.enteredAt());
	}

}
