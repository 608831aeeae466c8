package jp.musubi.tourism.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.ConsentWithdrawn;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clinic's checkup follow-up of its guests. Health data needs the guest's own consent
 * (APPI art. 20(2)): without it nothing is recorded, and when the guest withdraws it,
 * everything recorded goes. Only the clinic's staff and the guest see it.
 */
@Service
public class Checkups {

	private static final Logger log = LoggerFactory.getLogger(Checkups.class);

	private final CheckupFollowUpRepository followUps;

	private final Facilities facilities;

	private final Bookings bookings;

	private final Guests guests;

	private final Accounts accounts;

	private final TourismAccess access;

	private final Mailer mailer;

	private final FollowUpProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Checkups(CheckupFollowUpRepository followUps, Facilities facilities, Bookings bookings, Guests guests,
			Accounts accounts, TourismAccess access, Mailer mailer, FollowUpProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.followUps = followUps;
		this.facilities = facilities;
		this.bookings = bookings;
		this.guests = guests;
		this.accounts = accounts;
		this.access = access;
		this.mailer = mailer;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The clinic, when the person is its staff: 404 when there is none, else 403. */
	@Transactional(readOnly = true)
	public Facility clinicOfStaff(CurrentUser user, UUID facilityId) {
		Facility facility = this.facilities.find(facilityId).orElseThrow(() -> new NotFound("clinic", facilityId));
		this.access.requireStaffOf(user, facility.organisationId());
		if (facility.kind() != FacilityKind.MEDICAL_INSTITUTION) {
			throw new TourismAccess.Refused("Only a medical institution keeps checkup follow-ups");
		}
		return facility;
	}

	/**
	 * Records a checkup of the guest of the booking with this number.
	 * @throws InputRefused with nothing stored, when the booking does not involve the
	 * clinic, or the guest has not consented to health data
	 */
	@Transactional
	public CheckupFollowUp record(CurrentUser user, UUID facilityId, String bookingNumber, CheckupNote note) {
		Facility clinic = clinicOfStaff(user, facilityId);
		Booking booking = this.bookings.findByNumber(bookingNumber)
			.filter((found) -> found.involves(clinic.id()))
			.orElseThrow(() -> new InputRefused("bookingNumber", "tourism.checkup.error.booking"));
		Guest guest = this.guests.find(booking.guestId()).orElseThrow();
		if (!guest.consents(Consent.HEALTH)) {
			throw new InputRefused(null, "tourism.checkup.error.noConsent");
		}
		return this.followUps.save(new CheckupFollowUp(clinic.id(), guest.id(), booking.id(), note, user.accountId(),
				this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<CheckupFollowUp> ofClinic(Facility clinic, Pageable pageable) {
		return this.followUps.findByFacilityIdOrderByRecordedAtDesc(clinic.id(), pageable);
	}

	/** The person's own follow-ups, from every clinic; none when they are no guest. */
	@Transactional(readOnly = true)
	public List<CheckupFollowUp> mine(CurrentUser user) {
		return this.guests.ofAccount(user.accountId())
			.map((guest) -> this.followUps.findByGuestIdOrderByExaminedOnDesc(guest.id()))
			.orElse(List.of());
	}

	/** In the transaction that withdrew the consent. */
	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		if (withdrawn.consent() == Consent.HEALTH) {
			int deleted = this.followUps.deleteByGuest(withdrawn.guestId());
			log.info("Health consent withdrawn: {} checkup follow-ups deleted", deleted);
		}
	}

	/**
	 * Mails each guest whose next checkup is within the reminder days, once, while they
	 * still consent; each in its own transaction, which marks the reminder sent and
	 * queues its mail together, so a job run again mails no one twice.
	 */
	public int sendReminders() {
		LocalDate today = Dates.today(this.clock);
		int sent = 0;
		for (UUID id : this.followUps.findReminderDue(today, today.plusDays(this.properties.checkupReminderDays()))) {
			Boolean done = this.transaction.execute((status) -> remind(id));
			sent += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return sent;
	}

	private boolean remind(UUID followUpId) {
		CheckupFollowUp followUp = this.followUps.findLocked(followUpId).orElse(null);
		if (followUp == null || followUp.reminderSentAt().isPresent()) {
			return false;
		}
		Optional<Guest> guest = this.guests.find(followUp.guestId()).filter((g) -> g.consents(Consent.HEALTH));
		Optional<PersonSummary> person = guest.flatMap(Guest::accountId).flatMap(this.accounts::person);
		if (person.isEmpty()) {
			return false;
		}
		String clinic = this.facilities.find(followUp.facilityId()).map(Facility::name).orElse("");
		LocalDate next = followUp.nextCheckupOn().orElseThrow();
		this.mailer.once("tourism-checkup-reminder:" + followUp.id() + ":" + next)
			.send(person.get().email(), person.get().language().locale(), "tourism-checkup-reminder",
					new Object[] { clinic }, Map.of("name", person.get().displayName(), "clinic", clinic, "day",
							new Dates().day(next, person.get().language().locale()), "path", "/tourism/me/checkups"));
		followUp.reminded(this.clock.instant());
		return true;
	}

}
