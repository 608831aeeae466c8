package jp.musubi.shop.settlement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettlementRepository extends JpaRepository<Settlement, UUID> {

	Optional<Settlement> findByProducerIdAndMonth(UUID producerId, String month);

	List<Settlement> findByMonth(String month);

	List<Settlement> findByProducerIdOrderByMonthDesc(UUID producerId);

	Optional<Settlement> findFirstByProducerIdAndMonthLessThanOrderByMonthDesc(UUID producerId, String month);

	Optional<Settlement> findFirstByProducerIdAndIdNotAndExportedAtIsNotNullOrderByExportedAtDesc(UUID producerId,
			UUID id);

}
