package jp.musubi.tourism.privacy;

import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.tourism.guest.Guests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * What the tourism CRM does when a person erases their account (APPI article 35). Their
 * survey answers lose their words (the score stays in the figures), with the words the
 * figures took from them; their inquiries go with their history; where they noted a lead
 * as staff, their name becomes a pseudonym. Then the guest record forgets them
 * ({@link Guests#forget}), which withdraws every consent, so a clinic's checkup follow-up
 * goes too.
 * <p>
 * Kept, without anything that leads back to them: bookings, check-ins and the records of
 * data given to facilities (APPI article 29 asks for those to be kept, up to three
 * years), under a guest record that no longer has an account.
 */
@Service
class GuestErasure {

	private static final String SURVEYS = "SELECT id FROM survey WHERE guest_id IN (SELECT id FROM guest WHERE account_id = :person)";

	private final JdbcClient jdbc;

	private final Guests guests;

	GuestErasure(JdbcClient jdbc, Guests guests) {
		this.jdbc = jdbc;
		this.guests = guests;
	}

	@ApplicationModuleListener
	void on(AccountErased erased) {
		UUID person = erased.accountId();
		this.jdbc.sql("DELETE FROM figure_survey_noun WHERE survey_id IN (" + SURVEYS + ")")
			.param("person", person)
			.update();
		this.jdbc.sql("UPDATE survey SET answer = NULL WHERE id IN (" + SURVEYS + ")").param("person", person).update();
		this.jdbc.sql("DELETE FROM sales_lead WHERE account_id = :person").param("person", person).update();
		this.jdbc.sql("UPDATE sales_lead_entry SET actor_name = :pseudonym WHERE actor_id = :person")
			.param("pseudonym", AccountErased.pseudonym())
			.param("person", person)
			.update();
		this.guests.forget(person);
	}

}
