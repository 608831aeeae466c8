package jp.musubi.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.musubi.platform.security.EmailHash;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many mails with a link anyone may ask for without signing in: per recipient (so
 * that nobody's inbox can be flooded with reset or sign-up mails) and per network address
 * (so that one machine cannot mail the whole region). Every request counts, whether an
 * account has the address or not, so a refusal says nothing about who is registered.
 * Counted in the database, so all nodes share the count.
 */
@Component
@EnableConfigurationProperties(MailQuota.Limits.class)
public class MailQuota {

	private final JdbcClient jdbc;

	private final Limits limits;

	private final Clock clock;

	MailQuota(JdbcClient jdbc, Limits limits, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Counts a request for a mail to this address from this network address, and says
	 * whether it is within the limits; a request over them still counts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean take(String email, String remoteAddress) {
		Instant now = this.clock.instant();
		String hash = EmailHash.of(email);
		String address = (remoteAddress == null) ? "" : remoteAddress;
		this.jdbc.sql("""
				INSERT INTO mail_request (id, email_hash, remote_address, requested_at)
				VALUES (:id, :hash, :address, :at)""")
			.param("id", UUID.randomUUID())
			.param("hash", hash)
			.param("address", address)
			.param("at", Timestamp.from(now))
			.update();
		Timestamp since = Timestamp.from(now.minus(this.limits.window()));
		long toRecipient = this.jdbc
			.sql("SELECT count(*) FROM mail_request WHERE email_hash = :hash AND requested_at > :since")
			.param("hash", hash)
			.param("since", since)
			.query(Long.class)
			.single();
		long fromAddress = this.jdbc
			.sql("SELECT count(*) FROM mail_request WHERE remote_address = :address AND requested_at > :since")
			.param("address", address)
			.param("since", since)
			.query(Long.class)
			.single();
		return toRecipient <= this.limits.perRecipient() && fromAddress <= this.limits.perNetworkAddress();
	}

	/**
	 * As {@link #take}, refusing what is over the limits.
	 * @throws Exceeded when it is
	 */
	public void require(String email, String remoteAddress) {
		if (!take(email, remoteAddress)) {
			throw new Exceeded(this.limits.window().toMinutes());
		}
	}

	@Recurring(id = "platform-forget-mail-requests", cron = "23 * * * *")
	@Job(name = "Forget requests for mails older than the window")
	@Transactional
	public int forgetOld() {
		return this.jdbc.sql("DELETE FROM mail_request WHERE requested_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(this.limits.window())))
			.update();
	}

	/** Too many mails were asked for; try again within the window's minutes. */
	public static class Exceeded extends RuntimeException {

		private final long minutes;

		Exceeded(long minutes) {
			super("Too many mails asked for");
			this.minutes = minutes;
		}

		public long minutes() {
			return this.minutes;
		}

	}

	/**
	 * The limits: mails a recipient can be sent and a network address can ask for, in the
	 * window.
	 */
	@ConfigurationProperties("musubi.mail.quota")
	record Limits(@DefaultValue("5") int perRecipient, @DefaultValue("30") int perNetworkAddress,
			@DefaultValue("1h") Duration window) {

	}

}
