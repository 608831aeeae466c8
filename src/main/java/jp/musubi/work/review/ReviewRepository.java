package jp.musubi.work.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

	List<Review> findByContractId(UUID contractId);

	Page<Review> findByRevieweeIdOrderByCreatedAtDesc(UUID revieweeId, Pageable page);

}
