package jp.musubi.tourism.booking;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, UUID> {

	Optional<Booking> findByNumber(String number);

	/**
	 * The booking, locked until the transaction ends, so two changes of it wait in turn.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.id = :id")
	Optional<Booking> findLocked(UUID id);

	Optional<Booking> findByCheckInToken(String token);

	boolean existsByNumber(String number);

	java.util.List<Booking> findByRedemptionCodeOrderByCreatedAtAsc(String redemptionCode);

	Page<Booking> findByGuestIdOrderByArrivalDesc(UUID guestId, Pageable pageable);

	java.util.List<Booking> findByStatusAndDepartureBetweenOrderByDeparture(BookingStatus status,
			java.time.LocalDate first, java.time.LocalDate last);

	@Query("""
			select distinct b from Booking b join b.lines l
			where l.facilityId = :facilityId and b.arrival <= :last and b.departure >= :first
			order by b.arrival, b.number""")
	Page<Booking> findAtFacility(UUID facilityId, java.time.LocalDate first, java.time.LocalDate last,
			Pageable pageable);

}
