package jp.musubi.work.proposal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, UUID> {

	List<Proposal> findByRequestIdOrderByCreatedAt(UUID requestId);

	Optional<Proposal> findByRequestIdAndMemberId(UUID requestId, UUID memberId);

	/** Only the request's id, leaving the proposal itself to be read later. */
	@Query("select p.requestId from Proposal p where p.id = :id")
	Optional<UUID> findRequestIdById(UUID id);

	List<Proposal> findByMemberIdOrderByCreatedAtDesc(UUID memberId);

	Page<Proposal> findByMemberIdOrderByCreatedAtDesc(UUID memberId, Pageable page);

	long countByRequestId(UUID requestId);

}
