package jp.musubi.tourism.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckupFollowUpRepository extends JpaRepository<CheckupFollowUp, UUID> {

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
