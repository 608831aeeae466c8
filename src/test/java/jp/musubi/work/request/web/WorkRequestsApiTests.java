package jp.musubi.work.request.web;

import jp.musubi.work.ApiCallers;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.work.WorkParties;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.ids;
import static jp.musubi.work.ApiCallers.json;
import static jp.musubi.work.ApiCallers.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work requests through the JSON API: found by anyone once published, read by their
 * client and the agent before, posted by a client in person or by the client
 * organisation's system, and refused input answered field by field in the caller's
 * language.
 */
@MusubiTest
class WorkRequestsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	WorkRequestRepository requests;

	@Autowired
	JdbcClient jdbc;

	WorkParties parties;

	ApiCallers callers;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.callers = new ApiCallers(this.mvc, this.fixtures);
	}

	@Test
	void theSearchFindsPublishedWorkByAJapaneseWordAndNeverASubmittedRequest() throws Exception {
		UUID published = this.parties.publishedRequest("山菜料理のレシピ翻訳", "TRANSLATION", WorkParties.DATA_ENTRY);
		UUID submitted = this.parties.postedRequest("山菜料理の写真撮影", "PHOTOGRAPHY", WorkParties.DATA_ENTRY);

		var found = this.mvc.perform(get("/api/v1/work/requests").param("q", "山菜"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20));
		assertThat(ids(found, "$.items[*].id")).contains(published.toString()).doesNotContain(submitted.toString());
		found.andExpect(jsonPath("$.items[?(@.id == '%s')].title", published).value("山菜料理のレシピ翻訳"))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].clientName", published).value("株式会社みどり商事"))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].statusText", published).value("募集中"))
			.andExpect(jsonPath("$.skillFacets[?(@.id == '%s')].name", WorkParties.DATA_ENTRY).value("データ入力"));

		this.mvc
			.perform(get("/api/v1/work/requests").param("q", "山菜")
				.param("category", "TRANSLATION")
				.param("skill", WorkParties.DATA_ENTRY.toString())
				.param("remote", "true")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '%s')].statusText", published).value("Open for proposals"))
			.andExpect(jsonPath("$.skillFacets[?(@.id == '%s')].name", WorkParties.DATA_ENTRY).value("Data entry"));
		assertThat(ids(this.mvc.perform(get("/api/v1/work/requests").param("q", "山菜").param("category", "DESIGN")),
				"$.items[*].id"))
			.doesNotContain(published.toString());
	}

	@Test
	void resultsComeInPagesOfAtMostAHundred() throws Exception {
		for (String title : new String[] { "蕎麦打ち体験の案内文", "蕎麦打ち教室のチラシ", "蕎麦打ち名人の紹介記事" }) {
			this.parties.publishedRequest(title, "WRITING", WorkParties.DATA_ENTRY);
		}
		this.mvc.perform(get("/api/v1/work/requests").param("q", "蕎麦打ち").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.mvc.perform(get("/api/v1/work/requests").param("q", "蕎麦打ち").param("size", "2").param("page", "2"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(2));
		this.mvc.perform(get("/api/v1/work/requests").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.size"));
		this.mvc.perform(get("/api/v1/work/requests").param("size", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/work/requests").param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.mvc.perform(get("/api/v1/work/requests").param("size", "100")).andExpect(status().isOk());
	}

	@Test
	void aFilterValueTheApiDoesNotKnowIsRefusedRatherThanIgnored() throws Exception {
		this.mvc.perform(get("/api/v1/work/requests").param("category", "COOKING"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.choice"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("次のいずれかを指定してください：DATA_ENTRY, WRITING")));
		this.mvc.perform(get("/api/v1/work/requests").param("sort", "CHEAPEST").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.errors[0].message").value("Please use one of: RELEVANCE, NEWEST, BUDGET, DEADLINE"));
		for (String[] bad : new String[][] { { "budget", "CHEAP" }, { "deadline", "TOMORROW" }, { "remote", "maybe" },
				{ "skill", "not-a-skill" } }) {
			this.mvc.perform(get("/api/v1/work/requests").param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
	}

	@Test
	void aRequestUnderReviewIsReadOnlyByItsClientItsTokenAndTheAgent() throws Exception {
		UUID draft = this.parties.postedRequest("社外秘の翻訳依頼", "TRANSLATION", WorkParties.WEB_DESIGN);
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String otherToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		TestUser stranger = this.fixtures.member("他人");

		this.mvc.perform(get("/api/v1/work/requests/{id}", draft)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/work/requests/{id}", draft).with(this.fixtures.signedIn(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/work/requests/{id}", draft).with(bearer(otherToken)))
			.andExpect(status().isForbidden());
		for (var caller : new RequestPostProcessor[] { this.fixtures.signedIn(this.parties.client), bearer(token),
				this.fixtures.signedIn(this.parties.agent) }) {
			this.mvc.perform(get("/api/v1/work/requests/{id}", draft).with(caller))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value("社外秘の翻訳依頼"))
				.andExpect(jsonPath("$.status").value("SUBMITTED"))
				.andExpect(jsonPath("$.statusText").value("審査中"));
		}

		UUID published = this.parties.publishedRequest("公開された翻訳依頼", "TRANSLATION", WorkParties.WEB_DESIGN);
		this.mvc.perform(get("/api/v1/work/requests/{id}", published))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description").isNotEmpty())
			.andExpect(jsonPath("$.budget").value(50000));
		this.mvc.perform(get("/api/v1/work/requests/{id}", published).with(bearer(otherToken)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/work/requests/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void aClientPostsARequestInPersonAndItGoesToTheAgentsReview() throws Exception {
		String title = "観光マップの文章作成 " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(json(post("/api/v1/work/requests"),
					requestBody(title, this.parties.today().plusDays(30), WorkParties.WEB_DESIGN))
				.with(csrf())
				.with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/work/requests/")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.clientOrganisationId").value(this.parties.clientOrganisation.toString()))
			.andExpect(jsonPath("$.skills[0].id").value(WorkParties.WEB_DESIGN.toString()));
		WorkRequest stored = only(title);
		assertThat(stored.createdBy()).isEqualTo(this.parties.client.id());
		assertThat(stored.budget().amount()).isEqualTo(40_000);
		assertThat(reviewQueue()).contains(title);
	}

	@Test
	void aClientOrganisationsTokenPostsForItsOrganisationAndFollowsItsRequests() throws Exception {
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		UUID tokenId = this.jdbc.sql("SELECT id FROM api_token WHERE organisation_id = :id")
			.param("id", this.parties.clientOrganisation)
			.query(UUID.class)
			.single();
		String title = "温泉街の店舗紹介文 " + UUID.randomUUID().toString().substring(0, 8);
		String hourly = """
				{"title": "%s", "description": "店舗の紹介文を書いていただきます。", "category": "WRITING",
				 "pricing": "HOURLY", "hourlyRate": 1500, "estimatedHours": 20, "deadline": "%s",
				 "remote": false, "location": "07"}
				""".formatted(title, this.parties.today().plusDays(40));
		this.mvc.perform(json(post("/api/v1/work/requests"), hourly).with(bearer(token)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.budget").value(30000))
			.andExpect(jsonPath("$.location").value("07"))
			.andExpect(jsonPath("$.clientName").value("株式会社みどり商事"));
		WorkRequest stored = only(title);
		assertThat(stored.clientOrganisationId()).isEqualTo(this.parties.clientOrganisation);
		assertThat(stored.createdBy()).as("the token is recorded as the author").isEqualTo(tokenId);
		assertThat(reviewQueue()).contains(title);

		UUID published = this.parties.publishedRequest("公開済みの依頼", "WRITING", WorkParties.DATA_ENTRY);
		this.mvc.perform(get("/api/v1/work/requests/mine").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status", stored.id()).value("SUBMITTED"))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status", published).value("PUBLISHED"))
			.andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(2)));
		this.mvc.perform(get("/api/v1/work/requests/mine").with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '%s')].statusText", published).value("募集中"));
		this.mvc.perform(get("/api/v1/work/requests/mine").param("size", "1").with(bearer(token)))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void onlyAClientMayPostOrListRequestsAndOnlyForItsOwnOrganisation() throws Exception {
		String facilityToken = this.callers.tokenOfNew("湯の森温泉旅館", OrganisationType.FACILITY);
		String otherClientToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		TestUser stranger = this.fixtures.member("他人");
		String title = "乗っ取りの依頼 " + UUID.randomUUID().toString().substring(0, 8);
		String body = requestBody(title, this.parties.today().plusDays(30), WorkParties.DATA_ENTRY);
		String intoTheirs = body.replace("{", "{\"organisationId\": \"" + this.parties.clientOrganisation + "\", ");

		this.mvc.perform(json(post("/api/v1/work/requests"), body).with(bearer(facilityToken)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/work/requests"), intoTheirs).with(bearer(otherClientToken)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/work/requests"), body).with(csrf()).with(this.fixtures.signedIn(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					json(post("/api/v1/work/requests"), intoTheirs).with(csrf()).with(this.fixtures.signedIn(stranger)))
			.andExpect(status().isForbidden());
		// A browser session needs its CSRF token; only a bearer token goes without.
		this.mvc.perform(json(post("/api/v1/work/requests"), body).with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isForbidden());
		assertThat(count(title)).as("nothing was posted").isZero();

		this.mvc.perform(get("/api/v1/work/requests/mine").with(bearer(facilityToken)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/work/requests/mine").with(this.fixtures.signedIn(stranger)))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusedInputIsAProblemWithAMessagePerFieldInTheCallersLanguage() throws Exception {
		String blank = """
				{"title": " ", "description": "説明", "budget": 40000, "deadline": "%s"}
				""".formatted(this.parties.today().plusDays(10));
		this.mvc
			.perform(json(post("/api/v1/work/requests"), blank).with(csrf())
				.with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("入力内容に誤りがあります。各項目のメッセージをご確認ください。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].messageKey").value("NotBlank.title"))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("件名を入力してください。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'category')].message").value("仕事の種類を選んでください。"));
		this.mvc
			.perform(json(post("/api/v1/work/requests"), blank).with(csrf())
				.with(this.fixtures.signedIn(this.parties.client))
				.header("Accept-Language", "en-GB,en;q=0.9,ja;q=0.5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Some of the input is not valid. Please check the message for each field."))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Please enter a title."))
			.andExpect(jsonPath("$.errors[?(@.field == 'category')].message").value("Please choose the type of work."));

		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String cheap = requestBody("安すぎる依頼", this.parties.today().plusDays(10), WorkParties.DATA_ENTRY)
			.replace("\"budget\": 40000", "\"budget\": 10");
		this.mvc.perform(json(post("/api/v1/work/requests"), cheap).with(bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("budget"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.request.error.budget"))
			.andExpect(jsonPath("$.errors[0].message").value("予算は1,000円から5,000万円の間で入力してください。"));
		this.mvc.perform(json(post("/api/v1/work/requests"), cheap).with(bearer(token)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Please enter a budget between")));
		String past = requestBody("過去の締切", this.parties.today().minusDays(1), WorkParties.DATA_ENTRY);
		this.mvc.perform(json(post("/api/v1/work/requests"), past).with(bearer(token)))
			.andExpect(jsonPath("$.errors[0].field").value("deadline"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.request.error.deadlinePast"));
		String cooking = requestBody("料理の依頼", this.parties.today().plusDays(10), WorkParties.DATA_ENTRY)
			.replace("WRITING", "COOKING");
		this.mvc.perform(json(post("/api/v1/work/requests"), cooking).with(bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.choice"));
		String unknownSkill = requestBody("知らないスキル", this.parties.today().plusDays(10), UUID.randomUUID());
		this.mvc.perform(json(post("/api/v1/work/requests"), unknownSkill).with(bearer(token)))
			.andExpect(jsonPath("$.errors[0].field").value("skills"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.skill"));
		this.mvc.perform(json(post("/api/v1/work/requests"), "{\"title\": ").with(bearer(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.body"));
		assertThat(count("安すぎる依頼") + count("過去の締切") + count("料理の依頼") + count("知らないスキル")).isZero();
	}

	@Test
	void aBudgetIsANumberOrTheAmountAsPeopleTypeIt() throws Exception {
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (String budget : new String[] { "12000", "\"12,000\"", "\"１２，０００\"", "\"¥12,000\"", "\"￥12,000\"" }) {
			String title = "アンケートの入力 " + UUID.randomUUID().toString().substring(0, 8);
			String body = requestBody(title, this.parties.today().plusDays(10), WorkParties.DATA_ENTRY)
				.replace("\"budget\": 40000", "\"budget\": " + budget);
			this.mvc.perform(json(post("/api/v1/work/requests"), body).with(bearer(token)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.budget").value(12000));
			assertThat(only(title).budget().amount()).as(budget).isEqualTo(12_000);
		}
		for (String budget : new String[] { "12.5", "-1", "1e3", "\"12.5\"", "\"-1\"", "\"1e3\"", "\"五万円\"",
				"1000000000000" }) {
			String title = "金額の誤り " + UUID.randomUUID().toString().substring(0, 8);
			String body = requestBody(title, this.parties.today().plusDays(10), WorkParties.DATA_ENTRY)
				.replace("\"budget\": 40000", "\"budget\": " + budget);
			this.mvc.perform(json(post("/api/v1/work/requests"), body).with(bearer(token)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("budget"))
				.andExpect(jsonPath("$.errors[0].messageKey").value("typeMismatch.jp.musubi.platform.money.Yen"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("金額は円単位の整数で入力してください（例：12000、12,000、¥12,000）。小数、マイナス、1兆円以上は使えません。"));
			assertThat(count(title)).as(budget).isZero();
		}
	}

	@Test
	void withoutSignInOrTokenOnlyTheSearchAndPublishedRequestsAnswer() throws Exception {
		this.mvc.perform(get("/api/v1/work/requests")).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/work/requests/mine")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(json(post("/api/v1/work/requests"),
					requestBody("匿名の依頼", this.parties.today().plusDays(10), WorkParties.DATA_ENTRY))
				.with(csrf()))
			.andExpect(status().isUnauthorized());
		UUID any = UUID.randomUUID();
		this.mvc.perform(json(post("/api/v1/work/requests/{id}/proposals", any), "{}").with(csrf()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/work/contracts")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/work/contracts/{id}", any)).andExpect(status().isUnauthorized());
		this.mvc.perform(json(post("/api/v1/work/contracts/{id}/hours", any), "{}").with(csrf()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/work/invoices/{id}", any)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/work/requests").with(bearer("msb_forged"))).andExpect(status().isUnauthorized());
	}

	private WorkRequest only(String title) {
		UUID id = this.jdbc.sql("SELECT id FROM work_request WHERE title = :title")
			.param("title", title)
			.query(UUID.class)
			.single();
		return this.requests.findById(id).orElseThrow();
	}

	private long count(String title) {
		return this.jdbc.sql("SELECT count(*) FROM work_request WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private String reviewQueue() throws Exception {
		return this.parties.reviewQueue();
	}

}
