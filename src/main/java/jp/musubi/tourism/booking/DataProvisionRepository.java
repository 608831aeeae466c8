package jp.musubi.tourism.booking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataProvisionRepository extends JpaRepository<DataProvision, UUID> {

	Page<DataProvision> findByGuestIdOrderByProvidedAtDesc(UUID guestId, Pageable pageable);

	List<DataProvision> findByBookingId(UUID bookingId);

}
