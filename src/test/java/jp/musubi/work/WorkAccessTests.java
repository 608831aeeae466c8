package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.work.contract.ContractRepository;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.proposal.ProposalStatus;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nobody reads or changes what is not theirs by guessing an address: another company's
 * drafts, someone else's contract, invoice, files or messages.
 */
@MusubiTest
class WorkAccessTests {

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
	ContractRepository contracts;

	WorkParties parties;

	TestUser stranger;

	TestUser otherClient;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.stranger = this.fixtures.member("他人");
		this.otherClient = this.fixtures.member("他社");
		this.fixtures.organisation("株式会社よその商店", OrganisationType.CLIENT, this.otherClient);
	}

	@Test
	void aDraftIsOnlyForItsClientAndTheAgent() throws Exception {
		UUID draft = this.parties.postedRequest("社外秘の下書き", "WRITING", WorkParties.WEB_DESIGN);
		for (TestUser outsider : new TestUser[] { this.stranger, this.otherClient }) {
			as(outsider, get("/work/requests/{id}", draft), 403);
			as(outsider, get("/work/requests/{id}/edit", draft), 403);
			as(outsider,
					post("/work/requests/{id}", draft).param("title", "乗っ取り")
						.param("description", "x")
						.param("category", "WRITING")
						.param("budget", "1000")
						.param("deadline", this.parties.today().plusDays(3).toString()),
					403);
			as(outsider, post("/work/requests/{id}/withdraw", draft), 403);
			as(outsider, post("/work/requests/{id}/publish", draft), 403);
		}
		assertThat(this.mvc.perform(get("/work/requests/{id}", draft)).andReturn().getResponse().getStatus())
			.as("anonymous")
			.isIn(302, 401, 403, 404);
		var stored = this.requests.findById(draft).orElseThrow();
		assertThat(stored.title()).isEqualTo("社外秘の下書き");
		assertThat(stored.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(Page
			.of(this.mvc.perform(get("/work/requests/{id}", draft).with(this.fixtures.signedIn(this.parties.agent))))
			.heading()).isEqualTo("社外秘の下書き");
	}

	@Test
	void onlyTheClientSeesAndAcceptsProposals() throws Exception {
		UUID request = this.parties.publishedRequest("データ入力の仕事 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		UUID proposal = this.parties.proposal(this.parties.member, request, "20000");
		as(this.stranger, get("/work/requests/{id}/proposals", request), 403);
		as(this.otherClient, get("/work/requests/{id}/proposals", request), 403);
		as(this.parties.member, get("/work/requests/{id}/proposals", request), 403);
		as(this.otherClient, get("/work/proposals/{id}/accept", proposal), 403);
		as(this.otherClient, acceptance(proposal), 403);
		as(this.parties.member, acceptance(proposal), 403);
		as(this.stranger, post("/work/proposals/{id}/withdraw", proposal), 403);
		as(this.otherClient, post("/work/proposals/{id}/shortlist", proposal), 403);
		assertThat(this.proposals.findById(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(this.contracts.findByRequestId(request)).isEmpty();
	}

	@Test
	void aContractItsFilesItsInvoiceAndItsMessagesStayWithItsParties() throws Exception {
		UUID request = this.parties.publishedRequest("翻訳の仕事 " + UUID.randomUUID(), "TRANSLATION",
				WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "30000"), "30000");
		Page page = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.member))));
		String deliver = page.attributeOf("form[action$=/deliverables]", "action");
		this.mvc.perform(multipart(deliver)
			.file(new MockMultipartFile("file", "訳文.txt", "text/plain", "訳文です".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(this.fixtures.signedIn(this.parties.member)));
		Page delivered = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.client))));
		String file = delivered.attributeOf("a[href*=/deliverables/]", "href");
		String accept = delivered.attributeOf("form[action$=/accept]", "action");
		as(this.stranger, post(accept), 403);
		as(this.parties.member, post(accept), 403);
		as(this.parties.client, post(accept), 302);
		String invoice = Page
			.of(this.mvc
				.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.client))))
			.attributeOf("a[href^=/work/invoices/]", "href");

		for (TestUser outsider : new TestUser[] { this.stranger, this.otherClient }) {
			as(outsider, get("/work/contracts/{id}", contract), 403);
			as(outsider, get("/work/contracts/{id}/terms.pdf", contract), 403);
			as(outsider, get(file), 403);
			as(outsider, get(invoice), 403);
			as(outsider, get(invoice + ".pdf"), 403);
			as(outsider, get("/work/contracts/{id}/messages", contract), 403);
			as(outsider, post("/work/contracts/{id}/messages", contract).param("body", "こんにちは"), 403);
			as(outsider, post("/work/contracts/{id}/hours", contract).param("week", this.parties.today().toString())
				.param("hours", "10"), 403);
			as(outsider, post("/work/contracts/{id}/reviews", contract).param("rating", "1"), 403);
		}
		as(this.parties.client,
				post(invoice + "/payments").param("paidOn", this.parties.today().toString()).param("amount", "1000"),
				403);
		as(this.parties.member, get("/work/payments"), 403);
		as(this.parties.client, get("/work/payments"), 403);
		Page invoicePage = Page.of(this.mvc.perform(get(invoice).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(invoicePage.text()).contains("未入金", "これまでの入金：0円");
	}

	@Test
	void aClientCannotProposeForTheirOwnRequest() throws Exception {
		UUID request = this.parties.publishedRequest("自社の仕事 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		Page page = Page.of(this.mvc.perform(post("/work/requests/{id}/proposals", request).with(csrf())
			.with(this.fixtures.signedIn(this.parties.client))
			.param("message", "自分で受けます")
			.param("price", "20000")
			.param("deliveryDate", this.parties.today().plusDays(5).toString())));
		assertThat(page.text()).contains("自分の組織が依頼した仕事には提案できません。");
		assertThat(this.proposals.findByRequestIdAndMemberId(request, this.parties.client.id())).isEmpty();
	}

	private MockHttpServletRequestBuilder acceptance(UUID proposal) {
		return post("/work/proposals/{id}/accept", proposal).param("workDescription", "作業")
			.param("deliveryDate", this.parties.today().plusDays(10).toString())
			.param("deliveryMethod", "アップロード")
			.param("remuneration", "20000")
			.param("paymentDate", this.parties.today().plusDays(20).toString())
			.param("inspectionDate", this.parties.today().plusDays(12).toString())
			.param("milestones[0].title", "一式")
			.param("milestones[0].amount", "20000")
			.param("milestones[0].dueDate", this.parties.today().plusDays(10).toString());
	}

	private void as(TestUser user, MockHttpServletRequestBuilder request, int expected) throws Exception {
		this.mvc.perform(request.with(csrf()).with(this.fixtures.signedIn(user))).andExpect(status().is(expected));
	}

}
