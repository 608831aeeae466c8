package jp.musubi.tourism.programme;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

	Page<Programme> findByPublishedTrueOrderByCode(Pageable pageable);

	List<Programme> findAllByOrderByCode();

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, UUID id);

}
