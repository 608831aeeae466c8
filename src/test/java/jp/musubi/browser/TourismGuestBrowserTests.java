package jp.musubi.browser;

import java.time.LocalDate;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.guest.Origin;
import jp.musubi.tourism.programme.ProgrammeTerms;
import jp.musubi.tourism.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest from Korea books the 3-night mini-toji across the lodging and the clinic in the
 * Korean pages of a real browser, sees the booking with its QR code, and gets the
 * confirmation in Korean; the same booking by keyboard alone, and without JavaScript.
 */
@MusubiTest
class TourismGuestBrowserTests extends BrowserTest {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programmes programmes;

	TourismParties parties;

	Region region;

	TestUser guest;

	/** A guest from Tokyo, whose pages are in Japanese after signing in. */
	TestUser tokyo;

	@BeforeEach
	void region() {
		this.parties = new TourismParties(this.context);
		this.region = this.parties.region(5, 10, 4);
		this.guest = this.fixtures.guest("jiwoo", Language.KO);
		this.parties.guest(this.guest, Origin.abroad("KR"));
		this.tokyo = this.fixtures.member("tokyo");
		this.parties.guest(this.tokyo, Origin.japan(jp.musubi.platform.text.Prefecture.TOKYO, null));
	}

	@Test
	void aKoreanGuestBooksTheMiniTojiAcrossLodgingAndClinicAndGetsTheConfirmationInKorean() {
		signIn(this.page, this.guest);
		this.page.navigate("/tourism");
		assertThat(heading(this.page)).hasText("관광·웰니스 프로그램");
		this.page.navigate("/tourism/programmes/" + this.region.programme().id());
		assertThat(heading(this.page)).hasText("3박 미니 탕치");
		assertThat(this.page.locator(".itinerary")).containsText("숙박 3박 (" + this.region.lodging().name() + ")");
		assertThat(this.page.locator(".itinerary")).containsText("1일째 (" + this.region.clinic().name() + ")");
		assertAccessible();

		LocalDate arrival = this.parties.today().plusDays(21);
		this.page.getByLabel("도착일", EXACT).fill(arrival.toString());
		this.page.getByLabel("인원", EXACT).fill("2");
		button(this.page, "이 내용으로 예약하기").click();

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("예약되었습니다. 확인 메일을 보내 드립니다.");
		assertThat(heading(this.page)).containsText("예약 ");
		assertThat(this.page.locator("#main")).containsText(this.region.lodging().name());
		assertThat(this.page.locator("#main")).containsText(this.region.clinic().name());
		Locator qr = this.page.locator("img.qr");
		assertThat(qr).isVisible();
		// The picture loads after the page; it is there once the browser decoded it.
		this.page.waitForFunction(
				"() => { const img = document.querySelector('img.qr'); return img.complete && img.naturalWidth > 0; }");
		assertAccessible();

		MimeMessage mail = Mailbox.awaitFirst(this.guest.email());
		assertThat(Mailbox.subject(mail)).startsWith("[Musubi] 예약이 확정되었습니다: 3박 미니 탕치");
		assertThat(Mailbox.to(this.guest.email())).hasSize(1);
	}

	@Test
	void aGuestBooksByKeyboardAlone() {
		// Up twice in each part of an empty date, in whatever order the browser shows
		// them,
		// gives 2 February of next year (an empty year starts at this one, month and day
		// at
		// 1), a real date whatever today is; the season reaches that far here.
		ProgrammeTerms terms = this.region.programme().terms();
		this.programmes.change(this.region.programme().id(),
				new ProgrammeTerms(terms.code(), terms.nights(), terms.pricePerPerson(), terms.seasonStart(),
						this.parties.today().plusYears(2), terms.minParty(), terms.maxParty(),
						terms.freeCancellationDays(), terms.cancellationFeePercent(), terms.texts(),
						terms.components()));
		signIn(this.page, this.tokyo);
		this.page.navigate("/tourism/programmes/" + this.region.programme().id());

		tabTo("arrival");
		for (int part = 0; part < 3; part++) {
			this.page.keyboard().press("ArrowUp");
			this.page.keyboard().press("ArrowUp");
			this.page.keyboard().press("ArrowRight");
		}
		tabTo("partySize");
		this.page.keyboard().type("1");
		tabTo("redemptionCode");
		this.page.keyboard().press("Tab");
		assertThat((String) this.page.evaluate("() => document.activeElement.textContent.trim()"))
			.isEqualTo("この内容で予約する");
		this.page.keyboard().press("Enter");

		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("予約しました。確認のメールをお送りします。");
		assertThat(heading(this.page)).containsText("予約 ");
		assertAccessible();
	}

	@Test
	void bookingAndCancellingWorkWithoutJavaScript() {
		withoutJavaScript();
		signIn(this.page, this.tokyo);
		this.page.navigate("/tourism/programmes/" + this.region.programme().id());
		this.page.getByLabel("到着日", EXACT).fill(this.parties.today().plusDays(30).toString());
		this.page.getByLabel("人数", EXACT).fill("0");
		button(this.page, "この内容で予約する").click();
		assertThat(this.page.locator(".error-summary")).containsText("人数は1〜4名にしてください。");

		this.page.getByLabel("人数", EXACT).fill("2");
		button(this.page, "この内容で予約する").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("予約しました。確認のメールをお送りします。");
		assertThat(this.page.locator("img.qr")).isVisible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("この予約を取り消す")).click();
		assertThat(heading(this.page)).hasText("予約を取り消しますか");
		assertThat(this.page.locator("#main")).containsText("0円");
		button(this.page, "取り消す").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("予約を取り消しました。");
		assertThat(this.page.locator("#main")).containsText("取消済み");
	}

	private void tabTo(String id) {
		for (int stops = 0; stops < 200; stops++) {
			this.page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			Map<String, Object> focused = (Map<String, Object>) this.page
				.evaluate("() => ({ id: document.activeElement.id })");
			if (id.equals(focused.get("id"))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
