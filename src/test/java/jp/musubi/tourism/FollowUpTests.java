package jp.musubi.tourism;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.checkin.CheckInMethod;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.followup.Checkups;
import jp.musubi.tourism.followup.RevisitOffers;
import jp.musubi.tourism.followup.Survey;
import jp.musubi.tourism.followup.Surveys;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the stay: the survey every guest who checked in is sent once the stay is over, in
 * the booking's language, answered once; a clinic's checkup follow-up, kept and reminded
 * only while the guest consents to health data; a revisit offer only to guests who
 * consented to offers.
 */
@MusubiTest
class FollowUpTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Bookings bookings;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Surveys surveys;

	@Autowired
	Checkups checkups;

	@Autowired
	RevisitOffers revisits;

	@Autowired
	Guests guests;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TourismParties parties;

	@BeforeEach
	void parties() {
		this.parties = new TourismParties(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSurveyOpensAtCheckInGoesOutInKoreanWhenDueAndIsAnsweredOnce() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		TestUser person = this.fixtures.guest("seoyeon", Language.KO);
		Guest guest = this.parties.guest(person, Origin.abroad("KR"));
		Booking booking = book(region, guest, Language.KO);
		this.clock.advance(Duration.ofDays(2));
		this.checkIns.checkIn(region.lodging(), booking.id(), CheckInMethod.NUMBER, region.lodgingStaff().id());

		Survey opened = this.surveys.ofBooking(booking.id()).orElseThrow();
		assertThat(opened.sentAt()).isEmpty();
		this.surveys.sendDue();
		assertThat(Mailbox.to(person.email(), "tourism-survey")).isEmpty();

		// Three nights, then a day after check-out.
		this.clock.advance(Duration.ofDays(5));
		this.surveys.sendDue();
		MimeMessage mail = Mailbox.awaitFirst(person.email(), "tourism-survey");
		assertThat(Mailbox.subject(mail)).contains("설문", "3박 미니 탕치");
		String link = Mailbox.path(mail, "/tourism/surveys/");
		this.surveys.sendDue();
		assertThat(Mailbox.to(person.email(), "tourism-survey")).hasSize(1);

		this.mvc.perform(get(link).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		String token = link.substring("/tourism/surveys/".length(), link.indexOf('?'));
		for (String score : new String[] { "11", "-1", "x" }) {
			assertThat(answer(token, score, "とても良かった").errorFor("recommendScore")).contains("0から10の中から1つ選んでください");
		}
		assertThat(this.surveys.ofBooking(booking.id()).orElseThrow().isAnswered()).isFalse();

		String script = "<script>alert('x')</script> 또 올게요";
		String thanks = this.mvc
			.perform(post("/tourism/surveys/{token}", token).with(csrf())
				.param("recommendScore", "9")
				.param("answer", script))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains("&lt;script&gt;").doesNotContain("<script>alert");
		Survey answered = this.surveys.ofBooking(booking.id()).orElseThrow();
		assertThat(answered.recommendScore()).contains(9);
		assertThat(answered.answer()).contains(script);

		assertThat(answer(token, "2", "やっぱり").text()).contains("すでにご回答いただいています");
		assertThat(this.surveys.ofBooking(booking.id()).orElseThrow().recommendScore()).contains(9);
		String forged = this.mvc.perform(get("/tourism/surveys/{token}", "sv_forged").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forged).contains("アンケートが見つかりません");
	}

	@Test
	void aCancelledBookingGetsNoSurvey() {
		Region region = this.parties.region(5, 10, 4);
		TestUser person = this.fixtures.member("kaito");
		Booking booking = book(region, this.parties.guest(person, Origin.japan(Prefecture.TOKYO, null)), Language.JA);
		this.clock.advance(Duration.ofDays(2));
		this.checkIns.checkIn(region.lodging(), booking.id(), CheckInMethod.QR, region.lodgingStaff().id());
		// The pages refuse to cancel a stay that has begun; the job must not rely on it
		// (an
		// agent's correction in the database, a later rule).
		this.jdbc.update("update booking set status = 'CANCELLED' where id = ?", booking.id());

		this.clock.advance(Duration.ofDays(5));
		this.surveys.sendDue();

		assertThat(this.surveys.ofBooking(booking.id())).isEmpty();
		assertThat(Mailbox.to(person.email(), "tourism-survey")).isEmpty();
	}

	@Test
	void aClinicRecordsACheckupOnlyWithHealthConsentAndOnlyItSeesIt() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Region elsewhere = this.parties.region(5, 10, 4);
		Booking without = book(region, this.parties.guestFromTokyo("東京 一子"), Language.JA);
		TestUser consenting = this.fixtures.member("東京 二子");
		Booking with = book(region,
				this.parties.guest(consenting, Origin.japan(Prefecture.TOKYO, "世田谷区"), Consent.HEALTH), Language.JA);

		String refused = Page.of(this.mvc.perform(checkup(region.clinicStaff(), region, without.number(), null)))
			.text();
		assertThat(refused).contains("健康情報の記録に同意していないため");
		assertThat(this.checkups.ofClinic(region.clinic(), Pageable.unpaged())).isEmpty();

		this.mvc.perform(checkup(elsewhere.clinicStaff(), region, with.number(), null))
			.andExpect(status().isForbidden());
		this.mvc.perform(checkup(region.lodgingStaff(), region, with.number(), null)).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/tourism/facility/{id}/checkups", region.clinic().id())
				.with(this.fixtures.signedIn(elsewhere.clinicStaff()))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		assertThat(this.checkups.ofClinic(region.clinic(), Pageable.unpaged())).isEmpty();

		this.mvc.perform(checkup(region.clinicStaff(), region, with.number(), this.parties.today().plusDays(30)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.checkups.ofClinic(region.clinic(), Pageable.unpaged())).hasSize(1);
		assertThat(
				Page.of(this.mvc.perform(get("/tourism/me/checkups").with(this.fixtures.signedIn(consenting)))).text())
			.contains("血圧がやや高め", region.clinic().name());
		assertThat(Page.of(this.mvc.perform(get("/tourism/facility/{id}/checkups", region.clinic().id())
			.with(this.fixtures.signedIn(region.clinicStaff())))).text()).contains("血圧がやや高め");
	}

	@Test
	void theNextCheckupIsRemindedOnceAndNotAfterConsentIsWithdrawn() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		TestUser staying = this.fixtures.member("ichiro");
		TestUser withdrawing = this.fixtures.member("jiro");
		Booking first = book(region, this.parties.guest(staying, Origin.japan(Prefecture.TOKYO, null), Consent.HEALTH),
				Language.JA);
		Booking second = book(region,
				this.parties.guest(withdrawing, Origin.japan(Prefecture.TOKYO, null), Consent.HEALTH), Language.JA);
		LocalDate next = this.parties.today().plusDays(10);
		this.mvc.perform(checkup(region.clinicStaff(), region, first.number(), next))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(checkup(region.clinicStaff(), region, second.number(), next))
			.andExpect(status().is3xxRedirection());

		this.guests.keep(withdrawing.id(),
				new GuestDetails(Language.JA, Origin.japan(Prefecture.TOKYO, null), Set.of(Interest.ONSEN), Set.of()));
		assertThat(this.checkups.ofClinic(region.clinic(), Pageable.unpaged())).hasSize(1);

		this.checkups.sendReminders();
		this.checkups.sendReminders();
		MimeMessage reminder = Mailbox.awaitFirst(staying.email(), "tourism-checkup-reminder");
		assertThat(Mailbox.subject(reminder)).contains("次回の健診");
		assertThat(Mailbox.body(reminder)).contains("/tourism/me/checkups");
		assertThat(Mailbox.to(staying.email(), "tourism-checkup-reminder")).hasSize(1);
		assertThat(Mailbox.to(withdrawing.email(), "tourism-checkup-reminder")).isEmpty();
	}

	@Test
	void aRevisitOfferGoesOnlyToGuestsWhoConsentedToOffersAndOnlyOnce() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		TestUser consenting = this.fixtures.member("hana");
		TestUser declining = this.fixtures.member("yo");
		book(region, this.parties.guest(consenting, Origin.japan(Prefecture.TOKYO, null), Consent.MARKETING),
				Language.JA);
		book(region, this.parties.guest(declining, Origin.japan(Prefecture.TOKYO, null)), Language.JA);

		this.clock.advance(Duration.ofDays(2 + 3 + 59));
		this.revisits.sendDue();
		assertThat(Mailbox.to(consenting.email(), "tourism-revisit")).isEmpty();

		this.clock.advance(Duration.ofDays(1));
		this.revisits.sendDue();
		this.revisits.sendDue();
		MimeMessage offer = Mailbox.awaitFirst(consenting.email(), "tourism-revisit");
		assertThat(Mailbox.subject(offer)).contains("またのお越し");
		assertThat(Mailbox.body(offer)).contains("/tourism");
		assertThat(Mailbox.to(consenting.email(), "tourism-revisit")).hasSize(1);
		assertThat(Mailbox.to(declining.email(), "tourism-revisit")).isEmpty();
	}

	private Booking book(Region region, Guest guest, Language language) {
		return this.bookings.book(guest, region.programme().id(), this.parties.today().plusDays(2), 1, language, null);
	}

	private Page answer(String token, String score, String text) throws Exception {
		return Page.of(
				this.mvc
					.perform(post("/tourism/surveys/{token}", token).with(csrf())
						.param("recommendScore", score)
						.param("answer", text))
					.andExpect(status().isOk()));
	}

	private MockHttpServletRequestBuilder checkup(TestUser staff, Region region, String number, LocalDate next) {
		MockHttpServletRequestBuilder request = post("/tourism/facility/{id}/checkups", region.clinic().id())
			.with(csrf())
			.with(this.fixtures.signedIn(staff))
			.accept(MediaType.TEXT_HTML)
			.param("bookingNumber", number)
			.param("examinedOn", this.parties.today().toString())
			.param("findings", "血圧がやや高め。温泉は短めに。")
			.param("advice", "塩分を控えめに");
		return (next != null) ? request.param("nextCheckupOn", next.toString()) : request;
	}

}
