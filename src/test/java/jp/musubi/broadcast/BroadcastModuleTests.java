package jp.musubi.broadcast;

import java.sql.Timestamp;
import java.time.Instant;
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
 * The broadcasting station on its own, with only the platform beside it: it starts
 * without the accounts module, and when told an account was erased its uploads stay on
 * their channel without saying who uploaded them.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false" })
class BroadcastModuleTests {

	/**
	 * Asked who runs a channel and who may watch it, by pages these tests do not open.
	 */
	@MockitoBean
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedUploadersPhotosStayOnTheirChannelWithoutTheirName(Scenario scenario) {
		UUID person = UUID.randomUUID();
		UUID someoneElse = UUID.randomUUID();
		UUID channel = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO broadcast_channel (id, organisation_id, name, visibility, created_at, version)
				VALUES (?, ?, '町の広報', 'PUBLIC', ?, 0)""").params(channel, UUID.randomUUID(), now).update();
		UUID theirs = photo(channel, person, "紅葉の大内宿", now);
		UUID others = photo(channel, someoneElse, "雪の鶴ヶ城", now);

		scenario.publish(new AccountErased(person))
			.andWaitForStateChange(() -> anonymous(theirs))
			.andVerify((anonymous) -> {
				assertThat(this.jdbc.sql("SELECT title FROM broadcast_media WHERE channel_id = ?")
					.param(channel)
					.query(String.class)
					.list()).containsExactlyInAnyOrder("紅葉の大内宿", "雪の鶴ヶ城");
				assertThat(this.jdbc.sql("SELECT uploaded_by FROM broadcast_media WHERE id = ?")
					.param(others)
					.query(UUID.class)
					.single()).as("someone else's photo").isEqualTo(someoneElse);
			});
	}

	private UUID photo(UUID channel, UUID uploader, String title, Timestamp now) {
		UUID photo = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO broadcast_media (id, channel_id, kind, title, status, progress, uploaded_by, created_at,
				ready_at, version)
				VALUES (?, ?, 'PHOTO', ?, 'READY', 100, ?, ?, ?, 0)""")
			.params(photo, channel, title, uploader, now, now)
			.update();
		return photo;
	}

	private boolean anonymous(UUID media) {
		return this.jdbc.sql("SELECT count(*) FROM broadcast_media WHERE id = ? AND uploaded_by IS NULL")
			.param(media)
			.query(Long.class)
			.single() == 1;
	}

}
