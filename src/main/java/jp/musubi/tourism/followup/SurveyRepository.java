package jp.musubi.tourism.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

	Optional<Survey> findByTokenHash(String tokenHash);

	Optional<Survey> findByBookingId(UUID bookingId);

	boolean existsByBookingId(UUID bookingId);

	@Query("select s.id from Survey s where s.sentAt is null and s.dueAt <= :now order by s.dueAt")
	List<UUID> findDue(Instant now);

}
