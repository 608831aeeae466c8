package jp.musubi.insight.teleworkers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployedPopulationRepository extends JpaRepository<EmployedPopulation, UUID> {

	Optional<EmployedPopulation> findFirstByOrderByEnteredAtDesc();

	List<EmployedPopulation> findTop10ByOrderByEnteredAtDesc();

}
