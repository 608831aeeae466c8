package jp.musubi.work.contract.web;

import jp.musubi.work.ApiCallers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import jp.musubi.work.hours.HoursLog;
import jp.musubi.work.proposal.ProposalRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.ids;
import static jp.musubi.work.ApiCallers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proposals, contracts, invoices and telework hours through the JSON API, each for its
 * parties only: a stranger or another organisation's token is refused and nothing
 * changes.
 */
@MusubiTest
class ContractsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	JdbcClient jdbc;

	WorkParties parties;

	ApiCallers callers;

	TestUser stranger;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.callers = new ApiCallers(this.mvc, this.fixtures);
		this.stranger = this.fixtures.member("他人");
	}

	@Test
	void aMemberProposesThroughTheApiUnderThePagesRules() throws Exception {
		UUID request = this.parties.publishedRequest("商品説明のデータ入力", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.mvc.perform(propose(request, "20000", 20).with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requestId").value(request.toString()))
			.andExpect(jsonPath("$.price").value(20000))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// Proposing again revises the proposal, as on the page.
		this.mvc.perform(propose(request, "18000", 15).with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.price").value(18000));

		this.mvc.perform(propose(request, "20000", 20).with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.proposal.error.own"))
			.andExpect(jsonPath("$.errors[0].message").value("自分の組織が依頼した仕事には提案できません。"));
		TestUser other = this.fixtures.member("次郎");
		this.mvc.perform(propose(request, "10", 20).with(this.fixtures.signedIn(other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("price"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.proposal.error.price"));
		this.mvc.perform(propose(request, "20000", -1).with(this.fixtures.signedIn(other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.proposal.error.deliveryPast"));
		this.mvc
			.perform(
					json(post("/api/v1/work/requests/{id}/proposals", request), "{\"message\": \"\", \"price\": 20000}")
						.with(csrf())
						.with(this.fixtures.signedIn(other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'message')].messageKey").value("NotBlank.message"))
			.andExpect(jsonPath("$.errors[?(@.field == 'deliveryDate')].messageKey").value("NotNull.deliveryDate"));
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		// An organisation's token is no member: members propose in person.
		this.mvc.perform(propose(request, "20000", 20).with(bearer(token))).andExpect(status().isForbidden());
		UUID draft = this.parties.postedRequest("未公開の依頼", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.mvc.perform(propose(draft, "20000", 20).with(this.fixtures.signedIn(other)))
			.andExpect(status().isForbidden());
		assertThat(this.proposals.findByRequestIdAndMemberId(request, other.id())).isEmpty();
		assertThat(this.proposals.findByRequestIdAndMemberId(draft, other.id())).isEmpty();

		UUID proposal = this.proposals.findByRequestIdAndMemberId(request, this.parties.member.id()).orElseThrow().id();
		this.parties.contract(proposal, "18000");
		this.mvc.perform(propose(request, "20000", 20).with(this.fixtures.signedIn(other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.proposal.error.closed"));
		this.mvc.perform(propose(request, "19000", 20).with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.proposal.error.closed"));
		assertThat(this.proposals.findByRequestIdAndMemberId(request, other.id())).isEmpty();
	}

	@Test
	void aContractAndItsInvoiceAreForTheirPartiesOnly() throws Exception {
		UUID request = this.parties.publishedRequest("温泉宿の案内文の翻訳", "TRANSLATION", WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "30000"), "30000");
		this.parties.deliveredAndAccepted(contract);
		String clientToken = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String otherToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		TestUser otherClient = this.fixtures.member("他社");
		this.fixtures.organisation("株式会社となりの商店", OrganisationType.CLIENT, otherClient);

		for (RequestPostProcessor party : new RequestPostProcessor[] { this.fixtures.signedIn(this.parties.member),
				this.fixtures.signedIn(this.parties.client), this.fixtures.signedIn(this.parties.agent),
				bearer(clientToken) }) {
			this.mvc.perform(get("/api/v1/work/contracts/{id}", contract).with(party))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value("温泉宿の案内文の翻訳"))
				.andExpect(jsonPath("$.client.name").value("株式会社みどり商事"))
				.andExpect(jsonPath("$.terms.remuneration").value(30000))
				.andExpect(jsonPath("$.terms.paymentDate").value(this.parties.today().plusDays(50).toString()))
				.andExpect(jsonPath("$.terms.deliveryMethod").value("Musubiの契約ページにファイルをアップロード"))
				.andExpect(jsonPath("$.milestones[0].status").value("ACCEPTED"))
				.andExpect(jsonPath("$.status").value("COMPLETED"))
				.andExpect(jsonPath("$.invoices.length()").value(1));
			assertThat(ids(this.mvc.perform(get("/api/v1/work/contracts").with(party)), "$.items[*].id"))
				.contains(contract.toString());
		}
		String invoice = JsonPath.read(this.mvc
			.perform(get("/api/v1/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.invoices[0].id");

		for (RequestPostProcessor party : new RequestPostProcessor[] { this.fixtures.signedIn(this.parties.member),
				this.fixtures.signedIn(this.parties.client), this.fixtures.signedIn(this.parties.agent),
				bearer(clientToken) }) {
			this.mvc.perform(get("/api/v1/work/invoices/{id}", invoice).with(party))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.number", startsWith("MSB-")))
				.andExpect(jsonPath("$.qualified").value(false))
				.andExpect(jsonPath("$.lines[0].amount").value(30000))
				.andExpect(jsonPath("$.byRate[0].rate").value("STANDARD"))
				.andExpect(jsonPath("$.byRate[0].subtotal").value(30000))
				.andExpect(jsonPath("$.byRate[0].tax").value(3000))
				.andExpect(jsonPath("$.total").value(33000))
				.andExpect(jsonPath("$.withholdingApplies").value(true))
				.andExpect(jsonPath("$.withholding").value(3063))
				.andExpect(jsonPath("$.netPayment").value(29937))
				.andExpect(jsonPath("$.paid").value(0))
				.andExpect(jsonPath("$.status").value("OPEN"))
				.andExpect(jsonPath("$.statusText").value("未入金"));
		}

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				this.fixtures.signedIn(otherClient), bearer(otherToken) }) {
			this.mvc.perform(get("/api/v1/work/contracts/{id}", contract).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/work/invoices/{id}", invoice).with(outsider))
				.andExpect(status().isForbidden());
			assertThat(ids(this.mvc.perform(get("/api/v1/work/contracts").with(outsider)), "$.items[*].id"))
				.doesNotContain(contract.toString());
		}
		this.mvc.perform(get("/api/v1/work/invoices/{id}", UUID.randomUUID()).with(bearer(clientToken)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theContractsMemberLogsTeleworkHoursAndNobodyElseCan() throws Exception {
		UUID request = this.parties.publishedRequest("会議録の文字起こし", "TRANSCRIPTION", WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "25000"), "25000");
		String clientToken = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String week = this.parties.today().toString();

		this.mvc.perform(hours(contract, "\"" + week + "\"", "12.5").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weekStart").value(HoursLog.weekOf(this.parties.today()).toString()))
			.andExpect(jsonPath("$.hours").value(12.5));

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				this.fixtures.signedIn(this.parties.client), this.fixtures.signedIn(this.parties.agent),
				bearer(clientToken) }) {
			this.mvc.perform(hours(contract, "\"" + week + "\"", "40").with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(hours(contract, "\"" + week + "\"", "81").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.hours.error.hours"));
		this.mvc
			.perform(hours(contract, "\"" + this.parties.today().plusWeeks(2) + "\"", "10")
				.with(this.fixtures.signedIn(this.parties.member))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("week"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.hours.error.week"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("You can log")));
		this.mvc
			.perform(hours(contract, "\"" + week + "\"", "\"many\"").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hours"));
		this.mvc.perform(hours(contract, "\"last week\"", "10").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("week"));

		assertThat(this.jdbc.sql("SELECT hours FROM telework_hours WHERE contract_id = :id")
			.param("id", contract)
			.query(BigDecimal.class)
			.list()).as("only the member's own hours were logged, once").containsExactly(new BigDecimal("12.5"));
	}

	private MockHttpServletRequestBuilder propose(UUID request, String price, int daysAhead) {
		return json(post("/api/v1/work/requests/{id}/proposals", request), """
				{"message": "観光パンフレットの制作経験があります。丁寧に仕上げます。", "price": %s, "deliveryDate": "%s"}
				""".formatted(price, this.parties.today().plusDays(daysAhead))).with(csrf());
	}

	private MockHttpServletRequestBuilder hours(UUID contract, String week, String hours) {
		return json(post("/api/v1/work/contracts/{id}/hours", contract),
				"{\"week\": %s, \"hours\": %s}".formatted(week, hours))
			.with(csrf());
	}

}
