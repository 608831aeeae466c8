package jp.musubi.tourism.facility;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityRepository extends JpaRepository<Capacity, UUID> {

	List<Capacity> findByFacilityIdOrderByName(UUID facilityId);

	List<Capacity> findByActiveTrueOrderByName();

}
