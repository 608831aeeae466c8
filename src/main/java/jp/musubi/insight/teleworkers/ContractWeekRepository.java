package jp.musubi.insight.teleworkers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractWeekRepository extends JpaRepository<ContractWeek, UUID> {

	Optional<ContractWeek> findByContractIdAndWeekStart(UUID contractId, LocalDate weekStart);

	/** Each member's hours per week over all their contracts, for the weeks given. */
	@Query("""
			select new jp.musubi.insight.teleworkers.MemberWeek(c.weekStart, c.memberId, sum(c.hours))
			from ContractWeek c where c.weekStart between :first and :last
			group by c.weekStart, c.memberId""")
	List<MemberWeek> memberWeeks(LocalDate first, LocalDate last);

	/** The members who were teleworkers in the week starting on the Monday. */
	default List<UUID> teleworkersIn(LocalDate monday) {
		return memberWeeks(monday, monday).stream().filter(MemberWeek::isTeleworker).map(MemberWeek::memberId).toList();
	}

}
