package jp.musubi.work.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, UUID> {

	Optional<Contract> findByRequestId(UUID requestId);

	List<Contract> findByMemberIdOrderByCreatedAtDesc(UUID memberId);

	List<Contract> findByClientOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations);

	Page<Contract> findByClientOrganisationIdInOrderByCreatedAtDesc(List<UUID> organisations, Pageable page);

	List<Contract> findAllByOrderByCreatedAtDesc();

	Page<Contract> findAllByOrderByCreatedAtDesc(Pageable page);

	@Query("""
			select c from Contract c where c.memberId = :member or c.clientOrganisationId in :organisations
			order by c.createdAt desc""")
	Page<Contract> findByParty(UUID member, Collection<UUID> organisations, Pageable page);

}
