package jp.musubi.work.privacy;

import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.work.profile.WorkProfileRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * What the work exchange does when a person erases their account (APPI article 35). The
 * work profile (introduction, links, prefecture, hours, skills, registration number) is
 * deleted, and with it its document in the member search index. Open proposals are
 * withdrawn and the words of every proposal, message and review the person wrote are
 * removed; reviews of them go with their profile.
 *
 * <p>
 * Kept, because a law asks for it: contracts with their terms, milestones and
 * deliverables (the client keeps written terms of work ordered from a freelancer,
 * Freelance Act article 3 and the MHLW telework guideline, and contracts as records for
 * seven years, Corporation Tax Act), and invoices with their payments (a qualified
 * invoice and its counterpart are kept for seven years, Consumption Tax Act articles 30
 * and 57-4; the issuer's name and registration number are part of what the invoice must
 * say, so they stay on it). On every contract and message the person's name is replaced
 * by a pseudonym, one per person, so the other party can still follow the conversation
 * without learning who it was. The hours logged under contracts stay, under the account's
 * id only, because the region's teleworker figures are counted from them.
 */
@Service
class MemberErasure {

	private final WorkProfileRepository profiles;

	private final JdbcClient jdbc;

	MemberErasure(WorkProfileRepository profiles, JdbcClient jdbc) {
		this.profiles = profiles;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountErased erased) {
		UUID person = erased.accountId();
		// Deleted through JPA so that Hibernate Search removes the member's document too.
		this.profiles.findById(person).ifPresent(this.profiles::delete);
		this.profiles.flush();
		String pseudonym = AccountErased.pseudonym();
		this.jdbc
			.sql("""
					UPDATE proposal SET message = '', version = version + 1, status = CASE WHEN status IN ('SUBMITTED', 'SHORTLISTED')
					THEN 'WITHDRAWN' ELSE status END WHERE member_id = :person""")
			.param("person", person)
			.update();
		this.jdbc.sql("UPDATE contract SET member_name = :pseudonym, version = version + 1 WHERE member_id = :person")
			.param("pseudonym", pseudonym)
			.param("person", person)
			.update();
		this.jdbc.sql("UPDATE thread_message SET author_name = :pseudonym, body = '' WHERE author_id = :person")
			.param("pseudonym", pseudonym)
			.param("person", person)
			.update();
		this.jdbc.sql("UPDATE review SET comment = NULL WHERE reviewer_id = :person").param("person", person).update();
		this.jdbc.sql("DELETE FROM review WHERE reviewee_id = :person").param("person", person).update();
	}

}
