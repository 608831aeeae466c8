package jp.musubi.browser;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.accounts.Accounts;
import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.figures.FigureRefresh;
import jp.musubi.tourism.followup.Surveys;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM from booking to shared figures, each person in their own browser: a guest from
 * Korea books the 3-night mini-toji across the lodging and the clinic in Korean and gets
 * the confirmation; the lodging's staff check her in by booking number; after the stay
 * the survey goes out in Korean and she answers it; the lodging's figures show her, her
 * area and her score; the clinic sees the lodging's guests only as a suppressed count.
 */
@MusubiTest
class TourismCrmBrowserTests extends BrowserTest {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Bookings bookings;

	@Autowired
	Surveys surveys;

	@Autowired
	FigureRefresh figures;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aKoreanGuestBooksIsCheckedInAnswersTheSurveyAndTheFiguresShowHerOnlyToHerLodging() {
		TourismParties parties = new TourismParties(this.context);
		Region region = parties.region(5, 10, 4);
		TestUser person = this.fixtures.guest("seoyeon", Language.KO);
		Guest guest = parties.guest(person, Origin.abroad("KR"));
		String name = this.accounts.person(person.id()).orElseThrow().displayName();

		// The guest books in Korean and is mailed in Korean.
		signIn(this.page, person);
		this.page.navigate("/tourism/programmes/" + region.programme().id());
		assertThat(heading(this.page)).hasText("3박 미니 탕치");
		LocalDate arrival = parties.today().plusDays(2);
		this.page.getByLabel("도착일", EXACT).fill(arrival.toString());
		this.page.getByLabel("인원", EXACT).fill("2");
		button(this.page, "이 내용으로 예약하기").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("예약되었습니다. 확인 메일을 보내 드립니다.");
		MimeMessage confirmation = Mailbox.awaitFirst(person.email(), "tourism-booking-confirmed");
		assertThat(Mailbox.subject(confirmation)).contains("3박 미니 탕치");
		Booking booking = this.bookings.ofGuest(guest.id(), Pageable.unpaged()).getContent().get(0);
		assertThat(this.page.locator("#main")).containsText(booking.number());

		// On the day of arrival the lodging's desk types the number as it was read out.
		this.clock.advance(Duration.ofDays(2));
		Page lodging = anotherBrowser();
		signIn(lodging, region.lodgingStaff());
		lodging.navigate("/tourism/facility/" + region.lodging().id() + "/check-in");
		assertThat(lodging.locator("#main")).containsText(booking.number());
		lodging.getByLabel("予約番号", EXACT).fill(booking.number().toLowerCase().replace("-", ""));
		button(lodging, "チェックインする").click();
		assertThat(lodging.getByRole(AriaRole.STATUS)).containsText("チェックインしました。");
		assertAccessible(lodging);

		// Three nights, a day after check-out: the survey goes out in Korean and is
		// answered.
		this.clock.advance(Duration.ofDays(4).plusHours(12));
		this.surveys.sendDue();
		MimeMessage survey = Mailbox.awaitFirst(person.email(), "tourism-survey");
		assertThat(Mailbox.subject(survey)).contains("설문");
		this.page.navigate(Mailbox.path(survey, "/tourism/surveys/"));
		assertThat(heading(this.page)).hasText("숙박 설문");
		this.page.getByLabel("9", EXACT).check();
		this.page.getByLabel("소감 및 의견(선택)", EXACT).fill("温泉と食事がとても良かったです。");
		button(this.page, "답변 보내기").click();
		assertThat(heading(this.page)).hasText("답변해 주셔서 감사합니다");

		// The lodging sees her in detail: her name, her area, her visit.
		this.figures.refresh();
		lodging.navigate(
				"/tourism/facility/" + region.lodging().id() + "/figures?month=" + arrival.toString().substring(0, 7));
		Locator ownGuests = lodging.locator("#own-guests");
		assertThat(ownGuests).containsText(name);
		assertThat(ownGuests.locator("tr", new Locator.LocatorOptions().setHasText(name))).containsText("アジア");
		assertThat(lodging.locator("#own-visits")).containsText(arrival.toString().substring(0, 7));
		assertAccessible(lodging);

		// The agent's dashboard shows the region's origins, repeat rate and score.
		Page agent = anotherBrowser();
		signIn(agent, region.agentStaff());
		agent.navigate("/tourism/figures");
		assertThat(agent.locator("#main")).containsText("アジア");
		assertThat(agent.locator("#main")).containsText("リピート");
		assertThat(agent.locator("#main")).containsText("NPS");
		assertAccessible(agent);

		// The clinic sees the lodging's one guest only as hidden (秘匿), and never her
		// name.
		Page clinic = anotherBrowser();
		signIn(clinic, region.clinicStaff());
		clinic.navigate(
				"/tourism/facility/" + region.clinic().id() + "/figures?month=" + arrival.toString().substring(0, 7));
		Locator lodgingRow = clinic.locator("#other-facilities tr",
				new Page.LocatorOptions().setHasText(region.lodging().name()));
		assertThat(lodgingRow).containsText("秘匿");
		assertThat(clinic.locator("#main")).not().containsText(name);
		clinic.navigate("/tourism/facility/" + region.lodging().id() + "/figures");
		assertThat(clinic.locator("#main")).not().containsText(name);
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
