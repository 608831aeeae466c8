package jp.musubi.accounts;

import java.time.Duration;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class PasswordResetTests {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTimeBack() {
		this.clock.reset();
	}

	@Test
	void aForgottenPasswordIsResetByTheMailedLinkOnce() throws Exception {
		TestUser user = this.fixtures.member("forgetful");
		assertThat(
				Page.of(this.mvc.perform(post("/password/forgot").with(csrf()).param("email", user.email()))).heading())
			.isEqualTo("メールをご確認ください");
		var mail = Mailbox.awaitFirst(user.email());
		assertThat(Mailbox.subject(mail)).isEqualTo("【Musubi】パスワードの再設定");
		assertThat(Mailbox.body(mail)).contains("60分");
		String link = Mailbox.path(mail, "/password/reset");
		String token = Mailbox.parameter(link, "token");

		assertThat(Page.of(this.mvc.perform(get(link))).heading()).isEqualTo("新しいパスワードの設定");
		this.mvc.perform(reset(token, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(signIn(user.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/signin?error=credentials"));
		this.mvc.perform(signIn(user.email(), NEW_PASSWORD)).andExpect(redirectedUrl("/"));

		assertThat(Page.of(this.mvc.perform(reset(token, "yet another passphrase", "yet another passphrase"))).text())
			.contains("すでに使われています");
	}

	@Test
	void theLinkExpiresAfterAnHour() throws Exception {
		TestUser user = this.fixtures.member("slow");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", user.email()));
		String link = Mailbox.path(Mailbox.awaitFirst(user.email()), "/password/reset");
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(Page.of(this.mvc.perform(get(link))).text()).contains("有効期限が切れています");
		this.mvc.perform(reset(Mailbox.parameter(link, "token"), NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk());
		this.clock.reset();
		this.mvc.perform(signIn(user.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = Fixtures.uniqueEmail("nobody");
		assertThat(Page.of(this.mvc.perform(post("/password/forgot").with(csrf()).param("email", nobody))).heading())
			.isEqualTo("メールをご確認ください");
		TestUser someone = this.fixtures.member("someone");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", someone.email()));
		Mailbox.awaitFirst(someone.email());
		assertThat(Mailbox.to(nobody)).isEmpty();
	}

	@Test
	void nobodysInboxCanBeFloodedWithResetMails() throws Exception {
		TestUser user = this.fixtures.member("flooded");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(forgot(user.email(), "198.51.100.17")).andExpect(status().isOk());
		}
		this.mvc.perform(forgot(user.email(), "198.51.100.18"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"));
		Mailbox.awaitNth(user.email(), 5);
		// An address no one has is limited the same way, so a refusal tells nothing.
		String nobody = Fixtures.uniqueEmail("flood-nobody");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(forgot(nobody, "198.51.100.19")).andExpect(status().isOk());
		}
		this.mvc.perform(forgot(nobody, "198.51.100.19")).andExpect(status().isTooManyRequests());
		this.clock.advance(Duration.ofMinutes(61));
		this.mvc.perform(forgot(user.email(), "198.51.100.17")).andExpect(status().isOk());
		Mailbox.awaitNth(user.email(), 6);
		assertThat(Mailbox.to(user.email())).hasSize(6);
	}

	private static MockHttpServletRequestBuilder forgot(String email, String from) {
		return post("/password/forgot").with(csrf()).param("email", email).with((request) -> {
			request.setRemoteAddr(from);
			return request;
		});
	}

	@Test
	void aWeakOrMismatchedNewPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
		TestUser user = this.fixtures.member("weak");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", user.email()));
		String token = Mailbox.parameter(Mailbox.path(Mailbox.awaitFirst(user.email()), "/password/reset"), "token");
		assertThat(Page.of(this.mvc.perform(reset(token, "short", "short"))).errorFor("password")).contains("10文字以上");
		assertThat(Page.of(this.mvc.perform(reset(token, NEW_PASSWORD, "different one"))).errorFor("password"))
			.contains("一致しません");
		this.mvc.perform(reset(token, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void aMalformedAddressIsExplained() throws Exception {
		assertThat(Page.of(this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "not-an-address")))
			.errorFor("email")).contains("形式が正しくありません");
	}

	private static MockHttpServletRequestBuilder reset(String token, String password, String confirmation) {
		return post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/signin").with(csrf()).param("email", email).param("password", password);
	}

}
