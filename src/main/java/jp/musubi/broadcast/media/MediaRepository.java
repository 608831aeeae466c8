package jp.musubi.broadcast.media;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MediaRepository extends JpaRepository<Media, UUID> {

	Page<Media> findByChannelIdOrderByCreatedAtDesc(UUID channelId, Pageable pageable);

	@Query("SELECT m FROM Media m WHERE m.channelId = :channelId AND m.status IN ('READY', 'LIVE') ORDER BY m.createdAt DESC")
	Page<Media> findShown(UUID channelId, Pageable pageable);

	/**
	 * Progress written past the entity's version: the job reports it many times a minute
	 * and must not collide with an owner renaming the video meanwhile.
	 */
	@Modifying
	@Query("UPDATE Media m SET m.progress = :percent WHERE m.id = :id AND m.status = 'PROCESSING' AND m.progress < :percent")
	int reportProgress(UUID id, int percent);

	boolean existsByIdAndStatus(UUID id, MediaStatus status);

}
