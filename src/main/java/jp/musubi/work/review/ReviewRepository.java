package jp.musubi.work.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

	List<Review> findByContractId(UUID contractId);

	List<Review> findByRevieweeIdOrderByCreatedAtDesc(UUID revieweeId);

}
