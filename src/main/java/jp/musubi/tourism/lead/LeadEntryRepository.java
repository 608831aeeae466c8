package jp.musubi.tourism.lead;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LeadEntryRepository extends JpaRepository<LeadEntry, UUID> {

	List<LeadEntry> findByLeadIdOrderByEnteredAtAscIdAsc(UUID leadId);

}
