package jp.musubi.platform.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.web.RequestAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records acts that a person or an authority may later ask about. An entry is written in
 * the transaction of the act itself: if the act is rolled back, so is its record, and no
 * act commits without one. The network address is taken from the current request when
 * there is one.
 */
@Service
public class AuditLog {

	private static final int DETAIL_LIMIT = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, UUID actor, UUID subject, String detail) {
		insert(action, actor, subject, detail);
	}

	/**
	 * For acts that happen outside any business transaction, such as a sign-in: written
	 * in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordNow(AuditAction action, UUID actor, UUID subject, String detail) {
		insert(action, actor, subject, detail);
	}

	/** Everything recorded about the account, or done by it, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> concerning(UUID account, int limit) {
		return this.jdbc.sql("""
				SELECT id, occurred_at, action, actor_id, subject_id, detail, remote_address FROM audit_event
				WHERE subject_id = :account OR actor_id = :account ORDER BY occurred_at DESC LIMIT :limit""")
			.param("account", account)
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), AuditAction.valueOf(rs.getString("action")),
					rs.getObject("actor_id", UUID.class), rs.getObject("subject_id", UUID.class),
					rs.getString("detail"), rs.getString("remote_address")))
			.list();
	}

	private void insert(AuditAction action, UUID actor, UUID subject, String detail) {
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, action, actor_id, subject_id, detail, remote_address)
				VALUES (:id, :at, :action, :actor, :subject, :detail, :address)""")
			.param("id", UUID.randomUUID())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("action", action.name())
			.param("actor", actor)
			.param("subject", subject)
			.param("detail", truncate(detail))
			.param("address", currentRemoteAddress())
			.update();
	}

	/**
	 * Enough of an e-mail address to recognise a pattern in the log (ta***@example.jp),
	 * not enough to keep a stranger's full address.
	 */
	public static String maskEmail(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at < 0) {
			return "***";
		}
		return email.substring(0, Math.min(2, at)) + "***" + email.substring(at);
	}

	private static String truncate(String detail) {
		return (detail == null || detail.length() <= DETAIL_LIMIT) ? detail : detail.substring(0, DETAIL_LIMIT);
	}

	private static String currentRemoteAddress() {
		return RequestAddress.current().orElse(null);
	}

}
