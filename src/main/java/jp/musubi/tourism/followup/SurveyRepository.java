package jp.musubi.tourism.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

	/** The survey, locked, so two runs of the job never mail it twice. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Survey s where s.id = :id")
	Optional<Survey> findLocked(UUID id);

	Optional<Survey> findByTokenHash(String tokenHash);

	Optional<Survey> findByBookingId(UUID bookingId);

	boolean existsByBookingId(UUID bookingId);

	@Query("select s.id from Survey s where s.sentAt is null and s.dueAt <= :now order by s.dueAt")
	List<UUID> findDue(Instant now);

}
