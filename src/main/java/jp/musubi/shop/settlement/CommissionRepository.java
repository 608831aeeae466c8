package jp.musubi.shop.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionRepository extends JpaRepository<Commission, UUID> {

	Optional<Commission> findFirstByProducerIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDescSetAtDesc(
			UUID producerId, LocalDate day);

	List<Commission> findByProducerIdAndEffectiveFromGreaterThanOrderByEffectiveFrom(UUID producerId, LocalDate day);

}
