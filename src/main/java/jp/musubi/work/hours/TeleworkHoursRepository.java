package jp.musubi.work.hours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeleworkHoursRepository extends JpaRepository<TeleworkHours, UUID> {

	Optional<TeleworkHours> findByContractIdAndWeekStart(UUID contractId, LocalDate weekStart);

	List<TeleworkHours> findByContractIdOrderByWeekStartDesc(UUID contractId);

}
