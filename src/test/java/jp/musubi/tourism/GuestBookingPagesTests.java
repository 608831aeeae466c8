package jp.musubi.tourism;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.BookingStatus;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.CapacityLedger;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The guest's side of the CRM through its pages: browsing programmes in their language,
 * booking once across a lodging and a clinic, the profile needed first, every refusal as
 * a message next to the form with nothing taken, changing and cancelling under the
 * policy, the QR code, the APPI records, and nobody reaching another guest's booking.
 */
@MusubiTest
class GuestBookingPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Bookings bookings;

	@Autowired
	Guests guests;

	@Autowired
	CapacityLedger ledger;

	@Autowired
	MovableClock clock;

	TourismParties parties;

	Region region;

	@BeforeEach
	void region() {
		this.parties = new TourismParties(this.context);
		this.region = this.parties.region(5, 10, 4);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theProgrammeListShowsPublishedProgrammesInTheVisitorsLanguageWithPriceNightsAndFacilities() throws Exception {
		Page list = findInPages("/tourism?lang=ko", "3박 미니 탕치");

		assertThat(list.lang()).isEqualTo("ko");
		String card = list.document()
			.select("li.card")
			.stream()
			.filter((li) -> li.text().contains(this.region.lodging().name()))
			.findFirst()
			.orElseThrow()
			.text();
		assertThat(card).contains("3박 미니 탕치", "45,000", "3박", this.region.lodging().name(),
				this.region.clinic().name());
	}

	@Test
	void anEmptyPageOfProgrammesSaysSo() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/tourism").param("page", "100000").accept(MediaType.TEXT_HTML)));

		assertThat(page.text()).contains("いま予約できるプログラムはありません。");
	}

	@Test
	void theProgrammePageSaysWhatIsIncludedInPlainWordsAndLetsAVisitorSignInToBook() throws Exception {
		Page page = Page.of(this.mvc.perform(programmePage().accept(MediaType.TEXT_HTML)));

		assertThat(page.heading()).isEqualTo("3泊ミニ湯治");
		assertThat(page.textsOf(".itinerary li")).containsExactly("宿泊 3泊 (" + this.region.lodging().name() + ")",
				"湯治指導 1〜3日目 (" + this.region.lodging().name() + ")",
				"健康チェック 1日目 (" + this.region.clinic().name() + ")");
		assertThat(page.text()).contains("到着の3日前まで、変更・取消は無料です。それ以降の取消には料金の50％がかかります。");
		assertThat(page.document().select("a[href='/tourism/facilities/" + this.region.clinic().id() + "']"))
			.isNotEmpty();
		String signIn = page.attributeOf("#book a.button", "href");
		assertThat(signIn).isEqualTo("/tourism/programmes/" + this.region.programme().id() + "/book");
		assertThat(page.document().select("form[action$=/book]")).isEmpty();
		MvcResult toSignIn = this.mvc.perform(get(signIn).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(toSignIn.getResponse().getRedirectedUrl()).endsWith("/signin");
	}

	@Test
	void aPersonWithoutAGuestProfileFillsItInAndComesBackToTheBookingWithWhatTheyTyped() throws Exception {
		TestUser person = this.fixtures.member("初めて");
		String arrival = this.parties.today().plusDays(20).toString();

		MvcResult posted = this.mvc
			.perform(book(person).param("arrival", arrival).param("partySize", "2").param("redemptionCode", "AKI2026"))
			.andReturn();

		String profilePath = posted.getResponse().getRedirectedUrl();
		assertThat(profilePath).startsWith("/tourism/me?");
		Page profile = follow(posted, person);
		assertThat(profile.text()).contains("予約の前に、お客さまプロフィールを登録してください。");
		assertThat(profile.valueOf("arrival")).isEqualTo(arrival);
		assertThat(profile.valueOf("partySize")).isEqualTo("2");
		assertThat(profile.valueOf("redemptionCode")).isEqualTo("AKI2026");
		assertThat(profile.textsOf("#country option").get(0)).isEqualTo("日本");
		assertThat(profile.textsOf("#prefecture option")).contains("北海道", "沖縄県");
		assertThat(profile.document().select("input[type=checkbox][name=marketing]")).hasSize(1);
		assertThat(profile.document().select("input[type=checkbox][name=health]")).hasSize(1);
		assertThat(profile.document().select("input[type=checkbox][name=sharing]")).hasSize(1);

		MvcResult saved = this.mvc
			.perform(post("/tourism/me").with(csrf())
				.with(this.fixtures.signedIn(person))
				.param("country", "JP")
				.param("prefecture", "13")
				.param("city", "世田谷区")
				.param("language", "ja")
				.param("interests", "ONSEN", "TOJI")
				.param("health", "true")
				.param("programme", this.region.programme().id().toString())
				.param("arrival", arrival)
				.param("partySize", "2")
				.param("redemptionCode", "AKI2026"))
			.andReturn();

		assertThat(saved.getResponse().getRedirectedUrl())
			.startsWith("/tourism/programmes/" + this.region.programme().id() + "?")
			.endsWith("#book");
		Page back = follow(saved, person);
		assertThat(back.valueOf("arrival")).isEqualTo(arrival);
		assertThat(back.valueOf("partySize")).isEqualTo("2");
		assertThat(back.valueOf("redemptionCode")).isEqualTo("AKI2026");
		Guest guest = this.guests.ofAccount(person.id()).orElseThrow();
		assertThat(guest.origin().isJapan()).isTrue();
		assertThat(guest.consents()).containsExactly(jp.musubi.tourism.guest.Consent.HEALTH);
	}

	@Test
	void aProfileWithAnUnknownLanguageIsRefusedWithAMessageAndNothingSaved() throws Exception {
		TestUser person = this.fixtures.member("言語");

		Page page = Page.of(this.mvc.perform(post("/tourism/me").with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("country", "JP")
			.param("prefecture", "13")
			.param("language", "xx")));

		assertThat(page.errorFor("language")).isEqualTo("一覧にある言語を選んでください。");
		assertThat(this.guests.ofAccount(person.id())).isEmpty();
	}

	@Test
	void aProfileInJapanNeedsAPrefectureAndAnUnknownCountryIsRefused() throws Exception {
		TestUser person = this.fixtures.member("県");

		Page noPrefecture = Page.of(this.mvc.perform(post("/tourism/me").with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("country", "JP")
			.param("language", "ja")));
		Page noCountry = Page.of(this.mvc.perform(post("/tourism/me").with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("country", "XX")
			.param("language", "ja")));

		assertThat(noPrefecture.errorFor("prefecture")).isEqualTo("日本にお住まいの場合は都道府県を選んでください。");
		assertThat(noCountry.errorFor("country")).isEqualTo("一覧にある国・地域を選んでください。");
		Page longCity = Page.of(this.mvc.perform(post("/tourism/me").with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("country", "JP")
			.param("prefecture", "13")
			.param("city", "世".repeat(61))
			.param("language", "ja")));
		assertThat(longCity.errorFor("city")).isEqualTo("市区町村は60文字以内で入力してください。");
		assertThat(this.guests.ofAccount(person.id())).isEmpty();
	}

	@Test
	void aGuestBooksOnceAndSeesTheBookingWithItsQrCodeAndPolicy() throws Exception {
		TestUser person = guestPerson("予約");
		LocalDate arrival = this.parties.today().plusDays(14);

		MvcResult posted = this.mvc.perform(book(person).param("arrival", arrival.toString()).param("partySize", "2"))
			.andReturn();

		assertThat(posted.getResponse().getRedirectedUrl()).startsWith("/tourism/bookings/");
		Page page = follow(posted, person);
		Booking booking = onlyBookingOf(person);
		assertThat(page.textOf("[role=status]")).isEqualTo("予約しました。確認のメールをお送りします。");
		assertThat(page.heading()).isEqualTo("予約 " + booking.number());
		assertThat(page.text()).contains("3泊ミニ湯治", "90,000円", "予約確定", this.region.lodging().name(),
				this.region.clinic().name(), "和室", "湯治指導", "健康チェック");
		assertThat(page.text()).contains("変更・取消は" + day(arrival.minusDays(3)) + "まで無料です。");
		assertThat(page.attributeOf("img.qr", "src")).isEqualTo("/tourism/bookings/" + booking.id() + "/qr.png");
		assertThat(page.attributeOf("img.qr", "alt")).contains(booking.number());

		byte[] png = this.mvc
			.perform(get("/tourism/bookings/{id}/qr.png", booking.id()).with(this.fixtures.signedIn(person)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(QrCodes.text(png)).isEqualTo("http://localhost/tourism/check-in/" + booking.checkInToken());

		Page mine = Page.of(this.mvc.perform(get("/tourism/bookings").with(this.fixtures.signedIn(person))));
		assertThat(mine.text()).contains(booking.number(), "3泊ミニ湯治", "予約確定");
	}

	@Test
	void everyRefusedBookingSaysWhyNextToTheFormAndTakesNothing() throws Exception {
		TestUser person = guestPerson("断り");
		LocalDate today = this.parties.today();

		assertThat(refusal(person, today.toString(), "2", "arrival")).isEqualTo("到着日は明日以降の日付にしてください。");
		assertThat(refusal(person, today.minusDays(3).toString(), "2", "arrival")).isEqualTo("到着日は明日以降の日付にしてください。");
		assertThat(refusal(person, today.plusDays(10).toString(), "0", "partySize")).isEqualTo("人数は1〜4名にしてください。");
		assertThat(refusal(person, today.plusDays(10).toString(), "10000", "partySize")).isEqualTo("人数は1〜4名にしてください。");
		assertThat(refusal(person, today.plusYears(1).plusDays(1).toString(), "2", "arrival"))
			.isEqualTo("このプログラムは" + day(today.minusDays(30)) + "から" + day(today.plusYears(1)) + "までの到着で予約できます。");
		assertThat(refusal(person, "来週の金曜日", "2", "arrival")).isEqualTo("到着日を「2026-12-01」の形で入力してください。");
		assertThat(refusal(person, today.plusDays(10).toString(), "ふたり", "partySize"))
			.isEqualTo("人数を半角の数字で入力してください（例：2）。");
		assertThat(refusal(person, "", "", "arrival")).isEqualTo("到着日を入力してください。");
		String arrival = today.plusDays(10).toString();
		assertThat(Page.of(this.mvc.perform(book(person).param("arrival", arrival)
			.param("partySize", "2")
			.param("redemptionCode", "ABCDEFGHIJKLMNOPQRSTU"))).errorFor("redemptionCode"))
			.isEqualTo("クーポンコードは20文字以内で入力してください。");
		// Twenty characters as typed, forty once ㍻ is read as 平成: still too long to keep.
		assertThat(Page.of(this.mvc.perform(
				book(person).param("arrival", arrival).param("partySize", "2").param("redemptionCode", "㍻".repeat(20))))
			.errorFor("redemptionCode")).isEqualTo("クーポンコードは20文字以内で入力してください。");

		Guest guest = this.guests.ofAccount(person.id()).orElseThrow();
		assertThat(this.bookings.ofGuest(guest.id(), Pageable.unpaged()).getTotalElements()).isZero();
		assertThat(this.ledger.taken(this.region.room().id(), today.plusDays(10))).isZero();
	}

	@Test
	void aSoldOutComponentIsNamedWithItsDayAndNothingIsTaken() throws Exception {
		Region small = this.parties.region(1, 10, 4);
		LocalDate arrival = this.parties.today().plusDays(9);
		this.bookings.book(this.parties.guestFromTokyo("先客"), small.programme().id(), arrival, 1, Language.JA, null);
		TestUser person = guestPerson("満室");

		Page page = Page.of(this.mvc.perform(post("/tourism/programmes/{id}/book", small.programme().id()).with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("arrival", arrival.toString())
			.param("partySize", "1")));

		assertThat(page.textOf(".error-summary")).contains(day(arrival) + "の「和室」に空きがありません。");
		assertThat(this.ledger.taken(small.therapy().id(), arrival)).isEqualTo(1);
		assertThat(this.ledger.taken(small.checkup().id(), arrival)).isEqualTo(1);
		Guest guest = this.guests.ofAccount(person.id()).orElseThrow();
		assertThat(this.bookings.ofGuest(guest.id(), Pageable.unpaged()).getTotalElements()).isZero();
	}

	@Test
	void aGuestChangesTheirBookingAndCancelsItAfterSeeingTheFee() throws Exception {
		TestUser person = guestPerson("変更");
		LocalDate arrival = this.parties.today().plusDays(20);
		Booking booking = bookThroughThePage(person, arrival, 2);

		MvcResult changed = this.mvc
			.perform(post("/tourism/bookings/{id}/change", booking.id()).with(csrf())
				.with(this.fixtures.signedIn(person))
				.param("arrival", arrival.plusDays(1).toString())
				.param("partySize", "3"))
			.andReturn();
		assertThat(follow(changed, person).textOf("[role=status]")).isEqualTo("予約を変更しました。");
		assertThat(this.bookings.find(booking.id()).orElseThrow().arrival()).isEqualTo(arrival.plusDays(1));
		assertThat(this.bookings.find(booking.id()).orElseThrow().partySize()).isEqualTo(3);

		Page refusedChange = Page.of(this.mvc.perform(post("/tourism/bookings/{id}/change", booking.id()).with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("arrival", arrival.toString())
			.param("partySize", "10000")));
		assertThat(refusedChange.errorFor("partySize")).isEqualTo("人数は1〜4名にしてください。");
		assertThat(this.bookings.find(booking.id()).orElseThrow().partySize()).isEqualTo(3);

		// Two days before arrival the free period is over: the fee is half the price.
		this.clock.advance(java.time.Duration.ofDays(19));
		Page confirm = Page.of(this.mvc
			.perform(get("/tourism/bookings/{id}/cancel", booking.id()).with(this.fixtures.signedIn(person))));
		assertThat(confirm.heading()).isEqualTo("予約を取り消しますか");
		assertThat(confirm.text()).contains("いま取り消した場合の取消料", "67,500円");
		Page late = Page.of(this.mvc.perform(post("/tourism/bookings/{id}/change", booking.id()).with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("arrival", arrival.plusDays(5).toString())
			.param("partySize", "3")));
		assertThat(late.textOf(".error-summary")).contains("無料で変更できるのは");

		MvcResult cancelled = this.mvc
			.perform(post("/tourism/bookings/{id}/cancel", booking.id()).with(csrf())
				.with(this.fixtures.signedIn(person)))
			.andReturn();
		Page after = follow(cancelled, person);
		assertThat(after.textOf("[role=status]")).isEqualTo("予約を取り消しました。");
		assertThat(after.text()).contains("取消済み", "67,500円");
		assertThat(this.bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
	}

	@Test
	void nobodyReadsOrChangesAnotherGuestsBookingOrItsQrCode() throws Exception {
		TestUser owner = guestPerson("持ち主");
		LocalDate arrival = this.parties.today().plusDays(15);
		Booking booking = bookThroughThePage(owner, arrival, 2);
		TestUser other = guestPerson("他人");
		TestUser noProfile = this.fixtures.member("無関係");

		for (TestUser intruder : new TestUser[] { other, noProfile }) {
			assertThat(status(get("/tourism/bookings/{id}", booking.id()), intruder)).isEqualTo(403);
			assertThat(status(get("/tourism/bookings/{id}/qr.png", booking.id()), intruder)).isEqualTo(403);
			assertThat(status(get("/tourism/bookings/{id}/cancel", booking.id()), intruder)).isEqualTo(403);
			assertThat(status(post("/tourism/bookings/{id}/cancel", booking.id()).with(csrf()), intruder))
				.isEqualTo(403);
			assertThat(status(post("/tourism/bookings/{id}/change", booking.id()).with(csrf())
				.param("arrival", arrival.plusDays(1).toString())
				.param("partySize", "1"), intruder)).isEqualTo(403);
		}
		assertThat(status(get("/tourism/bookings/{id}", UUID.randomUUID()), other)).isEqualTo(404);

		Booking unchanged = this.bookings.find(booking.id()).orElseThrow();
		assertThat(unchanged.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(unchanged.arrival()).isEqualTo(arrival);
		assertThat(unchanged.partySize()).isEqualTo(2);
		Page othersList = Page.of(this.mvc.perform(get("/tourism/bookings").with(this.fixtures.signedIn(other))));
		assertThat(othersList.text()).doesNotContain(booking.number());
	}

	@Test
	void aGuestReadsTheRecordsOfTheirDataPassedToEachFacility() throws Exception {
		TestUser person = guestPerson("記録");
		bookThroughThePage(person, this.parties.today().plusDays(12), 1);
		TestUser other = guestPerson("他の記録");

		Page records = Page.of(this.mvc.perform(get("/tourism/me/records").with(this.fixtures.signedIn(person))));
		Page othersRecords = Page.of(this.mvc.perform(get("/tourism/me/records").with(this.fixtures.signedIn(other))));

		assertThat(records.heading()).isEqualTo("第三者提供の記録");
		assertThat(records.text()).contains("個人情報保護法にもとづき");
		assertThat(records.textsOf("tbody tr")).hasSize(2)
			.anySatisfy((row) -> assertThat(row).contains(this.region.lodging().name(), "氏名", "連絡先", "予約の手配"))
			.anySatisfy((row) -> assertThat(row).contains(this.region.clinic().name(), "氏名", "予約の手配"));
		assertThat(othersRecords.text()).contains("提供の記録はまだありません。").doesNotContain(this.region.lodging().name());
	}

	private TestUser guestPerson(String name) {
		TestUser person = this.fixtures.member(name);
		this.parties.guest(person, Origin.japan(jp.musubi.platform.text.Prefecture.TOKYO, null));
		return person;
	}

	private Booking bookThroughThePage(TestUser person, LocalDate arrival, int party) throws Exception {
		MvcResult posted = this.mvc
			.perform(book(person).param("arrival", arrival.toString()).param("partySize", Integer.toString(party)))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).as("booking").startsWith("/tourism/bookings/");
		return onlyBookingOf(person);
	}

	private Booking onlyBookingOf(TestUser person) {
		Guest guest = this.guests.ofAccount(person.id()).orElseThrow();
		return this.bookings.ofGuest(guest.id(), Pageable.unpaged()).getContent().get(0);
	}

	private String refusal(TestUser person, String arrival, String party, String field) throws Exception {
		Page page = Page.of(this.mvc.perform(book(person).param("arrival", arrival).param("partySize", party)));
		assertThat(page.textOf(".error-summary")).as("error summary for " + arrival + "/" + party).isNotEmpty();
		assertThat(page.valueOf("arrival")).as("what was typed is kept").isEqualTo(arrival);
		return page.errorFor(field);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder book(TestUser person) {
		return post("/tourism/programmes/{id}/book", this.region.programme().id()).with(csrf())
			.with(this.fixtures.signedIn(person));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder programmePage() {
		return get("/tourism/programmes/{id}", this.region.programme().id());
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			TestUser user) throws Exception {
		return this.mvc.perform(request.with(this.fixtures.signedIn(user)).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private Page follow(MvcResult posted, TestUser user) throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a redirect after the form").isNotNull();
		Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the message").isNotNull();
		return Page.of(this.mvc.perform(get(target).cookie(session).with(this.fixtures.signedIn(user))));
	}

	private Page findInPages(String path, String text) throws Exception {
		for (int page = 1; page < 200; page++) {
			Page found = Page.of(this.mvc.perform(get(path + "&page=" + page).accept(MediaType.TEXT_HTML)));
			if (found.text().contains(this.region.lodging().name())) {
				assertThat(found.text()).contains(text);
				return found;
			}
			if (found.document().select("a[rel=next]").isEmpty()) {
				break;
			}
		}
		throw new AssertionError("No programme of this region in " + path);
	}

	private static String day(LocalDate day) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(java.util.Locale.JAPANESE)
			.format(day);
	}

}
