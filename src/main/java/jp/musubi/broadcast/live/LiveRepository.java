package jp.musubi.broadcast.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LiveRepository extends JpaRepository<Live, UUID> {

	Optional<Live> findFirstByChannelIdAndStateOrderByStartedAtDesc(UUID channelId, LiveState state);

	Optional<Live> findByMediaId(UUID mediaId);

	List<Live> findByStateAndLastSegmentAtBefore(LiveState state, Instant before);

}
