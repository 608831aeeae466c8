package jp.musubi.broadcast.privacy;

import jp.musubi.accounts.AccountErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * What the station does when a person erases their account (APPI article 35): the photos
 * and videos they uploaded stay on their organisation's channel, which published them,
 * but no longer say who uploaded them. Their invitations to private channels go with the
 * channels' viewers ({@code Channels}). Viewing figures never named anyone.
 */
@Service
class StationErasure {

	private final JdbcClient jdbc;

	StationErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountErased erased) {
		this.jdbc
			.sql("UPDATE broadcast_media SET uploaded_by = NULL, version = version + 1 WHERE uploaded_by = :person")
			.param("person", erased.accountId())
			.update();
	}

}
