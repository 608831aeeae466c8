package jp.musubi.work.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface WorkRequestRepository extends JpaRepository<WorkRequest, UUID> {

	Page<WorkRequest> findByClientOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations, Pageable page);

	Page<WorkRequest> findByStatusOrderBySubmittedAtAsc(RequestStatus status, Pageable page);

	List<WorkRequest> findByStatus(RequestStatus status);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from WorkRequest r where r.id = :id")
	Optional<WorkRequest> findLocked(UUID id);

}
