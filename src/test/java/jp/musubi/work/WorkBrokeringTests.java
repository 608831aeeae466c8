package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.work.contract.ContractRepository;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.proposal.ProposalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the agent and the client do between a request and a contract: edit before
 * publishing, see members recommended with reasons, find members by skill, shortlist; and
 * what a contract says about the agent's fee and an issuer without a registration number.
 */
@MusubiTest
class WorkBrokeringTests {

	/**
	 * A skill no other test gives anyone, so that its recommendations are this test's.
	 */
	private static final UUID CARE_RECORDS = UUID.fromString("3e8c2469-6667-5765-ae1a-b89cd5d3a906");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	ContractRepository contracts;

	WorkParties parties;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
	}

	@Test
	void theAgentCorrectsARequestBeforePublishingIt() throws Exception {
		UUID request = this.parties.postedRequest("ﾃﾞｰﾀ入力", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.mvc
			.perform(post("/work/requests/{id}", request).with(csrf())
				.with(this.fixtures.signedIn(this.parties.agent))
				.param("title", "顧客名簿のデータ入力（約500件）")
				.param("description", "紙の顧客名簿をExcelに入力します。")
				.param("category", "DATA_ENTRY")
				.param("pricing", "FIXED")
				.param("budget", "40000")
				.param("deadline", this.parties.today().plusDays(20).toString())
				.param("remote", "true")
				.param("skills", WorkParties.DATA_ENTRY.toString()))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/work/requests/" + request));
		Page page = Page.of(this.mvc
			.perform(get("/work/requests/{id}", request).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(page.heading()).isEqualTo("顧客名簿のデータ入力（約500件）");
		assertThat(page.text()).contains("40,000円", "審査中");
	}

	@Test
	void membersAreRecommendedWithTheirReasonsAndFoundBySkill() throws Exception {
		TestUser typist = this.fixtures.member("入力名人");
		this.mvc.perform(post("/work/profile").with(csrf())
			.with(this.fixtures.signedIn(typist))
			.param("introduction", "介護の現場で記録の入力をしていました。")
			.param("hoursPerWeek", "30")
			.param("prefecture", "07"));
		this.mvc.perform(post("/work/profile/skills").with(csrf())
			.with(this.fixtures.signedIn(typist))
			.param("skill", CARE_RECORDS.toString())
			.param("level", "5")
			.param("years", "12"));
		UUID request = this.parties.publishedRequest("介護記録の入力（デイサービス） " + UUID.randomUUID(), "DATA_ENTRY",
				CARE_RECORDS);

		Page proposals = Page.of(this.mvc
			.perform(get("/work/requests/{id}/proposals", request).with(this.fixtures.signedIn(this.parties.client))));
		String reasons = proposals.document().select("li:has(> a[href=/work/members/" + typist.id() + "])").text();
		assertThat(reasons).contains("山田 入力名人", "スキル「介護記録の入力」（レベル5）", "1週間に30時間まで働けます", "この地域にお住まいの方です");

		Page mine = Page.of(this.mvc.perform(get("/work/mine").with(this.fixtures.signedIn(typist))));
		assertThat(mine.text()).contains("介護記録の入力（デイサービス）", "スキル「介護記録の入力」（レベル5）");

		Page found = Page.of(this.mvc.perform(get("/work/members").param("q", "介護記録")
			.param("hours", "25")
			.with(this.fixtures.signedIn(this.parties.agent))));
		assertThat(found.text()).contains("山田 入力名人");
		Page tooFewHours = Page.of(this.mvc.perform(get("/work/members").param("q", "介護記録")
			.param("hours", "40")
			.with(this.fixtures.signedIn(this.parties.client))));
		assertThat(tooFewHours.text()).doesNotContain("山田 入力名人");
		this.mvc.perform(get("/work/members").with(this.fixtures.signedIn(typist)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
	}

	@Test
	void aShortlistedProposalCanBeAcceptedButAWithdrawnOneCannot() throws Exception {
		UUID request = this.parties.publishedRequest("議事録の文字起こし " + UUID.randomUUID(), "TRANSCRIPTION",
				WorkParties.DATA_ENTRY);
		TestUser other = this.fixtures.member("三郎");
		UUID shortlisted = this.parties.proposal(this.parties.member, request, "15000");
		UUID withdrawn = this.parties.proposal(other, request, "12000");
		this.mvc.perform(post("/work/proposals/{id}/shortlist", shortlisted).with(csrf())
			.with(this.fixtures.signedIn(this.parties.client)));
		assertThat(this.proposals.findById(shortlisted).orElseThrow().status()).isEqualTo(ProposalStatus.SHORTLISTED);
		this.mvc
			.perform(post("/work/proposals/{id}/withdraw", withdrawn).with(csrf()).with(this.fixtures.signedIn(other)));

		MvcResult refused = this.mvc
			.perform(post("/work/proposals/{id}/accept", withdrawn).with(csrf())
				.with(this.fixtures.signedIn(this.parties.client))
				.param("workDescription", "文字起こし")
				.param("deliveryDate", this.parties.today().plusDays(7).toString())
				.param("deliveryMethod", "アップロード")
				.param("remuneration", "12000")
				.param("paymentDate", this.parties.today().plusDays(30).toString())
				.param("inspectionDate", this.parties.today().plusDays(10).toString())
				.param("milestones[0].title", "一式")
				.param("milestones[0].amount", "12000")
				.param("milestones[0].dueDate", this.parties.today().plusDays(7).toString()))
			.andReturn();
		assertThat(Page.of(refused.getResponse().getContentAsString()).text()).contains("この提案はもう採用できません（取り下げ・不採用など）。");
		assertThat(this.contracts.findByRequestId(request)).isEmpty();

		UUID contract = this.parties.contract(shortlisted, "15000");
		Page page = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(page.text()).contains("エージェント手数料", "10％（1,500円）");
	}

	@Test
	void anInvoiceInspectedLateIsStillDueWithinSixtyDaysOfReceipt() throws Exception {
		UUID request = this.parties.publishedRequest("商品写真の切り抜き " + UUID.randomUUID(), "OTHER", WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "20000"), "20000");
		LocalDate received = this.parties.today();
		Page page = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.member))));
		this.mvc.perform(multipart(page.attributeOf("form[action$=/deliverables]", "action"))
			.file(new MockMultipartFile("file", "写真.txt", "text/plain", "切り抜き済み".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(this.fixtures.signedIn(this.parties.member)));
		// The client leaves it 55 days; the agreed payment date (day 50) has passed.
		this.clock.advance(Duration.ofDays(55));
		try {
			Page delivered = Page.of(this.mvc
				.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.client))));
			this.mvc.perform(post(delivered.attributeOf("form[action$=/accept]", "action")).with(csrf())
				.with(this.fixtures.signedIn(this.parties.client)));
			String invoice = Page
				.of(this.mvc
					.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.client))))
				.attributeOf("a[href^=/work/invoices/]", "href");
			Page shown = Page.of(this.mvc.perform(get(invoice).with(this.fixtures.signedIn(this.parties.client))));
			String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(Locale.JAPANESE)
				.format(received.plusDays(60));
			assertThat(shown.document().select("dt:containsOwn(支払期日) + dd").text()).isEqualTo(due);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void anIssuerWithoutARegistrationNumberGetsAPlainInvoiceSaidSo() throws Exception {
		UUID request = this.parties.publishedRequest("名簿の入力 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "20000"), "20000");
		String invoice = this.parties.deliveredAndAccepted(contract);
		Page page = Page.of(this.mvc.perform(get(invoice).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(page.heading()).isEqualTo("請求書");
		assertThat(page.text()).contains("この請求書は適格請求書ではありません", "22,000円").doesNotContain("源泉徴収税額 −");
	}

}
