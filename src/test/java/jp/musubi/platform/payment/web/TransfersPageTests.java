package jp.musubi.platform.payment.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jp.musubi.support.BankNotices;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.payment.BankTransfers;
import jp.musubi.platform.payment.ExpectedTransfer;
import jp.musubi.platform.payment.PaymentReceived;
import jp.musubi.platform.payment.PaymentReference;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agent's staff's page and API of bank transfers as they use them: import the bank's
 * notice, read the summary, assign what did not match. Nobody else sees or imports.
 */
@MusubiTest
@RecordApplicationEvents
class TransfersPageTests {

	private static final LocalDate DUE = LocalDate.of(2026, 12, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	BankTransfers transfers;

	@Autowired
	ApplicationEvents events;

	private final CurrentUser agent = person(Role.AGENT_STAFF);

	@Test
	void theAgentImportsANoticeAndSeesTheSummaryAndWhatToAssign() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(12_800), DUE);
		long unknown = ThreadLocalRandom.current().nextLong(10_000, 99_999);
		byte[] file = BankNotices.of(12_800, expected.payerCode() + " ﾔﾏﾀﾞ ﾊﾅｺ", unknown, "ｻﾄｳ ｼﾞﾛｳ");

		Document page = importAndShow(file);

		assertThat(page.select("[data-test=summary]").text()).isEqualTo("照合済み1件、未照合1件、取り込み済み0件。");
		assertThat(page.select("[data-test=credits] tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("サトウ ジロウ")
				.contains(Yen.of(unknown).format(Locale.JAPANESE))
				.contains("未照合"));
		assertThat(this.events.stream(PaymentReceived.class)).singleElement()
			.satisfies((received) -> assertThat(received.reference()).isEqualTo(order));

		Document second = importAndShow(file);
		assertThat(second.select("[data-test=summary]").text()).isEqualTo("照合済み0件、未照合0件、取り込み済み2件。");
		assertThat(this.events.stream(PaymentReceived.class)).hasSize(1);
	}

	@Test
	void aMalformedNoticeIsRefusedOnThePageWithItsLine() throws Exception {
		byte[] file = "これは全銀の通知ではありません".getBytes(StandardCharsets.UTF_8);

		Document page = importAndShow(file);

		assertThat(page.select("[data-test=import-error]").text()).startsWith("1行目");
		assertThat(page.select("[data-test=summary]")).isEmpty();
		assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theAgentAssignsACreditThatWaitedToAnAwaitedTransfer() throws Exception {
		PaymentReference milestone = PaymentReference.of("work-milestone", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(milestone, Yen.of(30_000), DUE);
		long amount = ThreadLocalRandom.current().nextLong(10_000, 99_999);
		this.transfers.importNotice(BankNotices.of(amount, "ｶ)ﾏﾙﾊﾞﾂｼﾖｳﾃﾝ"));
		Document page = Page.of(this.mvc.perform(get("/payments/transfers").with(user(this.agent)))).document();
		Element row = page.select("[data-test=credits] tbody tr")
			.stream()
			.filter((candidate) -> candidate.text().contains(Yen.of(amount).format(Locale.JAPANESE)))
			.findFirst()
			.orElseThrow();
		assertThat(row.select("select[name=reference] option").eachAttr("value")).contains(milestone.text());
		assertThat(page.select("[data-test=awaited]").text()).contains(expected.payerCode());

		this.mvc
			.perform(post(row.select("form").attr("action")).param("reference", milestone.text())
				.with(user(this.agent))
				.with(csrf()))
			.andExpect(redirectedUrl("/payments/transfers"));

		assertThat(this.events.stream(PaymentReceived.class)).singleElement().satisfies((received) -> {
			assertThat(received.reference()).isEqualTo(milestone);
			assertThat(received.amount()).isEqualTo(Yen.of(amount));
		});
		Document after = Page.of(this.mvc.perform(get("/payments/transfers").with(user(this.agent)))).document();
		assertThat(after.select("[data-credit=" + row.attr("data-credit") + "]")).isEmpty();
	}

	@Test
	void theAgentsSystemsImportThroughTheApi() throws Exception {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(4_400), DUE);

		this.mvc
			.perform(multipart("/api/v1/payments/transfers/imports")
				.file(upload(BankNotices.of(4_400, expected.payerCode() + "ｷﾑﾗ")))
				.with(user(this.agent))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matched").value(1))
			.andExpect(jsonPath("$.unmatched").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(0));
		this.mvc
			.perform(multipart("/api/v1/payments/transfers/imports")
				.file(upload("garbage".getBytes(StandardCharsets.US_ASCII)))
				.with(user(this.agent))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void nobodyButTheAgentsStaffSeesOrImportsTransfers() throws Exception {
		byte[] file = BankNotices.of(1_000, "ﾔﾏﾀﾞ");
		for (CurrentUser other : new CurrentUser[] { person(Role.MEMBER), person(Role.PRODUCER), person(Role.CLIENT),
				person(Role.FACILITY_STAFF), person(Role.ADMIN) }) {
			this.mvc.perform(get("/payments/transfers").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(multipart("/payments/transfers/imports").file(upload(file)).with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/payments/transfers/credits/{id}/assign", UUID.randomUUID()).param("reference", "x")
					.with(user(other))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					multipart("/api/v1/payments/transfers/imports").file(upload(file)).with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(multipart("/api/v1/payments/transfers/imports").file(upload(file)).with(csrf()))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/payments/transfers").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		assertThat(this.events.stream(PaymentReceived.class)).isEmpty();
	}

	/** Imports as the agent's staff would and follows to the page, in one session. */
	private Document importAndShow(byte[] file) throws Exception {
		MockHttpServletResponse imported = this.mvc
			.perform(multipart("/payments/transfers/imports").file(upload(file)).with(user(this.agent)).with(csrf()))
			.andExpect(redirectedUrl("/payments/transfers"))
			.andReturn()
			.getResponse();
		return Page
			.of(this.mvc.perform(get("/payments/transfers").cookie(imported.getCookies()).with(user(this.agent)))
				.andExpect(status().isOk()))
			.document();
	}

	private static MockMultipartFile upload(byte[] file) {
		return new MockMultipartFile("file", "NYUKIN.TXT", MediaType.APPLICATION_OCTET_STREAM_VALUE, file);
	}

	private static CurrentUser person(Role... roles) {
		UUID id = UUID.randomUUID();
		return new CurrentUser(id, id + "@example.jp", null, "山田", Language.JA, Set.of(roles), true, false);
	}

}
