package jp.musubi.broadcast.channel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.Visibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelRepository extends JpaRepository<Channel, UUID> {

	List<Channel> findByOrganisationIdInOrderByName(List<UUID> organisationIds);

	List<Channel> findByVisibilityInOrderByName(List<Visibility> visibilities);

	Optional<Channel> findByStreamKeyHash(String streamKeyHash);

}
