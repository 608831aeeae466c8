package jp.musubi.insight.teleworkers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's teleworkers in the seed's definition, week by week: the members who
 * teleworked 8 hours or more over all their contracts.
 */
@Service
class RegionTeleworkers {

	/** How many complete weeks the page offers and draws. */
	static final int WEEKS = 12;

	private final ContractWeekRepository weeks;

	RegionTeleworkers(ContractWeekRepository weeks) {
		this.weeks = weeks;
	}

	/** The members who were teleworkers in the day's week. */
	@Transactional(readOnly = true)
	List<UUID> teleworkersIn(LocalDate day) {
		LocalDate monday = ContractWeek.mondayOf(day);
		return this.weeks.memberWeeks(monday, monday)
			.stream()
			.filter(MemberWeek::isTeleworker)
			.map(MemberWeek::memberId)
			.toList();
	}

}
