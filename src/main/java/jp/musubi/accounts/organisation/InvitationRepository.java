package jp.musubi.accounts.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

	@Modifying
	@Query("delete from Invitation i where i.email = :email")
	int deleteAddressedTo(@Param("email") String email);

}
