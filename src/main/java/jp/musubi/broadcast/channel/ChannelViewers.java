package jp.musubi.broadcast.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is invited to which private channel: every read and write of the invitations.
 * Through JDBC rather than native JPA queries, since JPA hands a native query's UUID
 * column back as H2 gives it (bytes), and /broadcast failed for invited people on the
 * embedded database.
 */
@Component
class ChannelViewers {

	private final JdbcClient jdbc;

	ChannelViewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isInvited(UUID channelId, UUID accountId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM broadcast_channel_viewer WHERE channel_id = :channel AND account_id = :account")
			.param("channel", channelId)
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** The channels the person is invited to. */
	List<UUID> channelsOf(UUID accountId) {
		return this.jdbc.sql("SELECT channel_id FROM broadcast_channel_viewer WHERE account_id = :account")
			.param("account", accountId)
			.query(UUID.class)
			.list();
	}

	/** The people invited to the channel. */
	List<UUID> of(UUID channelId) {
		return this.jdbc.sql("SELECT account_id FROM broadcast_channel_viewer WHERE channel_id = :channel")
			.param("channel", channelId)
			.query(UUID.class)
			.list();
	}

	void invite(UUID channelId, UUID accountId, Instant at) {
		this.jdbc.sql(
				"INSERT INTO broadcast_channel_viewer (channel_id, account_id, invited_at) VALUES (:channel, :account, :at)")
			.param("channel", channelId)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void uninvite(UUID channelId, UUID accountId) {
		this.jdbc.sql("DELETE FROM broadcast_channel_viewer WHERE channel_id = :channel AND account_id = :account")
			.param("channel", channelId)
			.param("account", accountId)
			.update();
	}

	/** The person is invited nowhere any more. */
	void forget(UUID accountId) {
		this.jdbc.sql("DELETE FROM broadcast_channel_viewer WHERE account_id = :account")
			.param("account", accountId)
			.update();
	}

}
