package jp.musubi.tourism.lead;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, UUID> {

	@Query("""
			select l from Lead l
			where (:status is null or l.status = :status) and (:source is null or l.source = :source)
			order by l.createdAt desc, l.id""")
	Page<Lead> search(LeadStatus status, LeadSource source, Pageable pageable);

}
