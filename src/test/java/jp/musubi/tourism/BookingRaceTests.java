package jp.musubi.tourism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.BookingRefused;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.CapacityLedger;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Origin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred guests booking the same ten places at the same moment: exactly ten get one,
 * the others are told it is sold out, and the ledger shows ten taken, not more.
 */
@MusubiTest
class BookingRaceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Bookings bookings;

	@Autowired
	CapacityLedger ledger;

	@Test
	void twoHundredBookingsAtOnceForTenPlacesMakeTen() throws Exception {
		TourismParties parties = new TourismParties(this.context);
		// Ten checkup slots are the scarce part; rooms and sessions are plenty.
		Region region = parties.region(500, 500, 10);
		LocalDate arrival = parties.today().plusDays(30);
		List<Guest> guests = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			guests.add(parties.guestWithoutAccount(Origin.japan(Prefecture.KANAGAWA, null)));
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(16);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (Guest guest : guests) {
			Callable<Boolean> booking = () -> {
				start.await();
				try {
					this.bookings.book(guest, region.programme().id(), arrival, 1, Language.JA, null);
					return true;
				}
				catch (BookingRefused refused) {
					assertThat(refused.reason()).isEqualTo(BookingRefused.Reason.SOLD_OUT);
					return false;
				}
			};
			outcomes.add(threads.submit(booking));
		}
		start.countDown();
		int booked = 0;
		for (Future<Boolean> outcome : outcomes) {
			booked += outcome.get() ? 1 : 0;
		}
		threads.shutdown();

		assertThat(booked).isEqualTo(10);
		assertThat(this.ledger.taken(region.checkup().id(), arrival)).isEqualTo(10);
		assertThat(this.ledger.taken(region.therapy().id(), arrival)).isEqualTo(10);
		assertThat(this.ledger.taken(region.room().id(), arrival.plusDays(2))).isEqualTo(10);
	}

}
