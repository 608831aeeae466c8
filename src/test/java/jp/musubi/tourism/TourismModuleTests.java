package jp.musubi.tourism;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.accounts.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tourism CRM on its own, with only the platform beside it: it starts without the
 * accounts module, and forgets a person whose account the accounts module says was
 * erased, keeping the guest record its bookings stand on.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false" })
class TourismModuleTests {

	/** Asked for people's and organisations' names by pages these tests do not open. */
	@MockitoBean
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedAccountLeavesAGuestRecordWithoutAnythingThatLeadsBackToThePerson(Scenario scenario) {
		UUID person = UUID.randomUUID();
		UUID guest = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("""
					INSERT INTO guest (id, account_id, language, origin_country, origin_prefecture, origin_city, target_area,
					interests, marketing_consent_at, marketing_consent_version, health_consent_at, health_consent_version,
					sharing_consent_at, sharing_consent_version, created_at, version)
					VALUES (?, ?, 'ja', 'JP', '13', '世田谷区', 'SHUTOKEN', 'HEALTH_CHECKUP,ONSEN', ?, '2026-11', ?, '2026-11', ?,
					'2026-11', ?, 0)""")
			.params(guest, person, now, now, now, now)
			.update();
		UUID inquiry = lead(person, now);
		UUID handled = lead(null, now);
		this.jdbc
			.sql("""
					INSERT INTO sales_lead_entry (id, lead_id, status_from, status_to, note, actor_id, actor_name, entered_at)
					VALUES (?, ?, 'NEW', 'CONTACTED', '電話で案内済み', ?, '湯川 花子', ?)""")
			.params(UUID.randomUUID(), handled, person, now)
			.update();

		scenario.publish(new AccountErased(person))
			.andWaitForStateChange(() -> count("SELECT count(*) FROM guest WHERE account_id = ?", person) == 0)
			.andVerify((forgotten) -> {
				Map<String, Object> kept = this.jdbc.sql("SELECT * FROM guest WHERE id = ?")
					.param(guest)
					.query()
					.singleRow();
				// Kept for the bookings and check-ins under it, with nothing that names
				// the person.
				assertThat(kept).containsEntry("origin_country", "JP")
					.containsEntry("origin_prefecture", "13")
					.containsEntry("target_area", "SHUTOKEN");
				assertThat(kept)
					.extractingByKeys("account_id", "origin_city", "interests", "marketing_consent_at",
							"health_consent_at", "sharing_consent_at", "marketing_consent_version",
							"health_consent_version", "sharing_consent_version")
					.containsOnlyNulls();
				assertThat(count("SELECT count(*) FROM sales_lead WHERE id = ?", inquiry)).as("their inquiry").isZero();
				assertThat(count("SELECT count(*) FROM sales_lead WHERE id = ?", handled)).as("a lead they noted")
					.isEqualTo(1);
				String actor = this.jdbc.sql("SELECT actor_name FROM sales_lead_entry WHERE lead_id = ?")
					.param(handled)
					.query(String.class)
					.single();
				assertThat(actor).doesNotContain("湯川").matches("#[0-9a-f]{8}");
			});
	}

	private UUID lead(UUID account, Timestamp now) {
		UUID lead = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO sales_lead (id, source, status, name, email, message, contact_consent, account_id, created_at,
					updated_at, version)
					VALUES (?, 'PORTAL', 'NEW', '湯治 太郎', ?, '秋の湯治について', true, ?, ?, ?, 0)""")
			.params(lead, lead + "@example.jp", account, now, now)
			.update();
		return lead;
	}

	private long count(String sql, UUID id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

}
