package jp.musubi.tourism.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invitation to come back, some weeks after a stay: an offer is marketing, so only
 * guests who consented to it get one, and each booking at most one.
 */
@Service
public class RevisitOffers {

	/**
	 * How far back the job still looks, so a job that did not run for a while catches up
	 * without mailing guests of stays long past.
	 */
	static final int CATCH_UP_DAYS = 30;

	private final RevisitOfferRepository offers;

	private final Bookings bookings;

	private final Guests guests;

	private final Accounts accounts;

	private final Mailer mailer;

	private final FollowUpProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RevisitOffers(RevisitOfferRepository offers, Bookings bookings, Guests guests, Accounts accounts, Mailer mailer,
			FollowUpProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.offers = offers;
		this.bookings = bookings;
		this.guests = guests;
		this.accounts = accounts;
		this.mailer = mailer;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Mails the offers that are due; returns how many went. */
	public int sendDue() {
		LocalDate last = Dates.today(this.clock).minus(this.properties.revisitAfter());
		int sent = 0;
		for (Booking booking : this.bookings.endedBetween(last.minusDays(CATCH_UP_DAYS), last)) {
			Boolean done = this.transaction.execute((status) -> offer(booking));
			sent += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return sent;
	}

	private boolean offer(Booking booking) {
		if (this.offers.existsById(booking.id())) {
			return false;
		}
		Optional<PersonSummary> person = this.guests.find(booking.guestId())
			.filter((guest) -> guest.consents(Consent.MARKETING))
			.flatMap(Guest::accountId)
			.flatMap(this.accounts::person);
		if (person.isEmpty()) {
			return false;
		}
		this.mailer.once("tourism-revisit:" + booking.id())
			.send(person.get().email(), booking.language().locale(), "tourism-revisit",
					Map.of("name", person.get().displayName(), "path", "/tourism?lang=" + booking.language().tag()));
		this.offers.save(new RevisitOffer(booking.id(), booking.guestId(), this.clock.instant()));
		return true;
	}

}
