package jp.musubi.tourism.checkin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

	Optional<CheckIn> findByBookingIdAndFacilityIdAndDay(UUID bookingId, UUID facilityId, LocalDate day);

	boolean existsByBookingId(UUID bookingId);

	List<CheckIn> findByFacilityIdAndDayAndBookingIdIn(UUID facilityId, LocalDate day, Collection<UUID> bookingIds);

	long countByFacilityIdAndBookingId(UUID facilityId, UUID bookingId);

}
