package jp.musubi.tourism.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WalkInRepository extends JpaRepository<WalkIn, UUID> {

	List<WalkIn> findByFacilityIdAndDayOrderByRecordedAtDesc(UUID facilityId, LocalDate day);

	long countByFacilityId(UUID facilityId);

}
