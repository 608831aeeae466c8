package jp.musubi.tourism.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.platform.web.Dates;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Segments and campaigns in the browser and through the API, as the agent's staff use
 * them: the count on saving, refusals next to their field, a campaign's code and the
 * bookings it brought in; and nobody else gets in.
 */
@MusubiTest
class CampaignPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	CampaignParties parties;

	Region region;

	TestUser staff;

	@BeforeEach
	void region() {
		this.parties = new CampaignParties(this.context);
		this.region = this.parties.tourism.region(10, 20, 10);
		this.staff = this.region.agentStaff();
	}

	@Test
	void savingASegmentSaysHowManyMatchAndHowManyWillReceive() throws Exception {
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("同意花子", Consent.MARKETING));
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("静か次郎"));

		MvcResult saved = this.mvc.perform(segmentForm("/tourism/segments", "ミニ湯治の利用者")).andReturn();
		Page page = follow(saved);

		assertThat(page.textOf(".notice")).contains("セグメントを保存しました。");
		assertThat(page.textOf("#segment-size")).isEqualTo("2人が該当します。そのうち1人が案内メールに同意しており、配信されます。1人は同意がないため対象外です。");
	}

	@Test
	void aWrongNumberInASegmentIsNamedNextToItsField() throws Exception {
		int before = count("segment");

		Page page = Page.of(this.mvc
			.perform(segmentForm("/tourism/segments", "誤り").param("minScore", "11").param("minVisits", "三回"))
			.andExpect(status().isOk()));

		assertThat(page.errorFor("minVisits")).isEqualTo("半角または全角の数字で入力してください。");
		Page second = Page.of(this.mvc.perform(segmentForm("/tourism/segments", "誤り").param("minScore", "11"))
			.andExpect(status().isOk()));
		assertThat(second.errorFor("minScore")).isEqualTo("おすすめ度は0から10までの数で入力してください。");
		assertThat(count("segment")).isEqualTo(before);
	}

	@Test
	void aCampaignToASegmentWithoutConsentOrInThePastIsRefusedNextToItsField() throws Exception {
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("静か次郎"));
		UUID segment = segment();
		int before = count("campaign");

		Page noConsent = Page.of(this.mvc.perform(campaignForm(segment, tomorrow())).andExpect(status().isOk()));
		assertThat(noConsent.errorFor("segmentId")).isEqualTo("このセグメントには、案内メールに同意したお客さまがいません。保存も予約もしていません。");

		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("同意花子", Consent.MARKETING));
		Page past = Page.of(this.mvc
			.perform(campaignForm(segment, LocalDateTime.ofInstant(this.clock.instant(), Dates.JAPAN).minusHours(2)))
			.andExpect(status().isOk()));
		assertThat(past.errorFor("sendAt")).startsWith("送る日時が過ぎています。");
		Page noJapanese = Page.of(this.mvc.perform(campaignForm(segment, tomorrow(), "")).andExpect(status().isOk()));
		assertThat(noJapanese.errorFor("subjectJa")).startsWith("日本語の件名を入力してください。");
		assertThat(count("campaign")).isEqualTo(before);
	}

	@Test
	void theCampaignPageShowsItsCodeAndTheBookingsMadeWithIt() throws Exception {
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("同意花子", Consent.MARKETING));
		UUID segment = segment();

		MvcResult scheduled = this.mvc.perform(campaignForm(segment, tomorrow())).andReturn();
		Page page = follow(scheduled);
		String code = page.textOf("#redemption-code");
		assertThat(page.textOf("#campaign-status")).isEqualTo("予約済み");
		assertThat(code).startsWith("MSB-");

		Guest newcomer = this.parties.tourism.guestFromKorea("Park", Consent.MARKETING);
		Booking booking = this.parties.book(this.region, newcomer, code);
		String path = scheduled.getResponse().getRedirectedUrl();
		Page after = Page.of(this.mvc.perform(get(path).with(this.parties.fixtures.signedIn(this.staff))));
		assertThat(after.textOf("#redemptions")).contains(booking.number()).contains("3泊ミニ湯治");
		assertThat(after.textOf("#redemptions-total")).contains("45,000");

		this.mvc.perform(post(path + "/cancel").with(csrf()).with(this.parties.fixtures.signedIn(this.staff)))
			.andExpect(status().is3xxRedirection());
		Page cancelled = Page.of(this.mvc.perform(get(path).with(this.parties.fixtures.signedIn(this.staff))));
		assertThat(cancelled.textOf("#campaign-status")).isEqualTo("取り消し");
	}

	@Test
	void theApiCreatesSegmentsAndCampaignsForTheAgentsStaff() throws Exception {
		this.parties.book(this.region, this.parties.tourism.guestFromTokyo("同意花子", Consent.MARKETING));

		String segment = body(
				this.mvc
					.perform(post("/api/v1/tourism/segments").with(csrf())
						.with(this.parties.fixtures.signedIn(this.staff))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\": \"API\", \"programmes\": [\"%s\"]}"
							.formatted(this.region.programme().id())))
					.andExpect(status().isCreated())
					.andReturn());
		assertThat((Integer) JsonPath.read(segment, "$.consenting")).isEqualTo(1);
		String segmentId = JsonPath.read(segment, "$.id");

		String refused = body(this.mvc.perform(post("/api/v1/tourism/campaigns").with(csrf())
			.with(this.parties.fixtures.signedIn(this.staff))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"秋\", \"segmentId\": \"%s\", \"texts\": {\"en\": {\"subject\": \"Autumn\", \"body\": \"Come\"}}}"
						.formatted(segmentId)))
			.andExpect(status().isBadRequest())
			.andReturn());
		assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("subjectJa");
		assertThat((String) JsonPath.read(refused, "$.detail"))
			.doesNotContainPattern("\\p{IsHiragana}|\\p{IsKatakana}");

		this.mvc
			.perform(post("/api/v1/tourism/campaigns").with(csrf())
				.with(this.parties.fixtures.signedIn(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"秋\", \"segmentId\": \"%s\", \"texts\": {\"ja\": null}}".formatted(segmentId)))
			.andExpect(status().isBadRequest());

		String created = body(this.mvc.perform(post("/api/v1/tourism/campaigns").with(csrf())
			.with(this.parties.fixtures.signedIn(this.staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"秋\", \"segmentId\": \"%s\", \"sendAt\": \"%s\", \"texts\": {\"ja\": {\"subject\": \"紅葉\", \"body\": \"湯治へ\"}}}"
						.formatted(segmentId, this.clock.instant().plus(Duration.ofDays(2)))))
			.andExpect(status().isCreated())
			.andReturn());
		String id = JsonPath.read(created, "$.id");
		String one = body(this.mvc
			.perform(get("/api/v1/tourism/campaigns/{id}", id).with(this.parties.fixtures.signedIn(this.staff)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat((String) JsonPath.read(one, "$.status")).isEqualTo("SCHEDULED");
		assertThat((String) JsonPath.read(one, "$.redemptionCode")).startsWith("MSB-");
	}

	@Test
	void aMemberCannotReachSegmentsOrCampaigns() throws Exception {
		TestUser member = this.parties.fixtures.member("会員");
		UUID segment = segment();

		this.mvc.perform(get("/tourism/segments").with(this.parties.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tourism/segments/{id}", segment).with(this.parties.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tourism/campaigns/new").with(this.parties.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/campaigns").with(this.parties.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(segmentForm("/tourism/segments/" + segment, "乗っ取り").with(this.parties.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select name from segment where id = ?", String.class, segment))
			.isEqualTo("ミニ湯治の利用者");
	}

	private MockHttpServletRequestBuilder segmentForm(String path, String name) {
		return post(path).with(csrf())
			.with(this.parties.fixtures.signedIn(this.staff))
			.param("name", name)
			.param("programmes", this.region.programme().id().toString());
	}

	private MockHttpServletRequestBuilder campaignForm(UUID segment, LocalDateTime sendAt) {
		return campaignForm(segment, sendAt, "紅葉の湯治");
	}

	private MockHttpServletRequestBuilder campaignForm(UUID segment, LocalDateTime sendAt, String japaneseSubject) {
		return post("/tourism/campaigns").with(csrf())
			.with(this.parties.fixtures.signedIn(this.staff))
			.param("name", "秋の湯治")
			.param("segmentId", segment.toString())
			.param("subjectJa", japaneseSubject)
			.param("bodyJa", "紅葉の季節に、ゆっくり湯治はいかがですか。")
			.param("when", "later")
			.param("sendAt", sendAt.withSecond(0).withNano(0).toString());
	}

	private UUID segment() throws Exception {
		MvcResult saved = this.mvc.perform(segmentForm("/tourism/segments", "ミニ湯治の利用者")).andReturn();
		String target = saved.getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/tourism/segments/");
		return UUID.fromString(target.substring(target.lastIndexOf('/') + 1));
	}

	private LocalDateTime tomorrow() {
		return LocalDateTime.ofInstant(this.clock.instant(), Dates.JAPAN).plusDays(1);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private Page follow(MvcResult posted) throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a redirect after the form").isNotNull();
		Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the message").isNotNull();
		return Page.of(this.mvc.perform(get(target).cookie(session).with(this.parties.fixtures.signedIn(this.staff))));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
