package jp.musubi.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database, so that every node sees the same count, and
 * pauses sign-in for an e-mail address or a network address that failed too often in the
 * window. The same answer is given whether an account exists or not, so the pause reveals
 * nothing.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isPaused(String email, String address) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(this.properties.window()));
		long byEmail = this.jdbc
			.sql("SELECT count(*) FROM sign_in_failure WHERE email_hash = :hash AND failed_at > :since")
			.param("hash", EmailHash.of(email))
			.param("since", since)
			.query(Long.class)
			.single();
		if (byEmail >= this.properties.maxFailuresPerEmail()) {
			return true;
		}
		long byAddress = this.jdbc
			.sql("SELECT count(*) FROM sign_in_failure WHERE remote_address = :address AND failed_at > :since")
			.param("address", address)
			.param("since", since)
			.query(Long.class)
			.single();
		return byAddress >= this.properties.maxFailuresPerAddress();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email, String address) {
		this.jdbc.sql("""
				INSERT INTO sign_in_failure (id, email_hash, remote_address, failed_at)
				VALUES (:id, :hash, :address, :at)""")
			.param("id", UUID.randomUUID())
			.param("hash", EmailHash.of(email))
			.param("address", address)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clear(String email) {
		this.jdbc.sql("DELETE FROM sign_in_failure WHERE email_hash = :hash")
			.param("hash", EmailHash.of(email))
			.update();
	}

	/** Forgets failures older than the window; run by housekeeping. */
	@Transactional
	public int forgetOldFailures() {
		Instant before = this.clock.instant().minus(this.properties.window());
		return this.jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	/** Minutes a paused address waits at most, for the message shown to the person. */
	long pauseMinutes() {
		return this.properties.window().toMinutes();
	}

}
