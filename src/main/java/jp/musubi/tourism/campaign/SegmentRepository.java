package jp.musubi.tourism.campaign;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentRepository extends JpaRepository<Segment, UUID> {

	List<Segment> findAllByOrderByNameAsc();

}
