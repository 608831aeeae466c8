package jp.musubi.work.proposal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, UUID> {

	List<Proposal> findByRequestIdOrderByCreatedAt(UUID requestId);

	Optional<Proposal> findByRequestIdAndMemberId(UUID requestId, UUID memberId);

	List<Proposal> findByMemberIdOrderByCreatedAtDesc(UUID memberId);

	long countByRequestId(UUID requestId);

}
