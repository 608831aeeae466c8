package jp.musubi.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log. {@code actor} did {@code action} to {@code subject}'s
 * account; either may be absent (a failed sign-in has no actor, a sign-in has the same
 * actor and subject).
 */
public record AuditEntry(UUID id, Instant occurredAt, AuditAction action, UUID actor, UUID subject, String detail,
		String remoteAddress) {

}
