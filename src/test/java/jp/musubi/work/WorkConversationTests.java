package jp.musubi.work;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Questions and answers on a request and a contract: the other side is mailed in their
 * own language, sees how many conversations have news, and the count clears once read.
 */
@MusubiTest
class WorkConversationTests {

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
	void aMembersQuestionReachesTheClientWhoAnswers() throws Exception {
		TestUser colleague = this.fixtures.person("Emma", Role.MEMBER, Language.EN);
		this.fixtures.joinOrganisation(colleague, this.parties.clientOrganisation);
		String title = "農産物ネットショップの商品説明文 " + UUID.randomUUID().toString().substring(0, 6);
		UUID request = this.parties.publishedRequest(title, "WRITING", WorkParties.DATA_ENTRY);

		this.mvc
			.perform(post("/work/requests/{id}/messages", request).with(csrf())
				.with(this.fixtures.signedIn(this.parties.member))
				.param("body", "商品の写真はいただけますか？"))
			.andReturn();
		// The first mail of each told them the request was published; the second is the
		// question.
		MimeMessage japanese = Mailbox.awaitNth(this.parties.client.email(), 2);
		assertThat(Mailbox.subject(japanese)).startsWith("【Musubi】").contains("メッセージ");
		MimeMessage english = Mailbox.awaitNth(colleague.email(), 2);
		assertThat(Mailbox.subject(english)).startsWith("[Musubi]").contains("message");
		assertThat(Mailbox.body(english)).contains("/work/requests/" + request + "/messages");

		Page header = Page.of(this.mvc.perform(get("/work").with(this.fixtures.signedIn(this.parties.client))));
		assertThat(header.textOf(".badge")).isEqualTo("1");
		Page inbox = Page.of(this.mvc.perform(get("/work/messages").with(this.fixtures.signedIn(this.parties.client))));
		assertThat(inbox.text()).contains(title, "商品の写真はいただけますか？");
		Page thread = Page.of(this.mvc
			.perform(get("/work/requests/{id}/messages", request).with(this.fixtures.signedIn(this.parties.client))));
		assertThat(thread.textsOf(".thread li")).singleElement().asString().contains("商品の写真はいただけますか？");
		Page afterReading = Page.of(this.mvc.perform(get("/work").with(this.fixtures.signedIn(this.parties.client))));
		assertThat(afterReading.textOf(".badge")).isEmpty();

		this.mvc.perform(post("/work/requests/{id}/messages", request).with(csrf())
			.with(this.fixtures.signedIn(this.parties.client))
			.param("body", "はい、10枚お送りします。"));
		assertThat(Mailbox.body(Mailbox.awaitFirst(this.parties.member.email()))).contains(title);
		Page answered = Page.of(this.mvc
			.perform(get("/work/requests/{id}/messages", request).with(this.fixtures.signedIn(this.parties.member))));
		assertThat(answered.textsOf(".thread li")).hasSize(2);
	}

	@Test
	void anEmptyMessageOrOneWithACharacterThatCannotBeShownIsRefusedAndNothingIsSent() throws Exception {
		UUID request = this.parties.publishedRequest("会計ソフトへの入力 " + UUID.randomUUID(), "ACCOUNTING",
				WorkParties.DATA_ENTRY);
		String[][] refused = { { "   ", "メッセージを入力してください" },
				{ "見積もりは\u202E円000,01\u202Cです", "使えない文字が含まれています: U+202E（右から左への上書き）" },
				{ "壊れた\uD800文字", "使えない文字が含まれています: 対になっていないサロゲート（壊れた文字）" } };
		for (String[] bodyAndMessage : refused) {
			MvcResult posted = this.mvc
				.perform(post("/work/requests/{id}/messages", request).with(csrf())
					.with(this.fixtures.signedIn(this.parties.member))
					.param("body", bodyAndMessage[0]))
				.andReturn();
			Page page = this.parties.follow(posted, this.parties.member);
			assertThat(page.errorFor("body")).contains(bodyAndMessage[1]);
			assertThat(page.textsOf(".thread li")).isEmpty();
		}
		assertThat(Mailbox.to(this.parties.client.email())).extracting(Mailbox::subject)
			.noneMatch((subject) -> subject.contains("メッセージ"));
	}

	@Test
	void markupAndComparisonsAreKeptAsTypedAndShownAsText() throws Exception {
		UUID request = this.parties.publishedRequest("在庫表の更新 " + UUID.randomUUID(), "DATA_ENTRY",
				WorkParties.DATA_ENTRY);
		String[] bodies = { "<script>alert(1)</script>", "5 > 3 なので、3 < 5 です & 以上", "javascript:alert(1)",
				"<img src=x onerror=alert(1)>" };
		for (String body : bodies) {
			this.mvc.perform(post("/work/requests/{id}/messages", request).with(csrf())
				.with(this.fixtures.signedIn(this.parties.member))
				.param("body", body));
		}

		String html = this.mvc
			.perform(get("/work/requests/{id}/messages", request).with(this.fixtures.signedIn(this.parties.client)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Page thread = Page.of(html);
		assertThat(thread.textsOf(".thread li")).hasSize(bodies.length);
		for (String body : bodies) {
			assertThat(thread.textsOf(".thread li")).anyMatch((shown) -> shown.contains(body));
		}
		assertThat(thread.document().select(".thread script, .thread img, .thread a[href^=javascript]")).isEmpty();
		assertThat(thread.document().select("script")).noneMatch((script) -> script.data().contains("alert(1)"));
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "5 &gt; 3 なので、3 &lt; 5 です &amp; 以上");
	}

}
