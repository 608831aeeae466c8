package jp.musubi.tourism.campaign.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.accounts.Accounts;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.support.MusubiWebTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.campaign.Campaign;
import jp.musubi.tourism.campaign.CampaignDraft;
import jp.musubi.tourism.campaign.CampaignExamples;
import jp.musubi.tourism.campaign.CampaignStatus;
import jp.musubi.tourism.campaign.Campaigns;
import jp.musubi.tourism.campaign.Segment;
import jp.musubi.tourism.campaign.SegmentCriteria;
import jp.musubi.tourism.campaign.SegmentSize;
import jp.musubi.tourism.campaign.Segments;
import jp.musubi.tourism.guest.TargetArea;
import jp.musubi.tourism.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaign and segment pages and API on their own, the services mocked: who gets in,
 * how a form is read into the draft or criteria the services take, and how a refusal
 * reaches the person (next to its field) or the program (problem+json). What the services
 * decide themselves is {@code CampaignPageTests}' and {@code CampaignTests}' to check, on
 * the whole application.
 */
@MusubiWebTest({ CampaignController.class, CampaignApi.class, SegmentController.class })
// The real rule of who is the agent's staff: SegmentController asks it itself.
@Import(TourismAccess.class)
class CampaignWebTests {

	private static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Campaigns campaigns;

	@MockitoBean
	Segments segments;

	@MockitoBean
	Programmes programmes;

	// TourismAccess asks it for a person's facilities, which no rule here needs.
	@MockitoBean
	Accounts accounts;

	private final CurrentUser staff = person(Role.MEMBER, Role.AGENT_STAFF);

	private final CurrentUser member = person(Role.MEMBER);

	private final Segment segment = CampaignExamples.segment("ミニ湯治の利用者", SegmentCriteria.everyone(), NOW);

	@BeforeEach
	void services() {
		given(this.segments.all(any())).willReturn(List.of(this.segment));
		given(this.segments.size(any())).willReturn(new SegmentSize(2, 1));
		given(this.campaigns.page(any(), any())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void aVisitorWhoIsNotSignedInIsSentToSignInAndAProgramIsAnswered401() throws Exception {
		this.mvc.perform(get("/tourism/campaigns").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/tourism/segments/new").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/api/v1/tourism/campaigns"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));

		verifyNoInteractions(this.campaigns, this.segments);
	}

	@Test
	void aMemberWithoutTheAgentStaffRoleIsRefusedTheSegmentFormAndNothingIsSaved() throws Exception {
		this.mvc.perform(get("/tourism/segments/new").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc.perform(segmentForm(this.member, "乗っ取り")).andExpect(status().isForbidden());

		verifyNoInteractions(this.segments);
	}

	@Test
	void aRefusalOfAccessFromTheServicesIsA403ForPagesAndApiAlike() throws Exception {
		given(this.campaigns.page(eq(this.member), any()))
			.willThrow(new TourismAccess.Refused("Only the agent's staff may do this"));

		this.mvc.perform(get("/tourism/campaigns").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/campaigns").with(user(this.member))).andExpect(status().isForbidden());
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsScheduled() throws Exception {
		this.mvc.perform(post("/tourism/campaigns").with(user(this.staff)).param("name", "秋の湯治"))
			.andExpect(status().isForbidden());

		verifyNoInteractions(this.campaigns);
	}

	@Test
	void theCampaignListRendersInJapaneseForTheAgentsStaff() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/tourism/campaigns").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML)));

		assertThat(page.lang()).isEqualTo("ja");
		assertThat(page.heading()).isEqualTo("キャンペーン");
	}

	@Test
	void aSendTimeThatCannotBeReadIsNamedNextToItsFieldAndNothingIsScheduled() throws Exception {
		Page page = Page.of(this.mvc.perform(campaignForm().param("when", "later").param("sendAt", "来週の月曜"))
			.andExpect(status().isOk()));

		assertThat(page.errorFor("sendAt")).isEqualTo("送る日時を正しく入力してください（例：2026-04-01 10:00）。");
		assertThat(page.fieldsInError()).containsExactly("sendAt");
		assertThat(page.valueOf("name")).isEqualTo("秋の湯治");
		verifyNoInteractions(this.campaigns);
	}

	@Test
	void aFormReadsIntoTheDraftTheServiceSchedulesAndThePersonIsSentToTheCampaign() throws Exception {
		Campaign scheduled = CampaignExamples.scheduled(draft(), "MSB-ABCDEF", NOW);
		given(this.campaigns.schedule(eq(this.staff), any())).willReturn(scheduled);

		this.mvc
			.perform(campaignForm().param("when", "later")
				.param("sendAt", "２０２７-０４-０１T１０:００")
				.param("subjectEn", "")
				.param("bodyEn", " "))
			.andExpect(redirectedUrl("/tourism/campaigns/" + scheduled.id()))
			.andExpect(flash().attribute("notice", "tourism.campaign.scheduled"));

		ArgumentCaptor<CampaignDraft> draft = ArgumentCaptor.forClass(CampaignDraft.class);
		verify(this.campaigns).schedule(eq(this.staff), draft.capture());
		assertThat(draft.getValue()).isEqualTo(new CampaignDraft("秋の湯治", this.segment.id(),
				Map.of(Language.JA, new CampaignDraft.Text("紅葉の湯治", "紅葉の季節に、ゆっくり湯治はいかがですか。")),
				Instant.parse("2027-04-01T01:00:00Z")));
	}

	@Test
	void aRefusalFromTheServiceIsShownNextToTheFieldItNames() throws Exception {
		given(this.campaigns.schedule(eq(this.staff), any()))
			.willThrow(new InputRefused("subjectJa", "tourism.campaign.error.japaneseSubject"));

		Page page = Page.of(this.mvc.perform(campaignForm().param("subjectJa", "")).andExpect(status().isOk()));

		assertThat(page.errorFor("subjectJa")).isEqualTo("日本語の件名を入力してください。日本語の文面は必須です。");
		assertThat(page.valueOf("name")).isEqualTo("秋の湯治");
	}

	@Test
	void aCampaignThatHasGoneAlreadyIsNotCancelledAgainAndThePersonIsToldSo() throws Exception {
		UUID id = UUID.randomUUID();
		willThrow(CampaignExamples.noLongerScheduled()).given(this.campaigns).cancel(this.staff, id);

		this.mvc.perform(post("/tourism/campaigns/{id}/cancel", id).with(csrf()).with(user(this.staff)))
			.andExpect(redirectedUrl("/tourism/campaigns/" + id))
			.andExpect(flash().attribute("notice", "tourism.campaign.noLongerScheduled"));
	}

	@Test
	void aNumberThatIsNotOneIsNamedNextToItsFieldAndNoSegmentIsSaved() throws Exception {
		Page page = Page
			.of(this.mvc.perform(segmentForm(this.staff, "誤り").param("minVisits", "三回").param("lastVisitAfter", "昨日"))
				.andExpect(status().isOk()));

		assertThat(page.errorFor("minVisits")).isEqualTo("半角または全角の数字で入力してください。");
		assertThat(page.errorFor("lastVisitAfter")).isEqualTo("日付を正しく入力してください（例：2026-04-01）。");
		verifyNoInteractions(this.segments);
	}

	@Test
	void aSegmentFormReadsFullWidthDigitsIntoTheCriteriaAndShowsTheSavedSegment() throws Exception {
		UUID programme = UUID.randomUUID();
		given(this.segments.create(eq(this.staff), eq("リピーター"), any())).willReturn(this.segment);

		this.mvc
			.perform(segmentForm(this.staff, "リピーター").param("minVisits", "３")
				.param("lastVisitAfter", "２０２６-０４-０１")
				.param("programmes", programme.toString())
				.param("languages", "ja", "en")
				.param("areas", "SHUTOKEN"))
			.andExpect(redirectedUrl("/tourism/segments/" + this.segment.id()))
			.andExpect(flash().attribute("notice", "tourism.segment.saved"));

		ArgumentCaptor<SegmentCriteria> criteria = ArgumentCaptor.forClass(SegmentCriteria.class);
		verify(this.segments).create(eq(this.staff), eq("リピーター"), criteria.capture());
		assertThat(criteria.getValue().minVisits()).isEqualTo(3);
		assertThat(criteria.getValue().lastVisitAfter()).hasToString("2026-04-01");
		assertThat(criteria.getValue().programmes()).containsExactly(programme);
		assertThat(criteria.getValue().languages()).containsExactlyInAnyOrder(Language.JA, Language.EN);
		assertThat(criteria.getValue().areas()).containsExactly(TargetArea.SHUTOKEN);
	}

	@Test
	void theApiRefusesATextInALanguageMusubiDoesNotSpeakAsProblemJsonNamingTheField() throws Exception {
		String problem = body(this.mvc
			.perform(post("/api/v1/tourism/campaigns").with(csrf())
				.with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"秋\", \"segmentId\": \"%s\", \"texts\": {\"fr\": {\"subject\": \"Automne\"}}}"
					.formatted(this.segment.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn());

		assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("texts");
		assertThat((String) JsonPath.read(problem, "$.messageKey")).isEqualTo("tourism.campaign.error.language");
		assertThat((String) JsonPath.read(problem, "$.detail")).isEqualTo("文面の言語は ja、en、ko、zh-CN のどれかにしてください。");
		verifyNoInteractions(this.campaigns);
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequestAndNothingIsScheduled() throws Exception {
		// The problem+json of this answer is written by the error page, which MockMvc
		// does
		// not dispatch to: the status is what the slice can see.
		this.mvc
			.perform(post("/api/v1/tourism/campaigns").with(csrf())
				.with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"秋\", \"segmentId\": "))
			.andExpect(status().isBadRequest());

		verifyNoInteractions(this.campaigns);
	}

	@Test
	void theApiAnswersARefusalInTheLanguageTheProgramAsksFor() throws Exception {
		given(this.campaigns.schedule(eq(this.staff), any()))
			.willThrow(new InputRefused("subjectJa", "tourism.campaign.error.japaneseSubject"));

		String problem = body(this.mvc
			.perform(post("/api/v1/tourism/campaigns").with(csrf())
				.with(user(this.staff))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"秋\", \"segmentId\": \"%s\", \"texts\": {\"en\": {\"subject\": \"Autumn\"}}}"
					.formatted(this.segment.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn());

		assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("subjectJa");
		assertThat((String) JsonPath.read(problem, "$.detail"))
			.isEqualTo("Please enter the Japanese subject. The Japanese text is required.");
	}

	@Test
	void theApiSchedulesTheCampaignItIsSentAndAnswersWithItsAddress() throws Exception {
		Instant sendAt = Instant.parse("2027-02-03T00:00:00Z");
		Campaign scheduled = CampaignExamples.scheduled(new CampaignDraft("秋", this.segment.id(),
				Map.of(Language.JA, new CampaignDraft.Text("紅葉", "湯治へ")), sendAt), "MSB-ABCDEF", NOW);
		given(this.campaigns.schedule(eq(this.staff), any())).willReturn(scheduled);

		String created = body(this.mvc.perform(post("/api/v1/tourism/campaigns").with(csrf())
			.with(user(this.staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"秋\", \"segmentId\": \"%s\", \"sendAt\": \"%s\", \"texts\": {\"ja\": {\"subject\": \"紅葉\", \"body\": \"湯治へ\"}, \"zh-CN\": {\"subject\": \"红叶\", \"body\": \"温泉\"}}}"
						.formatted(this.segment.id(), sendAt)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/tourism/campaigns/" + scheduled.id()))
			.andReturn());

		assertThat((String) JsonPath.read(created, "$.status")).isEqualTo(CampaignStatus.SCHEDULED.name());
		assertThat((String) JsonPath.read(created, "$.redemptionCode")).isEqualTo("MSB-ABCDEF");
		ArgumentCaptor<CampaignDraft> draft = ArgumentCaptor.forClass(CampaignDraft.class);
		verify(this.campaigns).schedule(eq(this.staff), draft.capture());
		assertThat(draft.getValue().texts()).containsOnlyKeys(Language.JA, Language.ZH_CN);
		assertThat(draft.getValue().sendAt()).isEqualTo(sendAt);
	}

	private MockHttpServletRequestBuilder campaignForm() {
		return post("/tourism/campaigns").with(csrf())
			.with(user(this.staff))
			.param("name", "秋の湯治")
			.param("segmentId", this.segment.id().toString())
			.param("subjectJa", "紅葉の湯治")
			.param("bodyJa", "紅葉の季節に、ゆっくり湯治はいかがですか。");
	}

	private CampaignDraft draft() {
		return new CampaignDraft("秋の湯治", this.segment.id(),
				Map.of(Language.JA, new CampaignDraft.Text("紅葉の湯治", "紅葉の季節に、ゆっくり湯治はいかがですか。")),
				Instant.parse("2027-04-01T01:00:00Z"));
	}

	private MockHttpServletRequestBuilder segmentForm(CurrentUser who, String name) {
		return post("/tourism/segments").with(csrf()).with(user(who)).param("name", name);
	}

	/** Signed in as this person, as the application would after sign-in by form. */
	private static CurrentUser person(Role... roles) {
		return new CurrentUser(UUID.randomUUID(), "staff@example.jp", null, "山田", Language.JA,
				EnumSet.copyOf(Set.of(roles)), true, false);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
