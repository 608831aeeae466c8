package jp.musubi.tourism.facility;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacilityRepository extends JpaRepository<Facility, UUID> {

	Optional<Facility> findByOrganisationId(UUID organisationId);

	List<Facility> findByOrganisationIdIn(Collection<UUID> organisationIds);

	List<Facility> findAllByOrderByName();

}
