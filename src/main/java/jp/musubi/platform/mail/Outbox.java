package jp.musubi.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail waiting to be sent, in the database ({@code mail_outbox}) so that it survives
 * a crash and every node sees it. A node sends a mail only after claiming it for a while
 * by an update no other node can make at the same time, so two nodes never send one mail
 * together; a node that dies holding a claim lets it lapse, and the mail is sent again by
 * another.
 *
 * <p>
 * Mail is queued on the caller's connection, in its transaction; claims and their outcome
 * go through two connections of the outbox's own. The thread that committed a change
 * still holds its connection while it sends the change's mail, so with every connection
 * of the application's pool held that way (a burst of requests), a second one from the
 * same pool would never come: the requests would wait on each other until they failed.
 */
@Component
class Outbox implements DisposableBean {

	private static final int OWN_CONNECTIONS = 2;

	/**
	 * The queuing thread sends a new mail itself right after its commit; the retry job
	 * leaves it that long, so the two do not race for it.
	 */
	static final Duration FIRST_RETRY_AFTER = Duration.ofMinutes(1);

	/** Retries wait longer each time, up to this. */
	static final Duration LONGEST_WAIT = Duration.ofHours(1);

	/**
	 * A mail still not taken after this is given up: its links have expired, and its news
	 * is old.
	 */
	static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

	/**
	 * How long a sent mail's key is remembered (so a job run again does not mail twice),
	 * and a given-up mail's row is kept for whoever looks into it.
	 */
	static final Duration KEPT_FOR = Duration.ofDays(30);

	private final JdbcTemplate callers;

	private final DataSource own;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	private final Clock clock;

	@Autowired
	Outbox(JdbcTemplate callers, DataSource application, Clock clock) {
		this(callers, clock, ownPool(application));
	}

	/** On one database, with no connections of its own: for trying its SQL. */
	Outbox(DataSource database, Clock clock) {
		this(new JdbcTemplate(database), clock, database);
	}

	private Outbox(JdbcTemplate callers, Clock clock, DataSource own) {
		this.callers = callers;
		this.own = own;
		this.jdbc = new JdbcTemplate(own);
		this.separately = new TransactionTemplate(new DataSourceTransactionManager(own));
		this.clock = clock;
	}

	private static DataSource ownPool(DataSource application) {
		HikariDataSource pool = DataSourceBuilder.derivedFrom(application).type(HikariDataSource.class).build();
		pool.setPoolName("mail-outbox");
		pool.setMaximumPoolSize(OWN_CONNECTIONS);
		pool.setMinimumIdle(0);
		return pool;
	}

	@Override
	public void destroy() {
		if (this.own instanceof HikariDataSource pool) {
			pool.close();
		}
	}

	/**
	 * Queues a mail in the caller's transaction, if there is one.
	 * @return false when a mail with the key was queued before, and this one is not
	 */
	boolean add(UUID id, String key, String recipient, String template, byte[] message) {
		Instant now = this.clock.instant();
		return this.callers.update("""
				insert into mail_outbox (id, once_key, recipient, template, message, queued_at, attempts,
					next_attempt_at)
				values (?, ?, ?, ?, ?, ?, 0, ?)
				on conflict do nothing""", id, key, recipient, template, message, utc(now),
				utc(now.plus(FIRST_RETRY_AFTER))) == 1;
	}

	/** Whether a mail was queued under the key (and its key is still remembered). */
	boolean queued(String key) {
		Integer found = this.callers.queryForObject("select count(*) from mail_outbox where once_key = ?",
				Integer.class, key);
		return found != null && found > 0;
	}

	/**
	 * Claims a mail to send for the lease, in a transaction of its own on the outbox's
	 * connections.
	 * @return the mail, or empty when it is sent, given up or claimed by another
	 */
	Optional<QueuedMail> claim(UUID id, Duration lease) {
		return this.separately.execute((status) -> {
			Instant now = this.clock.instant();
			int claimed = this.jdbc.update("""
					update mail_outbox set claimed_until = ?, attempts = attempts + 1
					where id = ? and next_attempt_at is not null and (claimed_until is null or claimed_until < ?)""",
					utc(now.plus(lease)), id, utc(now));
			if (claimed == 0) {
				return Optional.empty();
			}
			return this.jdbc
				.query("select recipient, template, message, attempts, queued_at from mail_outbox where id = ?",
						(row, number) -> new QueuedMail(id, row.getString("recipient"), row.getString("template"),
								row.getBytes("message"), row.getInt("attempts"),
								row.getObject("queued_at", OffsetDateTime.class).toInstant()),
						id)
				.stream()
				.findFirst();
		});
	}

	/**
	 * Records the mail sent. Its content goes at once (it may hold a one-time link); a
	 * keyed mail's row stays, empty, to refuse the key again.
	 */
	void sent(UUID id) {
		this.separately.executeWithoutResult((status) -> {
			if (this.jdbc.update("delete from mail_outbox where id = ? and once_key is null", id) == 0) {
				this.jdbc.update("""
						update mail_outbox set recipient = null, message = null, next_attempt_at = null,
							claimed_until = null, sent_at = ?, last_error = null
						where id = ?""", utc(this.clock.instant()), id);
			}
		});
	}

	/**
	 * Records a failed attempt: tried again later, waiting longer each time, or given up
	 * after {@link #GIVE_UP_AFTER}.
	 * @return true when it is given up
	 */
	boolean failed(QueuedMail mail, String reason) {
		Instant now = this.clock.instant();
		String error = (reason.length() > 1000) ? reason.substring(0, 1000) : reason;
		boolean givenUp = now.isAfter(mail.queuedAt().plus(GIVE_UP_AFTER));
		this.separately.executeWithoutResult((status) -> {
			if (givenUp) {
				this.jdbc.update("""
						update mail_outbox set message = null, next_attempt_at = null, claimed_until = null,
							last_error = ?
						where id = ?""", error, mail.id());
			}
			else {
				this.jdbc.update(
						"update mail_outbox set next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?",
						utc(now.plus(waitAfter(mail.attempts()))), error, mail.id());
			}
		});
		return givenUp;
	}

	/** Mails whose time to be tried has come, oldest first. */
	List<UUID> due(int limit) {
		OffsetDateTime now = utc(this.clock.instant());
		return this.jdbc.queryForList("""
				select id from mail_outbox
				where next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
				order by next_attempt_at
				limit ?""", UUID.class, now, now, limit);
	}

	/** Forgets the keys of mails sent long ago, and mails given up long ago. */
	int forgetOld() {
		return this.jdbc.update("delete from mail_outbox where next_attempt_at is null and queued_at < ?",
				utc(this.clock.instant().minus(KEPT_FOR)));
	}

	static Duration waitAfter(int attempts) {
		Duration wait = FIRST_RETRY_AFTER.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A claimed mail: the whole message as it goes over SMTP. */
	record QueuedMail(UUID id, String recipient, String template, byte[] message, int attempts, Instant queuedAt) {

	}

}
