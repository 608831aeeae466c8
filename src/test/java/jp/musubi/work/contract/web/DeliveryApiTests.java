package jp.musubi.work.contract.web;

import jp.musubi.work.ApiCallers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.json;
import static jp.musubi.work.ApiCallers.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contract's work through the API: the member delivers, the client inspects, the
 * agent's staff record what is paid, both sides review; the documents are the pages'
 * PDFs. Each step is refused to whom it is not for, and refused input changes nothing.
 */
@MusubiTest
class DeliveryApiTests {

	/** The first bytes of a Windows program: what a disguised upload really is. */
	static final byte[] PROGRAM = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	WorkParties parties;

	ApiCallers callers;

	RequestPostProcessor member;

	RequestPostProcessor client;

	RequestPostProcessor agent;

	TestUser stranger;

	UUID contract;

	UUID milestone;

	@BeforeEach
	void aContract() throws Exception {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.callers = new ApiCallers(this.mvc, this.fixtures);
		this.member = this.fixtures.signedIn(this.parties.member);
		this.client = this.fixtures.signedIn(this.parties.client);
		this.agent = this.fixtures.signedIn(this.parties.agent);
		this.stranger = this.fixtures.member("他人");
		UUID request = this.parties.publishedRequest("温泉宿のパンフレットのデザイン", "DESIGN", WorkParties.WEB_DESIGN);
		this.contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "30000"), "30000");
		this.milestone = UUID
			.fromString(read(this.mvc.perform(get("/api/v1/work/contracts/{id}", this.contract).with(this.member)),
					"$.milestones[0].id"));
	}

	@Test
	void onlyTheContractsMemberDeliversAndADisguisedOrEmptyFileIsRefused() throws Exception {
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.client, this.agent,
				this.fixtures.signedIn(this.stranger) }) {
			this.mvc.perform(deliver(file("成果物.txt", "成果物です".getBytes(StandardCharsets.UTF_8))).with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(deliver(new MockMultipartFile("file", "請求書.pdf", "application/pdf", PROGRAM)).with(this.member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.upload.error.type"));
		this.mvc
			.perform(deliver(new MockMultipartFile("file", "請求書.pdf", "application/pdf", PROGRAM)).with(this.member)
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("This type of file is not accepted.")));
		this.mvc.perform(deliver(file("空.txt", new byte[0])).with(this.member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.upload.error.empty"));
		this.mvc
			.perform(deliver(file("成果物.txt", "成果物です".getBytes(StandardCharsets.UTF_8))).param("note", "確認\u0000済み")
				.with(this.member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("validation.character.control"));
		this.mvc.perform(
				multipart("/api/v1/work/contracts/{id}/milestones/{mid}/deliverables", this.contract, UUID.randomUUID())
					.file(file("成果物.txt", "成果物です".getBytes(StandardCharsets.UTF_8)))
					.with(csrf())
					.with(this.member))
			.andExpect(status().isNotFound());
		assertThat(deliverables()).as("nothing refused was kept").isZero();
		this.mvc.perform(get("/api/v1/work/contracts/{id}", this.contract).with(this.client))
			.andExpect(jsonPath("$.milestones[0].status").value("OPEN"));
	}

	@Test
	void aDeliveredFileKeepsNoCharacterThatWouldDisguiseItsName() throws Exception {
		// U+202E would show "請求書<U+202E>fdp.exe" as 請求書exe.pdf.
		this.mvc
			.perform(deliver(file("請求書\u202Efdp.txt", "成果物です".getBytes(StandardCharsets.UTF_8)))
				.param("note", "<b>5 > 3</b>")
				.with(this.member))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("請求書_fdp.txt"));
	}

	@Test
	void theDeliveredFileAndTheTermsAreForTheContractsPartiesOnly() throws Exception {
		String did = read(
				this.mvc.perform(deliver(file("成果物.txt", "成果物です".getBytes(StandardCharsets.UTF_8))).with(this.member))
					.andExpect(status().isCreated()),
				"$.id");
		String clientToken = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		String otherToken = this.callers.tokenOfNew("株式会社よその商店", OrganisationType.CLIENT);
		for (RequestPostProcessor party : new RequestPostProcessor[] { this.member, this.client, this.agent,
				bearer(clientToken) }) {
			this.mvc.perform(get("/api/v1/work/contracts/{id}/deliverables/{did}", this.contract, did).with(party))
				.andExpect(status().isOk())
				.andExpect(content().bytes("成果物です".getBytes(StandardCharsets.UTF_8)));
			this.mvc.perform(get("/api/v1/work/contracts/{id}/terms.pdf", this.contract).with(party))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"));
		}
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				bearer(otherToken) }) {
			this.mvc.perform(get("/api/v1/work/contracts/{id}/deliverables/{did}", this.contract, did).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/work/contracts/{id}/terms.pdf", this.contract).with(outsider))
				.andExpect(status().isForbidden());
		}
		byte[] english = this.mvc
			.perform(get("/api/v1/work/contracts/{id}/terms.pdf", this.contract).with(bearer(clientToken))
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(WorkParties.pdfText(english)).contains("Statement of terms", "温泉宿のパンフレットのデザイン");
	}

	@Test
	void theClientInspectsADeliveryAndOnlyTheClientOrTheAgentMay() throws Exception {
		this.mvc.perform(acceptMilestone().with(this.client))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("work.milestone.error.status"));
		this.mvc.perform(deliver(file("成果物.txt", "第1版です".getBytes(StandardCharsets.UTF_8))).with(this.member))
			.andExpect(status().isCreated());
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.member,
				this.fixtures.signedIn(this.stranger), bearer(token) }) {
			this.mvc.perform(acceptMilestone().with(outsider)).andExpect(status().isForbidden());
			this.mvc.perform(rework("色を変えてください。").with(outsider)).andExpect(status().isForbidden());
		}
		this.mvc.perform(rework("").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.milestone.error.reason"));
		assertThat(invoices()).isZero();

		this.mvc.perform(rework("表紙の色を明るくしてください。").with(this.client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REWORK"))
			.andExpect(jsonPath("$.reworkReason").value("表紙の色を明るくしてください。"));
		this.mvc.perform(deliver(file("成果物.txt", "第2版です".getBytes(StandardCharsets.UTF_8))).with(this.member))
			.andExpect(status().isCreated());
		this.mvc.perform(acceptMilestone().with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestone.deliverables.length()").value(2))
			.andExpect(jsonPath("$.invoice.number", startsWith("MSB-")));
		this.mvc.perform(acceptMilestone().with(this.client)).andExpect(status().isConflict());
		assertThat(invoices()).as("one invoice for one milestone").isEqualTo(1);
	}

	@Test
	void theAgentRecordsPaymentsWithinWhatIsOpenAndNobodyElseDoes() throws Exception {
		String invoice = this.parties.deliveredAndAccepted(this.contract).substring("/work/invoices/".length());
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.member, this.client,
				this.fixtures.signedIn(this.stranger), bearer(token) }) {
			this.mvc.perform(pay(invoice, this.parties.today().toString(), 1000).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/work/payments").with(outsider)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/work/invoices/{id}.pdf", invoice).with(this.fixtures.signedIn(this.stranger)))
			.andExpect(status().isForbidden());

		// 30,000 yen of design work: 33,000 with tax, less 3,063 withheld.
		this.mvc.perform(pay(invoice, this.parties.today().toString(), 29_938).with(this.agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].message").value("入金額が未入金の額を超えています。"));
		this.mvc
			.perform(pay(invoice, this.parties.today().toString(), 29_938).with(this.agent)
				.header("Accept-Language", "en"))
			.andExpect(
					jsonPath("$.errors[0].message").value("The amount received is more than the amount still unpaid."));
		this.mvc.perform(pay(invoice, this.parties.today().plusDays(1).toString(), 1000).with(this.agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paidOn"));
		this.mvc.perform(pay(invoice, this.parties.today().minusDays(1).toString(), 1000).with(this.agent))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.payment.error.date"));
		this.mvc.perform(pay(invoice, "\"昨日\"", 1000).with(this.agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paidOn"));
		assertThat(paid(invoice)).as("nothing refused was recorded").isZero();

		this.mvc.perform(pay(invoice, this.parties.today().toString(), 10_000).with(this.agent))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount").value(10_000));
		this.mvc.perform(get("/api/v1/work/payments").param("size", "100").with(this.agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.invoiceId == '%s')].paid", invoice).value(10_000))
			.andExpect(jsonPath("$.items[?(@.invoiceId == '%s')].open", invoice).value(19_937))
			.andExpect(jsonPath("$.items[?(@.invoiceId == '%s')].statusText", invoice).value("未入金"));
		this.mvc.perform(get("/api/v1/work/payments").param("show", "unpaid").with(this.agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("show"))
			.andExpect(jsonPath("$.errors[0].message").value("次のいずれかを指定してください：open, all"));
		this.mvc.perform(pay(invoice, this.parties.today().toString(), 19_937).with(this.agent))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/work/payments").param("show", "all").param("size", "100").with(this.agent))
			.andExpect(jsonPath("$.items[?(@.invoiceId == '%s')].status", invoice).value("SETTLED"));
		assertThat(paid(invoice)).isEqualTo(29_937);
	}

	@Test
	void bothSidesReviewOnceAfterCompletionAndNobodyElse() throws Exception {
		this.mvc.perform(review(5, "丁寧でした。").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.review.error.notCompleted"));
		this.parties.deliveredAndAccepted(this.contract);
		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				bearer(this.callers.token(this.parties.clientOrganisation, this.parties.client)) }) {
			this.mvc.perform(review(1, "ひどい").with(outsider)).andExpect(status().isForbidden());
		}
		this.mvc.perform(review(6, "とても良い").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.review.error.rating"));
		this.mvc.perform(review(5, "丁寧\u2028でした").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"))
			.andExpect(jsonPath("$.errors[0].message").value("使えない文字が含まれています: U+2028（行区切り文字）"));
		assertThat(reviews()).isZero();

		this.mvc.perform(review(5, "期日より早く仕上げていただきました。").with(this.client))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rating").value(5));
		this.mvc.perform(review(4, "もう一度").with(this.client))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("この契約はすでに評価しています。"));
		this.mvc.perform(review(4, null).with(this.member)).andExpect(status().isCreated());
		this.mvc.perform(review(3, null).with(this.member))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.review.error.twice"));
		assertThat(reviews()).isEqualTo(2);
	}

	private MockMultipartHttpServletRequestBuilder deliver(MockMultipartFile file) {
		return multipart("/api/v1/work/contracts/{id}/milestones/{mid}/deliverables", this.contract, this.milestone)
			.file(file)
			.with(csrf());
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "text/plain", content);
	}

	private MockHttpServletRequestBuilder acceptMilestone() {
		return post("/api/v1/work/contracts/{id}/milestones/{mid}/accept", this.contract, this.milestone).with(csrf());
	}

	private MockHttpServletRequestBuilder rework(String reason) {
		return json(post("/api/v1/work/contracts/{id}/milestones/{mid}/rework", this.contract, this.milestone),
				"{\"reason\": \"%s\"}".formatted(reason))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder pay(String invoice, String paidOn, long amount) {
		String date = paidOn.startsWith("\"") ? paidOn : "\"" + paidOn + "\"";
		return json(post("/api/v1/work/invoices/{id}/payments", invoice),
				"{\"paidOn\": %s, \"amount\": %d}".formatted(date, amount))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder review(int rating, String comment) {
		String body = (comment != null) ? "{\"rating\": %d, \"comment\": \"%s\"}".formatted(rating, comment)
				: "{\"rating\": %d}".formatted(rating);
		return json(post("/api/v1/work/contracts/{id}/reviews", this.contract), body).with(csrf());
	}

	private long deliverables() {
		return this.jdbc.sql("SELECT count(*) FROM deliverable WHERE milestone_id = :id")
			.param("id", this.milestone)
			.query(Long.class)
			.single();
	}

	private long invoices() {
		return this.jdbc.sql("SELECT count(*) FROM invoice WHERE contract_id = :id")
			.param("id", this.contract)
			.query(Long.class)
			.single();
	}

	private long paid(String invoice) {
		return this.jdbc.sql("SELECT coalesce(sum(amount), 0) FROM payment WHERE invoice_id = :id")
			.param("id", UUID.fromString(invoice))
			.query(Long.class)
			.single();
	}

	private long reviews() {
		return this.jdbc.sql("SELECT count(*) FROM review WHERE contract_id = :id")
			.param("id", this.contract)
			.query(Long.class)
			.single();
	}

}
