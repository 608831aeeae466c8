package jp.musubi.work.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work exchange's part of a person's download: their work profile, the requests they
 * wrote for their organisation, their proposals, the contracts they are party to or
 * accepted for a client, with milestones, deliverables (their descriptions; the files
 * themselves are on each contract's page), invoices and payments, the hours they logged,
 * the messages they wrote and the reviews by and of them.
 */
@Component
class MemberData implements PersonalDataPart {

	private static final String CONTRACTS = "SELECT id FROM contract WHERE member_id = :person OR accepted_by = :person";

	private final PersonalRows rows;

	MemberData(JdbcClient jdbc) {
		this.rows = new PersonalRows(jdbc);
	}

	@Override
	public String name() {
		return "work";
	}

	@Override
	public Map<String, Object> of(UUID person) {
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("profile", this.rows.of("SELECT * FROM work_profile WHERE account_id = :person", person));
		part.put("profileSkills", this.rows.of("""
				SELECT s.id AS skill_id, s.name AS skill, s.field, p.level, p.years FROM work_profile_skill p
				JOIN skill s ON s.id = p.skill_id WHERE p.account_id = :person""", person));
		part.put("profileLinks", this.rows
			.of("SELECT position, url FROM work_profile_link WHERE account_id = :person ORDER BY position", person));
		part.put("requestsWritten",
				this.rows.of("SELECT * FROM work_request WHERE created_by = :person ORDER BY created_at", person));
		part.put("proposals", this.rows.of("SELECT * FROM proposal WHERE member_id = :person", person));
		part.put("contracts", this.rows.of("SELECT * FROM contract WHERE id IN (" + CONTRACTS + ")", person));
		part.put("milestones", this.rows.of(
				"SELECT * FROM milestone WHERE contract_id IN (" + CONTRACTS + ") ORDER BY contract_id, position",
				person));
		part.put("deliverables", this.rows.of("""
				SELECT d.id, d.milestone_id, d.filename, d.content_type, d.size, d.sha256, d.note FROM deliverable d
				JOIN milestone m ON m.id = d.milestone_id WHERE m.contract_id IN (""" + CONTRACTS + ")", person));
		part.put("invoices", this.rows.of("SELECT * FROM invoice WHERE contract_id IN (" + CONTRACTS
				+ ") OR issuer_id = :person ORDER BY issued_on", person));
		part.put("invoiceLines",
				this.rows
					.of("SELECT * FROM invoice_line WHERE invoice_id IN (SELECT id FROM invoice WHERE contract_id IN ("
							+ CONTRACTS + ") OR issuer_id = :person) ORDER BY invoice_id, position", person));
		part.put("payments",
				this.rows.of("SELECT * FROM payment WHERE invoice_id IN (SELECT id FROM invoice WHERE contract_id IN ("
						+ CONTRACTS + ") OR issuer_id = :person)", person));
		part.put("teleworkHours",
				this.rows.of("SELECT * FROM telework_hours WHERE member_id = :person ORDER BY week_start", person));
		part.put("messagesWritten", this.rows.of("""
				SELECT m.id, t.subject_type, t.subject_id, m.author_name, m.body, m.created_at
				FROM thread_message m JOIN message_thread t ON t.id = m.thread_id
				WHERE m.author_id = :person ORDER BY m.created_at""", person));
		part.put("threadsRead", this.rows.of("SELECT * FROM thread_reader WHERE account_id = :person", person));
		part.put("reviews",
				this.rows.of(
						"SELECT * FROM review WHERE reviewer_id = :person OR reviewee_id = :person ORDER BY created_at",
						person));
		return part;
	}

}
