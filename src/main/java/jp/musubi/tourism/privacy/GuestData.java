package jp.musubi.tourism.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tourism CRM's part of a person's download: their guest profile with its consents,
 * bookings with what each holds, check-ins, survey answers, a clinic's checkup follow-up
 * (their own health data, which only they and the clinic see), the records of their data
 * given to facilities (APPI article 29), the campaign and revisit mails sent to them and
 * their inquiries with what was done about them. The secrets that stand for them (the
 * check-in code, the survey link) are left out: the file may travel further than the
 * account.
 */
@Component
class GuestData implements PersonalDataPart {

	private static final String GUEST = "SELECT id FROM guest WHERE account_id = :person";

	private static final String BOOKINGS = "SELECT id FROM booking WHERE guest_id IN (" + GUEST + ")";

	private final PersonalRows rows;

	GuestData(JdbcClient jdbc) {
		this.rows = new PersonalRows(jdbc);
	}

	@Override
	public String name() {
		return "tourism";
	}

	@Override
	public Map<String, Object> of(UUID person) {
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("guest", this.rows.of("SELECT * FROM guest WHERE account_id = :person", person));
		part.put("bookings", this.rows.of("""
				SELECT b.id, b.number, p.code AS programme, b.arrival, b.departure, b.party_size, b.language, b.price,
				       b.cancellation_fee, b.status, b.redemption_code, b.created_at, b.changed_at, b.cancelled_at
				FROM booking b JOIN programme p ON p.id = b.programme_id
				WHERE b.guest_id IN (""" + GUEST + ") ORDER BY b.arrival", person));
		part.put("bookingLines", this.rows.of("""
				SELECT l.id, l.booking_id, f.name AS facility, c.name AS capacity, l.day, l.units
				FROM booking_line l JOIN facility f ON f.id = l.facility_id JOIN capacity c ON c.id = l.capacity_id
				WHERE l.booking_id IN (""" + BOOKINGS + ") ORDER BY l.day", person));
		part.put("checkIns", this.rows.of("""
				SELECT c.id, f.name AS facility, c.booking_id, c.day, c.checked_in_at, c.method, c.target_area,
				       c.origin_country
				FROM check_in c JOIN facility f ON f.id = c.facility_id
				WHERE c.guest_id IN (""" + GUEST + ") ORDER BY c.day", person));
		part.put("surveys", this.rows.of("""
				SELECT id, booking_id, language, due_at, sent_at, answered_at, recommend_score, answer
				FROM survey WHERE guest_id IN (""" + GUEST + ") ORDER BY due_at", person));
		part.put("checkupFollowUps", this.rows.of("""
				SELECT u.id, f.name AS facility, u.booking_id, u.examined_on, u.findings, u.advice, u.next_checkup_on,
				       u.reminder_sent_at, u.recorded_at
				FROM checkup_follow_up u JOIN facility f ON f.id = u.facility_id
				WHERE u.guest_id IN (""" + GUEST + ") ORDER BY u.examined_on", person));
		part.put("dataProvided", this.rows.of("""
				SELECT d.id, f.name AS recipient, d.booking_id, d.provided_at, d.items, d.purpose
				FROM data_provision d JOIN facility f ON f.id = d.recipient_facility_id
				WHERE d.guest_id IN (""" + GUEST + ") ORDER BY d.provided_at", person));
		part.put("campaignMails", this.rows.of("""
				SELECT r.campaign_id, c.name AS campaign, r.sent_at FROM campaign_recipient r
				JOIN campaign c ON c.id = r.campaign_id WHERE r.guest_id IN (""" + GUEST + ") ORDER BY r.sent_at",
				person));
		part.put("revisitOffers",
				this.rows.of("SELECT * FROM revisit_offer WHERE guest_id IN (" + GUEST + ") ORDER BY sent_at", person));
		part.put("inquiries",
				this.rows.of("SELECT * FROM sales_lead WHERE account_id = :person ORDER BY created_at", person));
		// What staff did about them, without the staff's names: those are other people's.
		part.put("inquiryHistory", this.rows.of("""
				SELECT id, lead_id, status_from, status_to, note, entered_at FROM sales_lead_entry
				WHERE lead_id IN (SELECT id FROM sales_lead WHERE account_id = :person) ORDER BY entered_at""",
				person));
		return part;
	}

}
