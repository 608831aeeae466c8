package jp.musubi.tourism.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.checkin.GuestCheckedIn;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.programme.Programmes;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey after a stay: opened when the guest first checks in anywhere (the stay has
 * happened), mailed in the booking's language once the stay is over, answered once.
 */
@Service
public class Surveys {

	/** When a guest checks out; the survey delay counts from then. */
	static final LocalTime CHECK_OUT = LocalTime.of(10, 0);

	private static final Logger log = LoggerFactory.getLogger(Surveys.class);

	private final SurveyRepository surveys;

	private final Bookings bookings;

	private final Guests guests;

	private final Programmes programmes;

	private final Accounts accounts;

	private final Mailer mailer;

	private final FollowUpProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Surveys(SurveyRepository surveys, Bookings bookings, Guests guests, Programmes programmes, Accounts accounts,
			Mailer mailer, FollowUpProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.surveys = surveys;
		this.bookings = bookings;
		this.guests = guests;
		this.programmes = programmes;
		this.accounts = accounts;
		this.mailer = mailer;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** In the check-in's transaction: the survey exists exactly when a check-in does. */
	@EventListener
	void on(GuestCheckedIn checkedIn) {
		if (!checkedIn.first() || this.surveys.existsByBookingId(checkedIn.bookingId())) {
			return;
		}
		Booking booking = this.bookings.find(checkedIn.bookingId()).orElseThrow();
		Guest guest = this.guests.find(booking.guestId()).orElseThrow();
		Instant due = booking.departure()
			.atTime(CHECK_OUT)
			.atZone(Dates.JAPAN)
			.toInstant()
			.plus(this.properties.surveyDelay());
		this.surveys.save(new Survey(booking, guest, due));
	}

	@Transactional(readOnly = true)
	public Optional<Survey> ofBooking(UUID bookingId) {
		return this.surveys.findByBookingId(bookingId);
	}

	/** The survey the link's token opens. */
	@Transactional(readOnly = true)
	public Optional<Survey> byToken(String token) {
		return this.surveys.findByTokenHash(RandomToken.hashOf(token));
	}

	/**
	 * Records the answer.
	 * @throws Survey.AlreadyAnswered with the first answer kept
	 */
	@Transactional
	public Survey answer(String token, int score, String text) {
		Survey survey = this.surveys.findByTokenHash(RandomToken.hashOf(token)).orElseThrow();
		survey.answer(score, text, this.clock.instant());
		return survey;
	}

	/**
	 * Mails every survey that is due, each in its own transaction, which marks the survey
	 * sent and queues its mail together: a job run again after a failure mails only the
	 * surveys not marked yet (and the mail's key refuses a second one). A booking
	 * cancelled after all, or a guest without an account any more, gets none, and the
	 * survey goes.
	 */
	public int sendDue() {
		int sent = 0;
		for (UUID id : this.surveys.findDue(this.clock.instant())) {
			Boolean done = this.transaction.execute((status) -> send(id));
			sent += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return sent;
	}

	private boolean send(UUID surveyId) {
		Survey survey = this.surveys.findLocked(surveyId).orElse(null);
		if (survey == null || survey.sentAt().isPresent()) {
			return false;
		}
		Optional<Booking> booking = this.bookings.find(survey.bookingId()).filter(Booking::isConfirmed);
		Optional<PersonSummary> person = this.guests.find(survey.guestId())
			.flatMap(Guest::accountId)
			.flatMap(this.accounts::person);
		if (booking.isEmpty() || person.isEmpty()) {
			log.info("Survey {} not sent: the booking was cancelled or the guest is gone", surveyId);
			this.surveys.delete(survey);
			return false;
		}
		RandomToken token = survey.send(this.clock.instant());
		String programme = this.programmes.find(survey.programmeId())
			.map((p) -> p.text(survey.language()).name())
			.orElse("");
		this.mailer.once("tourism-survey:" + survey.id())
			.send(person.get().email(), survey.language().locale(), "tourism-survey", new Object[] { programme },
					Map.of("name", person.get().displayName(), "programme", programme, "path",
							"/tourism/surveys/" + token.value() + "?lang=" + survey.language().tag()));
		return true;
	}

}
