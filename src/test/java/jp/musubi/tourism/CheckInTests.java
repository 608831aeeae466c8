package jp.musubi.tourism;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.checkin.CheckIn;
import jp.musubi.tourism.checkin.CheckInMethod;
import jp.musubi.tourism.checkin.CheckInRefused;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.followup.Surveys;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.TargetArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The front desk: a booked guest checked in by QR code, by the number they read out or by
 * the facility's own system, once a day at each facility, and only within the stay;
 * walk-ins counted without a name. Staff of one facility never see another's booking.
 */
@MusubiTest
class CheckInTests {

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
	MovableClock clock;

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
	void staffOpenTheGuestsQrCodeSeeTheBookingAndCheckTheGuestIn() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Booking booking = arrivedToday(region, this.parties.guestFromTokyo("東京 花子"));

		this.mvc.perform(get("/tourism/check-in/{token}", booking.checkInToken()).with(as(region.lodgingStaff())))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(Page.of(result.getResponse().getContentAsString()).text())
				.contains(booking.number(), "3泊ミニ湯治", "東京 花子"));
		this.mvc
			.perform(post("/tourism/check-in/{token}", booking.checkInToken()).with(csrf())
				.with(as(region.lodgingStaff())))
			.andExpect(status().is3xxRedirection());

		CheckIn checkIn = this.checkIns.todayAt(region.lodging().id(), booking.id()).orElseThrow();
		assertThat(checkIn.method()).isEqualTo(CheckInMethod.QR);
		assertThat(checkIn.targetArea()).isEqualTo(TargetArea.SHUTOKEN);
		assertThat(checkIn.originCountry()).isEqualTo("JP");
		assertThat(checkIn.recordedBy()).isEqualTo(region.lodgingStaff().id());
		assertThat(this.surveys.ofBooking(booking.id())).isPresent();
	}

	@Test
	void theNumberIsFoundHoweverTypedAndASecondCheckInTheSameDayIsRefused() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Booking booking = arrivedToday(region, this.parties.guestFromTokyo("東京 次郎"));
		String typed = toFullWidth(booking.number().toLowerCase().replace("-", ""));

		this.mvc.perform(desk(region, typed)).andExpect(status().is3xxRedirection());
		assertThat(this.checkIns.todayAt(region.lodging().id(), booking.id()).orElseThrow().method())
			.isEqualTo(CheckInMethod.NUMBER);

		String again = text(this.mvc.perform(desk(region, booking.number())).andExpect(status().isOk()));
		assertThat(again).contains("本日").contains("にチェックイン済みです");
		assertThat(this.checkIns.count(region.lodging().id(), booking.id())).isEqualTo(1);
		// The desk lists today's guests with their state.
		assertThat(text(this.mvc
			.perform(get("/tourism/facility/{id}/check-in", region.lodging().id()).with(as(region.lodgingStaff())))))
			.contains(booking.number(), "チェックイン済み");
	}

	@Test
	void twoDesksCheckingTheSameGuestInAtOnceRecordOneCheckIn() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Booking booking = arrivedToday(region, this.parties.guestFromTokyo("東京 六郎"));
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<String> desk = () -> {
			start.await();
			try {
				this.checkIns.checkIn(region.lodging(), booking.id(), CheckInMethod.NUMBER, region.lodgingStaff().id());
				return "checked in";
			}
			catch (CheckInRefused refused) {
				return refused.reason().name();
			}
		};
		ExecutorService desks = Executors.newFixedThreadPool(2);
		try {
			var first = desks.submit(desk);
			var second = desks.submit(desk);
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("checked in", "ALREADY");
		}
		finally {
			desks.shutdown();
		}
		assertThat(this.checkIns.count(region.lodging().id(), booking.id())).isEqualTo(1);
	}

	@Test
	void aBookingOfAnotherFacilityShowsNothingOfItself() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Region elsewhere = this.parties.region(5, 10, 4);
		Booking booking = arrivedToday(region, this.parties.guestFromTokyo("東京 三郎"));

		String refused = this.mvc
			.perform(get("/tourism/check-in/{token}", booking.checkInToken()).with(as(elsewhere.lodgingStaff()))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).doesNotContain(booking.number()).doesNotContain("東京 三郎");
		this.mvc
			.perform(post("/tourism/check-in/{token}", booking.checkInToken()).with(csrf())
				.with(as(elsewhere.lodgingStaff())))
			.andExpect(status().isForbidden());
		String byNumber = text(
				this.mvc.perform(post("/tourism/facility/{id}/check-in", elsewhere.lodging().id()).with(csrf())
					.with(as(elsewhere.lodgingStaff()))
					.param("number", booking.number())));
		assertThat(byNumber).contains("この番号のものは見つかりません").doesNotContain("東京 三郎");
		// Nor may staff use another facility's desk.
		this.mvc
			.perform(get("/tourism/facility/{id}/check-in", region.lodging().id()).with(as(elsewhere.lodgingStaff()))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		assertThat(this.checkIns.count(region.lodging().id(), booking.id())).isZero();
		assertThat(this.checkIns.count(elsewhere.lodging().id(), booking.id())).isZero();
	}

	@Test
	void noCheckInBeforeArrivalAfterDepartureOrOfACancelledBooking() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Booking early = book(region, this.parties.guestFromTokyo("東京 四郎"), 3);
		Booking cancelled = book(region, this.parties.guestFromTokyo("東京 五郎"), 3);
		this.bookings.cancel(cancelled.id());

		assertThat(text(this.mvc.perform(desk(region, early.number())))).contains("からです");
		this.clock.advance(Duration.ofDays(3));
		assertThat(text(this.mvc.perform(desk(region, cancelled.number())))).contains("キャンセルされています");
		this.clock.advance(Duration.ofDays(4));
		assertThat(text(this.mvc.perform(desk(region, early.number())))).contains("終わっています");
		assertThat(text(this.mvc.perform(desk(region, "ZZZZ-ZZZZ")))).contains("この番号のものは見つかりません");
		assertThat(text(this.mvc.perform(desk(region, "")))).contains("予約番号を入力してください");

		assertThat(this.checkIns.count(region.lodging().id(), early.id())).isZero();
		assertThat(this.checkIns.count(region.lodging().id(), cancelled.id())).isZero();
		assertThat(this.surveys.ofBooking(early.id())).isEmpty();
	}

	@Test
	void aFacilitysSystemChecksInWithItsTokenAndNeverAtAnotherFacility() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		Booking booking = arrivedToday(region, this.parties.guestFromKorea("김 서연"));
		String lodgingToken = token(region.lodging().organisationId(), region.lodgingStaff());
		String clinicToken = token(region.clinic().organisationId(), region.clinicStaff());

		this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/check-ins", region.lodging().id()).with(bearer(clinicToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bookingNumber\": \"%s\"}".formatted(booking.number())))
			.andExpect(status().isForbidden());
		assertThat(this.checkIns.count(region.lodging().id(), booking.id())).isZero();

		this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/check-ins", region.lodging().id()).with(bearer(lodgingToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"checkInToken\": \"%s\"}".formatted(booking.checkInToken())))
			.andExpect(status().isCreated());
		CheckIn checkIn = this.checkIns.todayAt(region.lodging().id(), booking.id()).orElseThrow();
		assertThat(checkIn.method()).isEqualTo(CheckInMethod.API);
		assertThat(checkIn.targetArea()).isEqualTo(TargetArea.ASIA);
		assertThat(checkIn.originCountry()).isEqualTo("KR");

		String twice = this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/check-ins", region.lodging().id()).with(bearer(lodgingToken))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bookingNumber\": \"%s\"}".formatted(booking.number())))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("Already checked in today");
		String unknown = this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/check-ins", region.lodging().id()).with(bearer(lodgingToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bookingNumber\": \"ZZZZ-ZZZZ\"}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(unknown).contains("tourism.checkin.refused.UNKNOWN", "この番号のものは見つかりません");

		long walkIns = this.checkIns.walkInCount(region.lodging().id());
		this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/walk-ins", region.lodging().id()).with(bearer(clinicToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"people\": 3, \"targetArea\": \"NEARBY\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/walk-ins", region.lodging().id()).with(bearer(lodgingToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"people\": 0, \"targetArea\": \"MARS\"}"))
			.andExpect(status().isBadRequest());
		assertThat(this.checkIns.walkInCount(region.lodging().id())).isEqualTo(walkIns);
		this.mvc
			.perform(post("/api/v1/tourism/facilities/{id}/walk-ins", region.lodging().id()).with(bearer(lodgingToken))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"people\": 3, \"targetArea\": \"NEARBY\"}"))
			.andExpect(status().isCreated());
		assertThat(this.checkIns.walkInCount(region.lodging().id())).isEqualTo(walkIns + 1);
	}

	@Test
	void walkInsAreCountedFromOneTo500FromAKnownArea() throws Exception {
		Region region = this.parties.region(5, 10, 4);
		UUID lodging = region.lodging().id();

		assertThat(walkIn(region, "0", "ASIA").errorFor("people")).contains("1以上");
		assertThat(walkIn(region, "501", "ASIA").errorFor("people")).contains("500以下");
		assertThat(walkIn(region, "3", "MARS").errorFor("targetArea")).contains("地域を一覧から選んでください");
		assertThat(this.checkIns.walkInCount(lodging)).isZero();

		this.mvc
			.perform(post("/tourism/facility/{id}/walk-ins", lodging).with(csrf())
				.with(as(region.lodgingStaff()))
				.param("people", "12")
				.param("targetArea", "SHUTOKEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.checkIns.walkInCount(lodging)).isEqualTo(1);
		assertThat(
				text(this.mvc.perform(get("/tourism/facility/{id}/walk-ins", lodging).with(as(region.lodgingStaff())))))
			.contains("合計 12 名");
		this.mvc
			.perform(post("/tourism/facility/{id}/walk-ins", lodging).with(csrf())
				.with(as(region.clinicStaff()))
				.param("people", "2")
				.param("targetArea", "SHUTOKEN"))
			.andExpect(status().isForbidden());
		assertThat(this.checkIns.walkInCount(lodging)).isEqualTo(1);
	}

	private Page walkIn(Region region, String people, String area) throws Exception {
		return Page.of(
				this.mvc
					.perform(post("/tourism/facility/{id}/walk-ins", region.lodging().id()).with(csrf())
						.with(as(region.lodgingStaff()))
						.param("people", people)
						.param("targetArea", area))
					.andExpect(status().isOk()));
	}

	/** A booking arriving in so many days. */
	private Booking book(Region region, Guest guest, int days) {
		LocalDate arrival = this.parties.today().plusDays(days);
		return this.bookings.book(guest, region.programme().id(), arrival, 2,
				guest.origin().isJapan() ? Language.JA : Language.KO, null);
	}

	/** A booking made two days ago for today. */
	private Booking arrivedToday(Region region, Guest guest) {
		Booking booking = book(region, guest, 2);
		this.clock.advance(Duration.ofDays(2));
		return booking;
	}

	private MockHttpServletRequestBuilder desk(Region region, String number) {
		return post("/tourism/facility/{id}/check-in", region.lodging().id()).with(csrf())
			.with(as(region.lodgingStaff()))
			.param("number", number);
	}

	private RequestPostProcessor as(TestUser user) {
		return this.fixtures.signedIn(user);
	}

	private String token(UUID organisation, TestUser owner) throws Exception {
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "フロントのシステム"))).textOf("#api-token");
	}

	private static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static String text(ResultActions result) throws Exception {
		return Page.of(result).text();
	}

	private static String toFullWidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		for (char c : ascii.toCharArray()) {
			wide.append((c >= '!' && c <= '~') ? (char) (c - '!' + '！') : c);
		}
		return wide.toString();
	}

}
