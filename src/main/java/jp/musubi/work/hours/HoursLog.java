package jp.musubi.work.hours;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.TeleworkHoursLogged;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.Contracts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members log the hours they teleworked on a contract, week by week. A week is logged
 * once and may be corrected; the figure is told to the insight module, which counts the
 * region's teleworkers.
 */
@Service
public class HoursLog {

	/** Nobody works more than this in a week; more is a typing mistake. */
	public static final BigDecimal MAX_HOURS = new BigDecimal("80");

	/** How far back a week may still be logged or corrected. */
	public static final int WEEKS_BACK = 12;

	private final TeleworkHoursRepository hours;

	private final Contracts contracts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HoursLog(TeleworkHoursRepository hours, Contracts contracts, ApplicationEventPublisher events, Clock clock) {
		this.hours = hours;
		this.contracts = contracts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Logs (or corrects) the week's hours; any day of the week names the week.
	 * @throws InputRefused when the hours or the week are not plausible
	 */
	@Transactional
	public TeleworkHours log(CurrentUser member, UUID contractId, LocalDate day, BigDecimal worked) {
		Contract contract = this.contracts.find(contractId);
		if (!contract.memberId().equals(member.accountId())) {
			throw new WorkAccess.Refused("Not the member of this contract");
		}
		if (worked == null || worked.signum() < 0 || worked.compareTo(MAX_HOURS) > 0 || worked.scale() > 1) {
			throw new InputRefused("hours", "work.hours.error.hours");
		}
		LocalDate thisWeek = weekOf(Dates.today(this.clock));
		if (day == null) {
			throw new InputRefused("week", "work.hours.error.week");
		}
		LocalDate week = weekOf(day);
		if (week.isAfter(thisWeek) || week.isBefore(thisWeek.minusWeeks(WEEKS_BACK))
				|| week.isBefore(weekOf(contract.terms().orderedOn()))) {
			throw new InputRefused("week", "work.hours.error.week");
		}
		TeleworkHours logged = this.hours.findByContractIdAndWeekStart(contractId, week).map((existing) -> {
			existing.correct(worked, this.clock.instant());
			return existing;
		})
			.orElseGet(() -> this.hours
				.save(new TeleworkHours(contractId, member.accountId(), week, worked, this.clock.instant())));
		this.events
			.publishEvent(new TeleworkHoursLogged(member.accountId(), contractId, week, worked, this.clock.instant()));
		return logged;
	}

	@Transactional(readOnly = true)
	public List<TeleworkHours> ofContract(CurrentUser user, UUID contractId) {
		this.contracts.view(user, contractId);
		return this.hours.findByContractIdOrderByWeekStartDesc(contractId);
	}

	/** The Monday of the day's week. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
