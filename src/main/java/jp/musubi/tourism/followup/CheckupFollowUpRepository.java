package jp.musubi.tourism.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckupFollowUpRepository extends JpaRepository<CheckupFollowUp, UUID> {

	/** The follow-up, locked, so two runs of the job never remind twice. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CheckupFollowUp c where c.id = :id")
	Optional<CheckupFollowUp> findLocked(UUID id);

	Page<CheckupFollowUp> findByFacilityIdOrderByRecordedAtDesc(UUID facilityId, Pageable pageable);

	List<CheckupFollowUp> findByGuestIdOrderByExaminedOnDesc(UUID guestId);

	@Query("""
			select c.id from CheckupFollowUp c
			where c.reminderSentAt is null and c.nextCheckupOn > :today and c.nextCheckupOn <= :last
			order by c.nextCheckupOn""")
	List<UUID> findReminderDue(LocalDate today, LocalDate last);

	@Modifying
	@Query("delete from CheckupFollowUp c where c.guestId = :guestId")
	int deleteByGuest(UUID guestId);

}
