package jp.musubi.broadcast.channel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.Visibility;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChannelRepository extends JpaRepository<Channel, UUID> {

	List<Channel> findByOrganisationIdInOrderByName(List<UUID> organisationIds);

	List<Channel> findByVisibilityInOrderByName(List<Visibility> visibilities);

	Optional<Channel> findByStreamKeyHash(String streamKeyHash);

	@Query(value = "SELECT COUNT(*) > 0 FROM broadcast_channel_viewer WHERE channel_id = ?1 AND account_id = ?2",
			nativeQuery = true)
	boolean isInvited(UUID channelId, UUID accountId);

	@Query(value = "SELECT channel_id FROM broadcast_channel_viewer WHERE account_id = ?1", nativeQuery = true)
	List<UUID> invitedTo(UUID accountId);

}
