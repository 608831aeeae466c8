package jp.musubi.accounts.organisation;

import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	@Query("select o from Organisation o join o.memberships m where m.accountId = :accountId order by o.name")
	List<Organisation> findByMember(@Param("accountId") UUID accountId);

	List<Organisation> findByType(OrganisationType type);

	@Query("select o from Organisation o where :words is null or o.searchText like :words")
	Page<Organisation> search(@Param("words") String words, Pageable page);

}
