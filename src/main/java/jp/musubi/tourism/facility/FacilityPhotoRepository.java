package jp.musubi.tourism.facility;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacilityPhotoRepository extends JpaRepository<FacilityPhoto, UUID> {

	List<FacilityPhoto> findByFacilityIdOrderByPosition(UUID facilityId);

	long countByFacilityId(UUID facilityId);

}
