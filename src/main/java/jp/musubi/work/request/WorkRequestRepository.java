package jp.musubi.work.request;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkRequestRepository extends JpaRepository<WorkRequest, UUID> {

	Page<WorkRequest> findByClientOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations, Pageable page);

	Page<WorkRequest> findByStatusOrderBySubmittedAtAsc(RequestStatus status, Pageable page);

	List<WorkRequest> findByStatus(RequestStatus status);

}
