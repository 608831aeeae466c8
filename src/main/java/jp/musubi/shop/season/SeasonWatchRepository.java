package jp.musubi.shop.season;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeasonWatchRepository extends JpaRepository<SeasonWatch, UUID> {

	Optional<SeasonWatch> findByProductIdAndPersonId(UUID productId, UUID personId);

	Optional<SeasonWatch> findByToken(String token);

	@Query("SELECT DISTINCT w.productId FROM SeasonWatch w WHERE w.toldAt IS NULL")
	List<UUID> findWatchedProducts();

	List<SeasonWatch> findByProductIdAndToldAtIsNull(UUID productId);

}
