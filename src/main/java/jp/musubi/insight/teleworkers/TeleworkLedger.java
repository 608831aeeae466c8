package jp.musubi.insight.teleworkers;

import java.time.LocalDate;

import jp.musubi.work.TeleworkHoursLogged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the insight module's copy of the telework hours from the work module's events.
 * The event publication log may deliver an event again after a crash, and a member may
 * correct a week, so every event overwrites the contract's week rather than adding to it.
 */
@Component
class TeleworkLedger {

	private final ContractWeekRepository weeks;

	TeleworkLedger(ContractWeekRepository weeks) {
		this.weeks = weeks;
	}

	/**
	 * Any day names its week (Monday to Sunday). The work module sends the Monday; a week
	 * kept under another day would be missed by the counts.
	 */
	@ApplicationModuleListener
	void on(TeleworkHoursLogged logged) {
		LocalDate monday = ContractWeek.mondayOf(logged.weekStart());
		this.weeks.findByContractIdAndWeekStart(logged.contractId(), monday)
			.ifPresentOrElse((week) -> week.report(logged.memberId(), logged.hours(), logged.loggedAt()),
					() -> this.weeks.save(new ContractWeek(logged.contractId(), monday, logged.memberId(),
							logged.hours(), logged.loggedAt())));
	}

}
