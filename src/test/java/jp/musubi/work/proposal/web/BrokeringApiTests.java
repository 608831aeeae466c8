package jp.musubi.work.proposal.web;

import jp.musubi.work.ApiCallers;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.proposal.ProposalStatus;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.acceptTerms;
import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.ids;
import static jp.musubi.work.ApiCallers.json;
import static jp.musubi.work.ApiCallers.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brokering through the API: the agent's review of new requests, the client changing or
 * withdrawing its own, and proposals from listing to acceptance, each refused to those it
 * is not for, with nothing changed.
 */
@MusubiTest
class BrokeringApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	WorkRequestRepository requests;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	JdbcClient jdbc;

	WorkParties parties;

	ApiCallers callers;

	RequestPostProcessor client;

	RequestPostProcessor agent;

	TestUser stranger;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.callers = new ApiCallers(this.mvc, this.fixtures);
		this.client = this.fixtures.signedIn(this.parties.client);
		this.agent = this.fixtures.signedIn(this.parties.agent);
		this.stranger = this.fixtures.member("他人");
	}

	@Test
	void onlyTheAgentsStaffReviewAndAReturnNeedsAReason() throws Exception {
		UUID request = this.parties.postedRequest("民宿の予約表の整理", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.client,
				this.fixtures.signedIn(this.stranger), bearer(token) }) {
			this.mvc.perform(get("/api/v1/work/review").with(outsider)).andExpect(status().isForbidden());
			this.mvc.perform(post("/api/v1/work/requests/{id}/publish", request).with(csrf()).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(giveBack(request, "内容が足りません。").with(outsider)).andExpect(status().isForbidden());
		}
		assertThat(statusOf(request)).as("nothing changed").isEqualTo(RequestStatus.SUBMITTED);

		this.mvc.perform(giveBack(request, " ").with(this.agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("差し戻しの理由を1000文字以内で入力してください。"));
		this.mvc.perform(giveBack(request, "\u2066内容\u2069").with(this.agent).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("This contains a character that cannot be used: U+2066 (left-to-right isolate)"));
		this.mvc.perform(giveBack(request, "a".repeat(1001)).with(this.agent).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", startsWith("Please enter the reason")));
		assertThat(statusOf(request)).isEqualTo(RequestStatus.SUBMITTED);

		this.mvc.perform(giveBack(request, "作業量の目安を書いてください。").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("作業量の目安を書いてください。"));
		this.mvc.perform(post("/api/v1/work/requests/{id}/publish", request).with(csrf()).with(this.agent))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("work.request.error.notEditable"))
			.andExpect(jsonPath("$.detail").value("この依頼は今の状態では変更できません。"));
	}

	@Test
	void theClientChangesItsRequestWhileItMayAndOthersCannot() throws Exception {
		UUID request = this.parties.postedRequest("観光協会のチラシ文章", "WRITING", WorkParties.DATA_ENTRY);
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String otherToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		String changed = requestBody("観光協会のチラシ文章（改訂）", this.parties.today().plusDays(40), WorkParties.DATA_ENTRY);

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				bearer(otherToken) }) {
			this.mvc.perform(change(request, changed).with(outsider)).andExpect(status().isForbidden());
			this.mvc.perform(post("/api/v1/work/requests/{id}/withdraw", request).with(csrf()).with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(change(request, changed.replace("40000", "10")).with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("budget"));
		assertThat(this.requests.findById(request).orElseThrow().title()).isEqualTo("観光協会のチラシ文章");

		this.mvc.perform(change(request, changed).with(this.client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("観光協会のチラシ文章（改訂）"))
			.andExpect(jsonPath("$.budget").value(40000))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		this.mvc.perform(change(request, changed.replace("（改訂）", "（第3版）")).with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("観光協会のチラシ文章（第3版）"));

		this.mvc.perform(post("/api/v1/work/requests/{id}/publish", request).with(csrf()).with(this.agent))
			.andExpect(status().isOk());
		this.mvc.perform(change(request, changed).with(this.client))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.request.error.notEditable"));
		this.mvc.perform(post("/api/v1/work/requests/{id}/withdraw", request).with(csrf()).with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		this.mvc.perform(post("/api/v1/work/requests/{id}/withdraw", request).with(csrf()).with(this.client))
			.andExpect(status().isConflict());
		assertThat(this.requests.findById(request).orElseThrow().title()).isEqualTo("観光協会のチラシ文章（第3版）");
	}

	@Test
	void theClientReadsAndShortlistsProposalsAndTheMemberFollowsAndWithdrawsTheirs() throws Exception {
		UUID request = this.parties.publishedRequest("旅館の口コミ返信文の作成", "WRITING", WorkParties.DATA_ENTRY);
		UUID proposal = this.parties.proposal(this.parties.member, request, "30000");
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String otherToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);

		for (RequestPostProcessor reader : new RequestPostProcessor[] { this.client, this.agent, bearer(token) }) {
			this.mvc.perform(get("/api/v1/work/requests/{id}/proposals", request).with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(proposal.toString()))
				.andExpect(jsonPath("$[0].memberName").value("山田 花子"))
				.andExpect(jsonPath("$[0].price").value(30000));
		}
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { member, this.fixtures.signedIn(this.stranger),
				bearer(otherToken) }) {
			this.mvc.perform(get("/api/v1/work/requests/{id}/proposals", request).with(outsider))
				.andExpect(status().isForbidden());
		}
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { member, this.fixtures.signedIn(this.stranger),
				bearer(token) }) {
			this.mvc.perform(post("/api/v1/work/proposals/{id}/shortlist", proposal).with(csrf()).with(outsider))
				.andExpect(status().isForbidden());
		}
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.client,
				this.fixtures.signedIn(this.stranger), bearer(token) }) {
			this.mvc.perform(post("/api/v1/work/proposals/{id}/withdraw", proposal).with(csrf()).with(outsider))
				.andExpect(status().isForbidden());
		}
		assertThat(proposalStatus(proposal)).as("nothing changed").isEqualTo(ProposalStatus.SUBMITTED);

		this.mvc.perform(post("/api/v1/work/proposals/{id}/shortlist", proposal).with(csrf()).with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statusText").value("候補"));
		assertThat(ids(this.mvc.perform(get("/api/v1/work/proposals/mine").with(member)), "$.items[*].id"))
			.containsExactly(proposal.toString());
		this.mvc.perform(get("/api/v1/work/proposals/mine").with(member))
			.andExpect(jsonPath("$.items[0].requestTitle").value("旅館の口コミ返信文の作成"));
		this.mvc.perform(get("/api/v1/work/proposals/mine").with(bearer(token))).andExpect(status().isForbidden());

		this.mvc.perform(post("/api/v1/work/proposals/{id}/withdraw", proposal).with(csrf()).with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		this.mvc.perform(post("/api/v1/work/proposals/{id}/withdraw", proposal).with(csrf()).with(member))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("work.proposal.error.notOpen"));
		this.mvc
			.perform(accept(proposal, acceptTerms(this.parties, 30_000, 20, 50, List.of(30_000L))).with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("proposal"))
			.andExpect(jsonPath("$.errors[0].message").value("この提案はもう採用できません（取り下げ・不採用など）。"));
		assertThat(contracts(request)).isZero();
	}

	@Test
	void acceptingKeepsTheFreelanceActsRulesAndMakesOneContractOnly() throws Exception {
		UUID request = this.parties.publishedRequest("旅館の館内案内の翻訳", "TRANSLATION", WorkParties.DATA_ENTRY);
		UUID first = this.parties.proposal(this.parties.member, request, "40000");
		UUID second = this.parties.proposal(this.fixtures.member("次郎"), request, "38000");
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String fine = acceptTerms(this.parties, 40_000, 20, 50, List.of(15_000L, 25_000L));

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.parties.member),
				this.fixtures.signedIn(this.stranger), bearer(token) }) {
			this.mvc.perform(accept(first, fine).with(outsider)).andExpect(status().isForbidden());
		}
		this.mvc.perform(accept(first, acceptTerms(this.parties, 40_000, 20, 81, List.of(40_000L))).with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paymentDate"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.contract.error.paymentLate"))
			.andExpect(jsonPath("$.errors[0].message").value("支払期日は納品日から60日以内にしてください（フリーランス新法 第4条）。"));
		this.mvc
			.perform(accept(first, acceptTerms(this.parties, 40_000, 20, 81, List.of(40_000L))).with(this.client)
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("The payment due date must be within 60 days")));
		this.mvc
			.perform(accept(first, acceptTerms(this.parties, 40_000, 20, 50, List.of(15_000L, 20_000L)))
				.with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("milestones"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.contract.error.milestoneSum"));
		this.mvc
			.perform(accept(first, "{\"remuneration\": 40000, \"milestones\": [{\"amount\": 0}]}").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[?(@.field == 'workDescription')].messageKey").value("NotBlank.workDescription"))
			.andExpect(jsonPath("$.errors[?(@.field == 'paymentDate')].message").value("支払期日を入力してください。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'milestones[0].title')]").isNotEmpty());
		assertThat(contracts(request)).as("nothing refused made a contract").isZero();

		this.mvc.perform(accept(first, fine).with(this.client))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.milestones.length()").value(2))
			.andExpect(jsonPath("$.terms.paymentDate").value(this.parties.today().plusDays(50).toString()));
		this.mvc.perform(accept(second, acceptTerms(this.parties, 38_000, 20, 50, List.of(38_000L))).with(this.agent))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("work.contract.error.already"))
			.andExpect(jsonPath("$.detail").value("この依頼はすでに別の提案で契約されています。"));
		assertThat(contracts(request)).isEqualTo(1);
		assertThat(proposalStatus(second)).isEqualTo(ProposalStatus.DECLINED);
	}

	private MockHttpServletRequestBuilder giveBack(UUID request, String reason) {
		return json(post("/api/v1/work/requests/{id}/return", request), "{\"reason\": \"%s\"}".formatted(reason))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder change(UUID request, String body) {
		return json(put("/api/v1/work/requests/{id}", request), body).with(csrf());
	}

	private static MockHttpServletRequestBuilder accept(UUID proposal, String terms) {
		return json(post("/api/v1/work/proposals/{id}/accept", proposal), terms).with(csrf());
	}

	private RequestStatus statusOf(UUID request) {
		return this.requests.findById(request).orElseThrow().status();
	}

	private ProposalStatus proposalStatus(UUID proposal) {
		return this.proposals.findById(proposal).orElseThrow().status();
	}

	private long contracts(UUID request) {
		return this.jdbc.sql("SELECT count(*) FROM contract WHERE request_id = :id")
			.param("id", request)
			.query(Long.class)
			.single();
	}

}
