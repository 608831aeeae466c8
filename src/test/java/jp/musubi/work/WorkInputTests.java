package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jp.musubi.support.Fixtures;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.work.contract.ContractRepository;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.request.WorkRequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad input on the work exchange's forms: each is refused with a message next to its
 * field, the form keeps what was typed, and nothing is stored.
 */
@MusubiTest
class WorkInputTests {

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

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
	}

	@Test
	void aRequestWithImpossibleFiguresIsRefusedFieldByField() throws Exception {
		long before = this.requests.count();
		Page tooLittle = request("budget", "500");
		assertThat(tooLittle.errorFor("budget")).isEqualTo("予算は1,000円から5,000万円の間で入力してください。");
		assertThat(tooLittle.valueOf("title")).isEqualTo("棚卸しデータの入力");
		assertThat(request("budget", "999,999,999,999").errorFor("budget")).contains("5,000万円");
		for (String notAnAmount : new String[] { "-5000", "五万円", "12.5", "1e3", "30,00", "1,000,000,000,000" }) {
			Page page = request("budget", notAnAmount);
			assertThat(page.errorFor("budget")).as(notAnAmount)
				.isEqualTo("金額は円単位の整数で入力してください（例：12000、12,000、¥12,000）。小数、マイナス、1兆円以上は使えません。");
			assertThat(page.valueOf("budget")).as("the amount as typed").isEqualTo(notAnAmount);
		}
		assertThat(request("deadline", this.parties.today().minusDays(1).toString()).errorFor("deadline"))
			.isEqualTo("締切日は明日以降の日付にしてください。");
		assertThat(request("deadline", "2026/13/45").errorFor("deadline")).contains("日付を「2026-12-01」の形で");
		assertThat(request("title", "棚卸し\u202Eデータ").errorFor("title")).isEqualTo("使えない文字が含まれています: U+202E（右から左への上書き）");
		assertThat(request("description", "倉庫の\u0007棚卸し").errorFor("description"))
			.isEqualTo("使えない文字が含まれています: 制御文字（改行とタブのほかの見えない文字）");
		assertThat(request("title", "").errorFor("title")).isNotEmpty();
		assertThat(request("category", "").errorFor("category")).isEqualTo("仕事の種類を選んでください。");
		assertThat(request("remote", "false").errorFor("location")).contains("都道府県を選んでください");
		assertThat(request("pricing", "HOURLY", "hourlyRate", "999999999999", "estimatedHours", "2000")
			.errorFor("hourlyRate")).isEqualTo("時間単価は500円から50,000円の間で入力してください。");
		assertThat(request("pricing", "HOURLY", "hourlyRate", "9223372036854775807", "estimatedHours", "2000")
			.errorFor("hourlyRate")).startsWith("金額は円単位の整数で");
		assertThat(request("pricing", "HOURLY", "hourlyRate", "1200", "estimatedHours", "0").errorFor("estimatedHours"))
			.contains("1時間から2000時間");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void amountsAreTakenAsPeopleTypeThem() throws Exception {
		for (String typed : new String[] { "12,000", "１２，０００", "¥12,000", "￥12,000", "12000円" }) {
			String title = "アンケートの入力 " + UUID.randomUUID();
			MvcResult posted = this.mvc
				.perform(post("/work/requests").with(csrf())
					.with(this.fixtures.signedIn(this.parties.client))
					.param("organisationId", this.parties.clientOrganisation.toString())
					.param("title", title)
					.param("description", "紙のアンケートを入力します。")
					.param("category", "DATA_ENTRY")
					.param("pricing", "FIXED")
					.param("budget", typed)
					.param("deadline", this.parties.today().plusDays(14).toString())
					.param("remote", "true"))
				.andReturn();
			assertThat(posted.getResponse().getRedirectedUrl()).as(typed).startsWith("/work/requests/");
			assertThat(this.requests.findAll()).filteredOn((request) -> request.title().equals(title))
				.singleElement()
				.extracting((request) -> request.budget().amount())
				.isEqualTo(12_000L);
		}
		UUID request = this.parties.publishedRequest("名刺の入力 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		UUID proposal = this.parties.proposal(this.parties.member, request, "￥２０，０００");
		assertThat(this.proposals.findById(proposal).orElseThrow().price().amount()).isEqualTo(20_000L);
		Page accept = Page.of(this.mvc
			.perform(get("/work/proposals/{id}/accept", proposal).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(accept.valueOf("remuneration")).as("written back grouped, as people read it").isEqualTo("20,000");
		UUID contract = this.parties.contract(proposal, "20,000");
		assertThat(this.contracts.findById(contract).orElseThrow().terms().remuneration().amount()).isEqualTo(20_000L);
	}

	@Test
	void markupInATitleIsKeptAsTypedAndShownAsText() throws Exception {
		String title = "<script>alert(1)</script> 5 > 3 javascript:alert(1) " + UUID.randomUUID();
		UUID request = this.parties.postedRequest(title, "DATA_ENTRY", WorkParties.DATA_ENTRY);
		assertThat(this.requests.findById(request).orElseThrow().title()).isEqualTo(title);

		String html = this.mvc
			.perform(get("/work/requests/{id}", request).with(this.fixtures.signedIn(this.parties.client)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Page page = Page.of(html);
		assertThat(page.heading()).isEqualTo(title);
		assertThat(page.document().select("script")).noneMatch((script) -> script.data().contains("alert(1)"));
		assertThat(page.document().select("a[href^=javascript]")).isEmpty();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; 5 &gt; 3");
	}

	@Test
	void aProposalNeedsASensiblePriceAndDate() throws Exception {
		UUID request = this.parties.publishedRequest("アンケート集計 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		assertThat(proposal(request, "0", this.parties.today().plusDays(3).toString()).errorFor("price"))
			.isEqualTo("提案金額は1,000円から5,000万円の間で入力してください。");
		assertThat(proposal(request, "-20000", this.parties.today().plusDays(3).toString()).errorFor("price"))
			.startsWith("金額は円単位の整数で入力してください");
		assertThat(proposal(request, "20000", this.parties.today().minusDays(3).toString()).errorFor("deliveryDate"))
			.isEqualTo("納品予定日は今日以降の日付にしてください。");
		assertThat(this.proposals.findByRequestIdAndMemberId(request, this.parties.member.id())).isEmpty();
	}

	@Test
	void termsMustPayWithinSixtyDaysOfDeliveryAndAddUp() throws Exception {
		UUID request = this.parties.publishedRequest("チラシの文章 " + UUID.randomUUID(), "WRITING", WorkParties.DATA_ENTRY);
		UUID proposal = this.parties.proposal(this.parties.member, request, "40000");
		String delivery = this.parties.today().plusDays(10).toString();
		Page late = accept(proposal, this.parties.today().plusDays(71).toString(), (form) -> form);
		assertThat(late.errorFor("paymentDate")).isEqualTo("支払期日は納品日から60日以内にしてください（フリーランス新法 第4条）。");
		assertThat(late.valueOf("deliveryDate")).isEqualTo(delivery);
		Page mismatch = accept(proposal,
				(form) -> form.param("milestones[1].title", "修正対応")
					.param("milestones[1].amount", "5000")
					.param("milestones[1].dueDate", delivery));
		assertThat(mismatch.text()).contains("マイルストーンの金額の合計が、報酬の額と一致しません。");
		Page halfRow = accept(proposal, (form) -> form.param("milestones[2].amount", "100"));
		assertThat(halfRow.text()).contains("マイルストーンの行は、内容・金額・期日をすべて入力するか");
		Page hidden = accept(proposal, (form) -> form.param("milestones[0].title", "文章\u200B一式"));
		assertThat(hidden.errorFor("milestones")).isEqualTo("使えない文字が含まれています: U+200B（ゼロ幅スペース）");
		assertThat(this.contracts.findByRequestId(request)).isEmpty();
	}

	@Test
	void aFileIsJudgedByWhatItIsNotWhatItIsCalled() throws Exception {
		UUID request = this.parties.postedRequest("写真の整理 " + UUID.randomUUID(), "OTHER", WorkParties.DATA_ENTRY);
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		assertThat(upload(request, new MockMultipartFile("file", "請求書.pdf", "application/pdf", program)))
			.contains("この種類のファイルは受け付けていません");
		assertThat(upload(request, new MockMultipartFile("file", "空.txt", "text/plain", new byte[0])))
			.contains("空のファイルは受け付けません");
		assertThat(
				upload(request, new MockMultipartFile("file", "大きい.txt", "text/plain", new byte[20 * 1024 * 1024 + 1])))
			.contains("20MB以下にしてください");
		assertThat(
				upload(request,
						new MockMultipartFile("file", "../../etc/passwd.txt", "text/plain",
								"作業の説明です".getBytes(StandardCharsets.UTF_8))))
			.contains("passwd.txt")
			.doesNotContain("../");
	}

	@Test
	void anInvalidRegistrationNumberIsRefused() throws Exception {
		Page page = Page.of(this.mvc.perform(post("/work/profile").with(csrf())
			.with(this.fixtures.signedIn(this.parties.member))
			.param("introduction", "よろしくお願いします。")
			.param("hoursPerWeek", "10")
			.param("registrationNumber", "T1234567890123")));
		assertThat(page.errorFor("registrationNumber")).startsWith("登録番号が正しくありません。");
		assertThat(page.valueOf("registrationNumber")).isEqualTo("T1234567890123");
	}

	@Test
	void hoursOutsideTheWeekOrBeyondEightyAreRefused() throws Exception {
		UUID request = this.parties.publishedRequest("入力作業 " + UUID.randomUUID(), "DATA_ENTRY", WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "10000"), "10000");
		assertThat(hours(contract, this.parties.today().toString(), "81")).contains("時間は0から80の間で");
		assertThat(hours(contract, this.parties.today().toString(), "-1")).contains("時間は0から80の間で");
		assertThat(hours(contract, this.parties.today().toString(), "たくさん")).contains("時間は0から80の間で");
		assertThat(hours(contract, this.parties.today().plusDays(14).toString(), "5")).contains("記録できるのは");
		Page page = Page.of(this.mvc
			.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(page.document().select("#hours tbody tr")).isEmpty();
	}

	private Page request(String... fieldsAndValues) throws Exception {
		MockHttpServletRequestBuilder form = post("/work/requests").with(csrf())
			.with(this.fixtures.signedIn(this.parties.client));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("organisationId", this.parties.clientOrganisation.toString());
		values.put("title", "棚卸しデータの入力");
		values.put("description", "倉庫の棚卸し結果をExcelに入力します。");
		values.put("category", "DATA_ENTRY");
		values.put("pricing", "FIXED");
		values.put("budget", "30000");
		values.put("deadline", this.parties.today().plusDays(14).toString());
		values.put("remote", "true");
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		values.forEach(form::param);
		return Page.of(this.mvc.perform(form));
	}

	private Page proposal(UUID request, String price, String delivery) throws Exception {
		return Page.of(this.mvc.perform(post("/work/requests/{id}/proposals", request).with(csrf())
			.with(this.fixtures.signedIn(this.parties.member))
			.param("message", "お手伝いします。")
			.param("price", price)
			.param("deliveryDate", delivery)));
	}

	private Page accept(UUID proposal, UnaryOperator<MockHttpServletRequestBuilder> change) throws Exception {
		return accept(proposal, this.parties.today().plusDays(40).toString(), change);
	}

	private Page accept(UUID proposal, String paymentDate, UnaryOperator<MockHttpServletRequestBuilder> change)
			throws Exception {
		String delivery = this.parties.today().plusDays(10).toString();
		MockHttpServletRequestBuilder form = post("/work/proposals/{id}/accept", proposal).with(csrf())
			.with(this.fixtures.signedIn(this.parties.client))
			.param("workDescription", "チラシの文章を書く")
			.param("deliveryDate", delivery)
			.param("deliveryMethod", "アップロード")
			.param("remuneration", "40000")
			.param("paymentDate", paymentDate)
			.param("inspectionDate", this.parties.today().plusDays(15).toString())
			.param("milestones[0].title", "文章一式")
			.param("milestones[0].amount", "40000")
			.param("milestones[0].dueDate", delivery);
		return Page.of(this.mvc.perform(change.apply(form)));
	}

	private String upload(UUID request, MockMultipartFile file) throws Exception {
		var posted = this.mvc
			.perform(multipart("/work/requests/{id}/attachments", request).file(file)
				.with(csrf())
				.with(this.fixtures.signedIn(this.parties.client)))
			.andReturn();
		return this.parties.follow(posted, this.parties.client).textOf("#attachments");
	}

	private String hours(UUID contract, String week, String hours) throws Exception {
		var posted = this.mvc
			.perform(post("/work/contracts/{id}/hours", contract).with(csrf())
				.with(this.fixtures.signedIn(this.parties.member))
				.param("week", week)
				.param("hours", hours))
			.andReturn();
		return this.parties.follow(posted, this.parties.member).textOf("#hours");
	}

}
