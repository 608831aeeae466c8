package jp.musubi.work.contract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, UUID> {

	Optional<Contract> findByRequestId(UUID requestId);

	List<Contract> findByMemberIdOrderByCreatedAtDesc(UUID memberId);

	List<Contract> findByClientOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations);

	List<Contract> findAllByOrderByCreatedAtDesc();

}
