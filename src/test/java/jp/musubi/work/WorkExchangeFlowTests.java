package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request's whole life through the pages, as its people see it: posted, reviewed,
 * found, proposed for, contracted on stated terms, delivered, inspected, invoiced, paid
 * and reviewed.
 */
@MusubiTest
class WorkExchangeFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	WorkParties parties;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
	}

	@Test
	void aRequestGoesFromTheClientToAPaidInvoiceAndTwoReviews() throws Exception {
		String title = "温泉街パンフレットのデザイン " + UUID.randomUUID().toString().substring(0, 6);

		UUID requestId = this.parties.postedRequest(title, "DESIGN", WorkParties.WEB_DESIGN);
		assertThat(search(title)).as("not public before review").doesNotContain(title);
		assertThat(Page.of(this.mvc.perform(get("/work/requests/{id}", requestId))).heading()).isEmpty();
		Page queue = Page.of(this.mvc.perform(get("/work/review").with(this.fixtures.signedIn(this.parties.agent))));
		assertThat(queue.text()).contains(title);

		this.mvc
			.perform(post("/work/requests/{id}/publish", requestId).with(csrf())
				.with(this.fixtures.signedIn(this.parties.agent)))
			.andExpect(status().is3xxRedirection());
		assertThat(search(title)).contains(title);
		Page published = Page.of(this.mvc.perform(get("/work/requests/{id}", requestId)));
		assertThat(published.heading()).isEqualTo(title);
		assertThat(published.text()).contains("株式会社みどり商事", "50,000円", "ウェブデザイン", "募集中");
		// A visitor signs in to propose and comes back to the request's proposal form.
		String toPropose = published.attributeOf("a.button[href$=/propose]", "href");
		assertThat(this.mvc.perform(get(toPropose).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/signin");
		assertThat(this.mvc.perform(get(toPropose).with(this.fixtures.signedIn(this.parties.member)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/work/requests/" + requestId + "#propose");

		this.mvc
			.perform(post("/work/profile").with(csrf())
				.with(this.fixtures.signedIn(this.parties.member))
				.param("introduction", "デザインの仕事を10年しています。")
				.param("hoursPerWeek", "20")
				.param("prefecture", "07")
				.param("links", "")
				.param("registrationNumber", "T7000012050002"))
			.andExpect(status().is3xxRedirection());
		UUID proposalId = this.parties.proposal(this.parties.member, requestId, "50000");
		MimeMessage proposalMail = Mailbox.awaitFirst(this.parties.client.email());
		assertThat(Mailbox.body(proposalMail)).contains(title);

		Page acceptForm = Page.of(this.mvc
			.perform(get("/work/proposals/{id}/accept", proposalId).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(acceptForm.valueOf("remuneration")).isEqualTo("50,000");
		UUID contractId = this.parties.contract(proposalId, "50000");
		assertThat(search(title)).as("contracted work is no longer offered").doesNotContain(title);

		Page contract = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(contract.text()).contains("株式会社みどり商事", "観光パンフレット（A4・4ページ）のデザイン", "50,000円",
				"Musubiの契約ページにファイルをアップロード", "デザイン一式");
		MvcResult terms = this.mvc
			.perform(
					get("/work/contracts/{id}/terms.pdf", contractId).with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(WorkParties.pdfText(terms.getResponse().getContentAsByteArray())).contains("取引条件明示書", title,
				"株式会社みどり商事", "デザイン一式");

		String deliverAction = contract.attributeOf("form[action$=/deliverables]", "action");
		MockMultipartFile file = new MockMultipartFile("file", "パンフレット案.txt", "text/plain",
				"表紙と4ページ分の案です。".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart(deliverAction).file(file)
				.param("note", "ご確認ください")
				.with(csrf())
				.with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(status().is3xxRedirection());
		Page delivered = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(delivered.text()).contains("パンフレット案.txt", "ご確認ください");
		String deliverableLink = delivered.attributeOf("a[href*=/deliverables/]", "href");
		assertThat(this.mvc.perform(get(deliverableLink).with(this.fixtures.signedIn(this.parties.client)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("表紙と4ページ分の案です。");

		String acceptAction = delivered.attributeOf("form[action$=/accept]", "action");
		this.mvc.perform(post(acceptAction).with(csrf()).with(this.fixtures.signedIn(this.parties.client)))
			.andExpect(status().is3xxRedirection());
		Page completed = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(completed.text()).contains("完了");
		String invoiceLink = completed.attributeOf("a[href^=/work/invoices/]", "href");

		Page invoice = Page.of(this.mvc.perform(get(invoiceLink).with(this.fixtures.signedIn(this.parties.client))));
		// 50,000 yen of design work: 10% tax, and 10.21% income tax withheld from the
		// fee.
		assertThat(invoice.text()).contains("T7000012050002", "55,000円", "5,000円", "5,105円", "49,895円");
		byte[] invoicePdf = this.mvc
			.perform(get(invoiceLink + ".pdf").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(WorkParties.pdfText(invoicePdf)).contains("T7000012050002", "55,000", "49,895");

		Page owed = Page.of(this.mvc.perform(get("/work/payments").with(this.fixtures.signedIn(this.parties.agent))));
		String number = invoice.text().replaceAll("^.*?(MSB-\\d{4}-\\d{6}).*$", "$1");
		assertThat(number).startsWith("MSB-");
		assertThat(owed.text()).contains(number, "49,895円");
		// Paid in two parts: the invoice stays open until the second.
		this.mvc
			.perform(post(invoiceLink + "/payments").with(csrf())
				.with(this.fixtures.signedIn(this.parties.agent))
				.param("paidOn", this.parties.today().toString())
				.param("amount", "49,000"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(invoiceLink + "/payments").with(csrf())
				.with(this.fixtures.signedIn(this.parties.agent))
				.param("paidOn", this.parties.today().toString())
				.param("amount", "895"))
			.andExpect(status().is3xxRedirection());
		Page paid = Page.of(this.mvc.perform(get(invoiceLink).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(paid.text()).contains("入金済み", "これまでの入金：49,895円");
		assertThat(Page.of(this.mvc.perform(get("/work/payments").with(this.fixtures.signedIn(this.parties.agent))))
			.text()).as("settled invoices leave the open list").doesNotContain(number);
		assertThat(Page
			.of(this.mvc
				.perform(get("/work/payments").param("show", "all").with(this.fixtures.signedIn(this.parties.agent))))
			.text()).contains(number, "入金済み");

		for (var reviewer : new Fixtures.TestUser[] { this.parties.member, this.parties.client }) {
			this.mvc
				.perform(post("/work/contracts/{id}/reviews", contractId).with(csrf())
					.with(this.fixtures.signedIn(reviewer))
					.param("rating", "5")
					.param("comment", "とても丁寧なお仕事でした。"))
				.andExpect(status().is3xxRedirection());
		}
		Page reviewed = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(reviewed.textsOf("#reviews li")).hasSize(2);
		Page profile = Page.of(this.mvc.perform(
				get("/work/members/{id}", this.parties.member.id()).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(profile.text()).contains("デザインの仕事を10年しています。", "評価 5（1件）", "完了した仕事 1件", "とても丁寧なお仕事でした。");
	}

	@Test
	void theAgentReturnsARequestWithAReasonTheClientSees() throws Exception {
		UUID requestId = this.parties.postedRequest("データ入力のお手伝い", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		this.mvc
			.perform(post("/work/requests/{id}/return", requestId).with(csrf())
				.with(this.fixtures.signedIn(this.parties.agent))
				.param("reason", "報酬の目安を時給でも書いてください。"))
			.andExpect(status().is3xxRedirection());
		Page returned = Page.of(this.mvc
			.perform(get("/work/requests/{id}", requestId).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(returned.text()).contains("差し戻し", "報酬の目安を時給でも書いてください。");
		MimeMessage mail = Mailbox.awaitFirst(this.parties.client.email());
		assertThat(Mailbox.body(mail)).contains("データ入力のお手伝い");
	}

	@Test
	void theMemberLogsTeleworkHoursForTheWeek() throws Exception {
		UUID requestId = this.parties.publishedRequest("データ入力作業（アンケート300件）", "DATA_ENTRY", WorkParties.DATA_ENTRY);
		UUID contractId = this.parties.contract(this.parties.proposal(this.parties.member, requestId, "30000"),
				"30000");
		this.mvc
			.perform(post("/work/contracts/{id}/hours", contractId).with(csrf())
				.with(this.fixtures.signedIn(this.parties.member))
				.param("week", this.parties.today().toString())
				.param("hours", "12.5"))
			.andExpect(status().is3xxRedirection());
		Page contract = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(contract.textOf("#hours")).contains("12.5");
	}

	private String search(String words) throws Exception {
		return Page.of(this.mvc.perform(get("/work").param("q", words))).textOf("main");
	}

}
