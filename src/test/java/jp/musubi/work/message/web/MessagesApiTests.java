package jp.musubi.work.message.web;

import jp.musubi.work.ApiCallers;
import java.util.UUID;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.bearer;
import static jp.musubi.work.ApiCallers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Conversations through the API, under the pages' rules of who takes part: a request's
 * client and the agent, members once it is published; a contract's parties. Tokens and
 * outsiders neither read nor write, and a refused message is not sent.
 */
@MusubiTest
class MessagesApiTests {

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

	TestUser stranger;

	@BeforeEach
	void parties() {
		this.parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		this.callers = new ApiCallers(this.mvc, this.fixtures);
		this.stranger = this.fixtures.member("他人");
	}

	@Test
	void aContractsConversationIsForItsPartiesAndNoToken() throws Exception {
		UUID request = this.parties.publishedRequest("旅館のメニュー翻訳", "TRANSLATION", WorkParties.DATA_ENTRY);
		UUID contract = this.parties.contract(this.parties.proposal(this.parties.member, request, "20000"), "20000");
		String token = this.callers.token(this.parties.clientOrganisation, this.parties.client);

		for (RequestPostProcessor outsider : new RequestPostProcessor[] { this.fixtures.signedIn(this.stranger),
				bearer(token) }) {
			this.mvc.perform(get("/api/v1/work/contracts/{id}/messages", contract).with(outsider))
				.andExpect(status().isForbidden());
			this.mvc.perform(write("/api/v1/work/contracts/{id}/messages", contract, "こんにちは").with(outsider))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/work/messages").with(bearer(token))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/work/messages/unread").with(bearer(token))).andExpect(status().isForbidden());
		assertThat(messages(contract)).isZero();

		for (RequestPostProcessor party : new RequestPostProcessor[] { this.fixtures.signedIn(this.parties.member),
				this.fixtures.signedIn(this.parties.client), this.fixtures.signedIn(this.parties.agent) }) {
			this.mvc.perform(write("/api/v1/work/contracts/{id}/messages", contract, "進み具合はいかがですか。").with(party))
				.andExpect(status().isCreated());
		}
		this.mvc
			.perform(get("/api/v1/work/contracts/{id}/messages", contract)
				.with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(jsonPath("$.length()").value(3));
		this.mvc
			.perform(get("/api/v1/work/messages").param("size", "1").with(this.fixtures.signedIn(this.parties.member)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].subject").value("CONTRACT"))
			.andExpect(jsonPath("$.items[0].title").value("旅館のメニュー翻訳"))
			.andExpect(jsonPath("$.items[0].unread").value(0));
	}

	@Test
	void membersAskAboutPublishedWorkOnlyAndAnEmptyMessageOrOneThatCannotBeShownIsNotSent() throws Exception {
		UUID submitted = this.parties.postedRequest("非公開の依頼", "WRITING", WorkParties.DATA_ENTRY);
		RequestPostProcessor member = this.fixtures.signedIn(this.parties.member);
		this.mvc.perform(write("/api/v1/work/requests/{id}/messages", submitted, "質問です").with(member))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/work/requests/{id}/messages", submitted).with(member))
			.andExpect(status().isForbidden());

		UUID published = this.parties.publishedRequest("旅館の案内板の翻訳", "TRANSLATION", WorkParties.DATA_ENTRY);
		this.mvc.perform(write("/api/v1/work/requests/{id}/messages", published, "  ").with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value("メッセージを入力してください。"));
		// A lone surrogate, as JSON can spell it: PostgreSQL would have stored a "?".
		this.mvc
			.perform(write("/api/v1/work/requests/{id}/messages", published, "壊れた\\ud800文字").with(member)
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("validation.character.surrogate"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("This contains a character that cannot be used: an unpaired surrogate (a broken character)"));
		this.mvc
			.perform(write("/api/v1/work/requests/{id}/messages", published, "請求額は\\u202E円0001\\u202Cです").with(member))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("使えない文字が含まれています: U+202E（右から左への上書き）"));
		this.mvc.perform(write("/api/v1/work/requests/{id}/messages", published, "あ".repeat(4001)).with(member))
			.andExpect(jsonPath("$.errors[0].messageKey").value("work.message.error.long"));
		assertThat(messages(published)).as("nothing refused was sent").isZero();

		this.mvc.perform(write("/api/v1/work/requests/{id}/messages", published, "英語だけでよいですか。").with(member))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorName").value("山田 花子"));
		this.mvc
			.perform(write("/api/v1/work/requests/{id}/messages", published, "<b>5 > 3</b> javascript:alert(1)")
				.with(member))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/v1/work/requests/{id}/messages", published)
				.with(this.fixtures.signedIn(this.parties.agent)))
			.andExpect(jsonPath("$[0].body").value("英語だけでよいですか。"))
			.andExpect(jsonPath("$[1].body").value("<b>5 > 3</b> javascript:alert(1)"));
	}

	private static MockHttpServletRequestBuilder write(String path, UUID id, String body) {
		return json(post(path, id), "{\"body\": \"%s\"}".formatted(body)).with(csrf());
	}

	private long messages(UUID subject) {
		return this.jdbc
			.sql("SELECT count(*) FROM thread_message m JOIN message_thread t ON t.id = m.thread_id "
					+ "WHERE t.subject_id = :id")
			.param("id", subject)
			.query(Long.class)
			.single();
	}

}
