package jp.musubi.work;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
 * The work exchange on its own, with only the platform beside it: it starts without the
 * accounts module, and when told an account was erased it deletes the member's profile
 * and takes their words and name off what the other party keeps.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
// A search index of its own: the whole application's context, cached beside this one,
// holds the write lock of the shared one, and erasing a profile deletes its document.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/work-module-search" })
class WorkModuleTests {

	/**
	 * Asked for clients' and members' names by pages and mails these tests do not reach.
	 */
	@MockitoBean
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedMembersProfileIsGoneAndTheirProposalAndMessagesKeepNeitherTheirWordsNorTheirName(Scenario scenario) {
		UUID member = UUID.randomUUID();
		UUID request = UUID.randomUUID();
		UUID proposal = UUID.randomUUID();
		UUID thread = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		Date inAMonth = Date.valueOf(LocalDate.now().plusMonths(1));
		this.jdbc
			.sql("""
					INSERT INTO work_profile (account_id, introduction, hours_per_week, prefecture, rating_sum, rating_count,
					finished_contracts, updated_at, version)
					VALUES (?, '水彩の挿絵を描いています', 20, '07', 0, 0, 0, ?, 0)""")
			.params(member, now)
			.update();
		this.jdbc.sql("""
				INSERT INTO work_request (id, client_organisation_id, created_by, title, description, category, pricing,
				budget, deadline, remote, status, created_at, published_at, version)
				VALUES (?, ?, ?, '観光案内の挿絵', '挿絵を五点', 'ILLUSTRATION', 'FIXED', 50000, ?, true, 'PUBLISHED', ?, ?, 0)""")
			.params(request, UUID.randomUUID(), UUID.randomUUID(), inAMonth, now, now)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO proposal (id, request_id, member_id, message, price, delivery_date, status, created_at, version)
					VALUES (?, ?, ?, '水彩で描けます', 50000, ?, 'SUBMITTED', ?, 0)""")
			.params(proposal, request, member, inAMonth, now)
			.update();
		this.jdbc
			.sql("INSERT INTO message_thread (id, subject_type, subject_id, created_at) VALUES (?, 'REQUEST', ?, ?)")
			.params(thread, request, now)
			.update();
		this.jdbc.sql("""
				INSERT INTO thread_message (id, thread_id, author_id, author_name, body, created_at)
				VALUES (?, ?, ?, '会津 花子', '挿絵は何点でしょうか', ?)""").params(UUID.randomUUID(), thread, member, now).update();

		scenario.publish(new AccountErased(member))
			.andWaitForStateChange(() -> this.jdbc.sql("SELECT count(*) FROM work_profile WHERE account_id = ?")
				.param(member)
				.query(Long.class)
				.single() == 0)
			.andVerify((profileGone) -> {
				assertThat(this.jdbc.sql("SELECT status, message FROM proposal WHERE id = ?")
					.param(proposal)
					.query()
					.singleRow()).containsEntry("status", "WITHDRAWN").containsEntry("message", "");
				Map<String, Object> message = this.jdbc
					.sql("SELECT author_id, author_name, body FROM thread_message WHERE thread_id = ?")
					.param(thread)
					.query()
					.singleRow();
				// Still there, so the client can follow the conversation, but by nobody
				// they can name.
				assertThat(message).containsEntry("author_id", member).containsEntry("body", "");
				assertThat((String) message.get("author_name")).doesNotContain("会津").matches("#[0-9a-f]{8}");
			});
	}

}
