package jp.musubi.work.profile.web;

import jp.musubi.work.ApiCallers;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.profile.WorkProfileRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.ids;
import static jp.musubi.work.ApiCallers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work profiles through the API: a member keeps their own under the profile page's rules;
 * clients and the agent read them, search them and see whom the exchange recommends;
 * other members and organisations' tokens do not.
 */
@MusubiTest
class ProfileApiTests {

	static final UUID ILLUSTRATION = UUID.fromString("fe185670-a7e0-5e5e-9fc9-948a6452f915");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	WorkProfileRepository profiles;

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
	void refusedProfileDetailsAreAnsweredFieldByFieldAndNothingIsSaved() throws Exception {
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);
		this.mvc.perform(describe("""
				{"introduction": "イラストを描いています。", "hoursPerWeek": 20, "prefecture": "07"}
				""").with(member)).andExpect(status().isOk()).andExpect(jsonPath("$.hoursPerWeek").value(20));

		this.mvc.perform(describe("""
				{"introduction": "<b>太字</b>で \\u2067描きます\\u2069", "hoursPerWeek": 81}
				""").with(member))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'introduction')].messageKey").value("validation.character.2067"))
			.andExpect(jsonPath("$.errors[?(@.field == 'introduction')].message")
				.value("使えない文字が含まれています: U+2067（右から左への分離）"))
			.andExpect(jsonPath("$.errors[?(@.field == 'hoursPerWeek')].message").value("80以下の数を入力してください。"));
		String wrong = """
				{"hoursPerWeek": 10, "prefecture": "99", "registrationNumber": "T1234567890123",
				 "links": ["http://example.jp/works"]}
				""";
		this.mvc.perform(describe(wrong).with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[?(@.field == 'links')].messageKey").value("work.profile.error.link"))
			.andExpect(jsonPath("$.errors[?(@.field == 'registrationNumber')].message")
				.value("登録番号が正しくありません。Tと13桁の数字を、お手元の通知書のとおりに入力してください。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'prefecture')].messageKey").value("validation.prefecture"));
		this.mvc.perform(describe(wrong).with(member).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'links')].message",
					hasItem(org.hamcrest.Matchers.startsWith("Please enter"))));
		List<String> six = List.of("https://a.example", "https://b.example", "https://c.example", "https://d.example",
				"https://e.example", "https://f.example");
		this.mvc
			.perform(describe("{\"hoursPerWeek\": 10, \"links\": [\"%s\"]}".formatted(String.join("\", \"", six)))
				.with(member))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.profile.error.tooManyLinks"));
		this.mvc.perform(describe("{\"hoursPerWeek\": 10, \"links\": [null]}").with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0]"));

		WorkProfile stored = this.profiles.findById(this.parties.member.id()).orElseThrow();
		assertThat(stored.hoursPerWeek()).as("nothing refused was saved").isEqualTo(20);
		assertThat(stored.introduction()).isEqualTo("イラストを描いています。");
		assertThat(stored.links()).isEmpty();
		assertThat(stored.registrationNumber()).isEmpty();
	}

	@Test
	void aMemberKeepsTheirSkillsWithinTheVocabularyAndTheLimits() throws Exception {
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);
		this.mvc.perform(skill(ILLUSTRATION, 6, 3).with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.errors[0].message").value("5以下の数を入力してください。"));
		this.mvc.perform(skill(UUID.randomUUID(), 3, 3).with(member))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Content-Language", "ja"))
			.andExpect(jsonPath("$.title").value("リクエストに誤りがあります"))
			.andExpect(jsonPath("$.messageKey").value("work.api.error.skill"))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.instance").value(startsWith("/api/v1/work/profile/skills/")))
			.andExpect(jsonPath("$.errors[0].field").value("skillId"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.skill"));
		this.mvc.perform(skill(ILLUSTRATION, 3, 4).with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills[0].level").value(3));
		this.mvc.perform(skill(ILLUSTRATION, 4, 5).with(member))
			.andExpect(jsonPath("$.skills.length()").value(1))
			.andExpect(jsonPath("$.skills[0].levelText").value("上級"));

		List<String> vocabulary = ids(this.mvc.perform(get("/api/v1/work/skills").with(member)), "$[*].skills[*].id");
		for (String id : vocabulary.subList(0, WorkProfile.MAX_SKILLS + 1)) {
			this.mvc.perform(skill(UUID.fromString(id), 2, 1).with(member));
		}
		assertThat(skillCount()).isEqualTo(WorkProfile.MAX_SKILLS);
		this.mvc.perform(skill(UUID.fromString(vocabulary.get(WorkProfile.MAX_SKILLS + 1)), 2, 1).with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.profile.error.tooManySkills"));
		this.mvc.perform(delete("/api/v1/work/profile/skills/{id}", vocabulary.get(0)).with(csrf()).with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills.length()").value(WorkProfile.MAX_SKILLS - 1));

		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		this.mvc.perform(get("/api/v1/work/profile").with(bearer(token))).andExpect(status().isForbidden());
		this.mvc.perform(skill(ILLUSTRATION, 1, 1).with(bearer(token))).andExpect(status().isForbidden());
		assertThat(skillCount()).isEqualTo(WorkProfile.MAX_SKILLS - 1);
	}

	@Test
	void theVocabularyComesByFieldInTheCallersLanguageForAnyoneSignedInOrAToken() throws Exception {
		String token = this.callers.tokenOfNew("湯の森温泉旅館", OrganisationType.FACILITY);
		this.mvc.perform(get("/api/v1/work/skills").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.field == 'creative')].name").value("デザイン・写真・動画"))
			.andExpect(jsonPath("$[?(@.field == 'creative')].skills[*].name").value(hasItem("イラスト")));
		this.mvc
			.perform(get("/api/v1/work/skills").with(this.fixtures.signedIn(this.parties.member))
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$[?(@.field == 'creative')].name").value("Design, photo and video"))
			.andExpect(jsonPath("$[?(@.field == 'creative')].skills[*].name").value(hasItem("Illustration")));
		this.mvc.perform(get("/api/v1/work/skills")).andExpect(status().isUnauthorized());
	}

	@Test
	void clientsAndTheAgentReadAndFindMembersAndOtherMembersOrTokensDoNot() throws Exception {
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);
		this.mvc.perform(describe("""
				{"introduction": "水彩で旅館の挿絵を描いています。", "hoursPerWeek": 25, "prefecture": "07",
				 "links": ["https://example.jp/watercolours"]}
				""").with(member)).andExpect(status().isOk());
		this.mvc.perform(skill(ILLUSTRATION, 5, 12).with(member)).andExpect(status().isOk());

		for (RequestPostProcessor reader : new RequestPostProcessor[] { member,
				this.fixtures.signedIn(this.parties.client), this.fixtures.signedIn(this.parties.agent) }) {
			this.mvc.perform(get("/api/v1/work/members/{id}", this.parties.member.id()).with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.member.name").value("山田 花子"))
				.andExpect(jsonPath("$.member.skills[0].name").value("イラスト"))
				.andExpect(jsonPath("$.links[0]").value("https://example.jp/watercolours"))
				.andExpect(jsonPath("$.member.rating").doesNotExist())
				.andExpect(jsonPath("$.registrationNumber").doesNotExist())
				.andExpect(jsonPath("$.reviews.totalItems").value(0));
		}
		assertThat(ids(this.mvc.perform(get("/api/v1/work/members").param("q", "水彩 挿絵")
			.param("prefecture", "07")
			.param("minHours", "20")
			.with(this.fixtures.signedIn(this.parties.client))), "$.items[*].id"))
			.contains(this.parties.member.id().toString());
		assertThat(ids(this.mvc.perform(get("/api/v1/work/members").param("q", "水彩 挿絵")
			.param("minHours", "30")
			.with(this.fixtures.signedIn(this.parties.agent))), "$.items[*].id"))
			.doesNotContain(this.parties.member.id().toString());

		TestUser otherMember = this.fixtures.member("次郎");
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(otherMember),
				bearer(token) }) {
			this.mvc.perform(get("/api/v1/work/members/{id}", this.parties.member.id()).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/work/members").param("q", "水彩").with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/api/v1/work/members").param("prefecture", "福島")
				.with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prefecture"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.api.error.location"));
		this.mvc
			.perform(get("/api/v1/work/members").param("q", "あ".repeat(101))
				.with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void theExchangeRecommendsWorkToTheMemberAndTheMemberToTheClientWithReasons() throws Exception {
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);
		this.mvc.perform(describe("{\"hoursPerWeek\": 20, \"prefecture\": \"07\"}").with(member))
			.andExpect(status().isOk());
		this.mvc.perform(skill(ILLUSTRATION, 4, 3).with(member)).andExpect(status().isOk());
		UUID request = this.parties.publishedRequest("温泉まんじゅうの包装イラスト " + UUID.randomUUID(), "DESIGN", ILLUSTRATION);

		this.mvc.perform(get("/api/v1/work/recommended-requests").with(member))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.request.id == '%s')].reasons[*].text", request).value(hasItem("スキル「イラスト」（レベル4）")));
		this.mvc
			.perform(get("/api/v1/work/requests/{id}/recommended-members", request)
				.with(this.fixtures.signedIn(this.parties.agent))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.member.id == '%s')].reasons[*].messageKey", this.parties.member.id())
				.value(hasItem("work.match.region")))
			.andExpect(jsonPath("$[?(@.member.id == '%s')].reasons[*].text", this.parties.member.id())
				.value(hasItem(org.hamcrest.Matchers.containsString("Illustration"))));

		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { member,
				this.fixtures.signedIn(this.fixtures.member("他人")), bearer(token) }) {
			this.mvc.perform(get("/api/v1/work/requests/{id}/recommended-members", request).with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/work/recommended-requests").with(bearer(token)))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder describe(String body) {
		return json(put("/api/v1/work/profile"), body).with(csrf());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder skill(UUID skill, int level,
			int years) {
		return json(put("/api/v1/work/profile/skills/{id}", skill),
				"{\"level\": %d, \"years\": %d}".formatted(level, years))
			.with(csrf());
	}

	private long skillCount() {
		return this.jdbc.sql("SELECT count(*) FROM work_profile_skill WHERE account_id = :id")
			.param("id", this.parties.member.id())
			.query(Long.class)
			.single();
	}

}
