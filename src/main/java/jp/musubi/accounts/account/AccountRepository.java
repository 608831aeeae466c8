package jp.musubi.accounts.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("""
			select a from Account a
			where a.status <> jp.musubi.accounts.account.AccountStatus.ERASED
			and (:words is null or lower(a.email) like :words or lower(a.profile.familyName) like :words
			or lower(a.profile.givenName) like :words or a.profile.familyNameKana like :reading
			or a.profile.givenNameKana like :reading)""")
	Page<Account> search(@Param("words") String words, @Param("reading") String reading, Pageable page);

	@Query("select count(a) from Account a join a.roles r where r = jp.musubi.platform.security.Role.ADMIN "
			+ "and a.status = jp.musubi.accounts.account.AccountStatus.ACTIVE")
	long countActiveAdmins();

}
