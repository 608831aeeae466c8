package jp.musubi.tourism.guest;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuestRepository extends JpaRepository<Guest, UUID> {

	Optional<Guest> findByAccountId(UUID accountId);

}
