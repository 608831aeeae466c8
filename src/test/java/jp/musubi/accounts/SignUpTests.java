package jp.musubi.accounts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.support.MovableClock;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Fixtures fixtures;

	@Test
	void aMemberSignsUpConfirmsByMailAndThenSignsIn() throws Exception {
		String email = Fixtures.uniqueEmail("hanako");
		this.mvc.perform(signUp(email, Map.of("givenName", "花子"))).andExpect(redirectedUrl("/signup/sent"));
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((account) -> {
			assertThat(account.status()).isEqualTo(AccountStatus.PENDING);
			assertThat(account.profile().postalCode().value()).isEqualTo("969-3301");
			assertThat(account.profile().familyNameKana()).as("ﾔﾏﾀﾞ as typed, in hiragana").isEqualTo("やまだ");
		});

		this.mvc.perform(signIn(email)).andExpect(redirectedUrl("/signin?error=unconfirmed"));
		assertThat(Page.of(this.mvc.perform(get("/signin?error=unconfirmed"))).text()).contains("メールアドレスの確認が済んでいません");

		MimeMessage mail = Mailbox.awaitFirst(email);
		assertThat(Mailbox.subject(mail)).isEqualTo("【Musubi】メールアドレスの確認");
		assertThat(Mailbox.body(mail)).contains("山田 花子 様").contains("48時間");
		assertThat(Page.of(this.mvc.perform(get(Mailbox.path(mail, "/signup/confirm")))).heading())
			.isEqualTo("メールアドレスを確認しました");

		this.mvc.perform(signIn(email)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aGuestSignsUpInTheLanguageOfThePageAndGetsMailInIt() throws Exception {
		String email = Fixtures.uniqueEmail("minjun");
		this.mvc
			.perform(post("/signup").with(csrf())
				.cookie(new Cookie("musubi-lang", "ko"))
				.param("kind", "guest")
				.param("email", email)
				.param("password", Fixtures.PASSWORD)
				.param("passwordConfirmation", Fixtures.PASSWORD)
				.param("familyName", "김")
				.param("givenName", "민준")
				.param("acceptTerms", "true"))
			.andExpect(redirectedUrl("/signup/sent"));
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((account) -> {
			assertThat(account.hasRole(Role.GUEST)).isTrue();
			assertThat(account.profile().prefecture()).isNull();
			assertThat(account.profile().preferredLanguage()).isEqualTo(Language.KO);
		});
		assertThat(Mailbox.subject(Mailbox.awaitFirst(email))).containsPattern("\\p{IsHangul}");
	}

	@Test
	void followingTheConfirmationLinkTwiceIsHarmlessAndAForgedOneIsRefused() throws Exception {
		String email = Fixtures.uniqueEmail("twice");
		this.mvc.perform(signUp(email, Map.of())).andExpect(redirectedUrl("/signup/sent"));
		String link = Mailbox.path(Mailbox.awaitFirst(email), "/signup/confirm");
		this.mvc.perform(get(link)).andExpect(status().isOk());
		assertThat(Page.of(this.mvc.perform(get(link))).heading()).isEqualTo("メールアドレスを確認しました");
		assertThat(Page.of(this.mvc.perform(get("/signup/confirm?token=forged"))).text()).contains("リンクが正しくありません");
	}

	@Test
	void anExpiredConfirmationLinkIsRefusedAndANewOneCanBeAskedFor(@Autowired MovableClock clock) throws Exception {
		String email = Fixtures.uniqueEmail("late");
		this.mvc.perform(signUp(email, Map.of())).andExpect(redirectedUrl("/signup/sent"));
		String link = Mailbox.path(Mailbox.awaitFirst(email), "/signup/confirm");
		clock.advance(Duration.ofHours(49));
		try {
			assertThat(Page.of(this.mvc.perform(get(link))).text()).contains("有効期限が切れています");
		}
		finally {
			clock.reset();
		}
		this.mvc.perform(post("/signup/resend").with(csrf()).param("email", email)).andExpect(redirectedUrl("/signin"));
		String fresh = Mailbox.path(Mailbox.awaitNth(email, 2), "/signup/confirm");
		assertThat(fresh).isNotEqualTo(link);
		this.mvc.perform(get(fresh)).andExpect(status().isOk());
		assertThat(this.accounts.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void anAddressAlreadyInUseGetsTheSameAnswerAndItsOwnerIsToldByMail() throws Exception {
		var existing = this.fixtures.member("taken");
		this.mvc.perform(signUp(existing.email().toUpperCase(), Map.of())).andExpect(redirectedUrl("/signup/sent"));
		String fresh = Fixtures.uniqueEmail("fresh");
		this.mvc.perform(signUp(fresh, Map.of())).andExpect(redirectedUrl("/signup/sent"));

		MimeMessage told = Mailbox.awaitFirst(existing.email(), "signup-attempted");
		assertThat(Mailbox.subject(told)).isEqualTo("【Musubi】このアドレスでの新規登録がありました");
		assertThat(Mailbox.body(told)).contains("/signin", "/password/forgot").doesNotContain("token=");
		assertThat(Mailbox.to(existing.email(), "confirm-email")).isEmpty();
		assertThat(this.accounts.findAll()).filteredOn((account) -> account.email().equals(existing.email()))
			.hasSize(1);
		this.mvc.perform(signIn(existing.email())).andExpect(redirectedUrl("/"));
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("email", "", "メールアドレスを入力してください"),
				Arguments.of("email", "taro.example.jp", "メールアドレスの形式が正しくありません"),
				Arguments.of("email", "taro@localhost", "メールアドレスの形式が正しくありません"),
				Arguments.of("email", "a".repeat(250) + "@example.jp", "254文字以内"),
				Arguments.of("password", "short", "10文字以上"), Arguments.of("password", "password123", "推測されやすい"),
				Arguments.of("passwordConfirmation", "something else entirely", "一致しません"),
				Arguments.of("familyName", "", "姓を入力してください"),
				Arguments.of("familyName", "<script>alert(1)</script>", "使えない文字"),
				Arguments.of("givenName", "山".repeat(51), "50文字以内"),
				Arguments.of("givenName", "\"><img src=x onerror=alert(1)>", "使えない文字"),
				Arguments.of("familyName", "山田\u202E", "使えない文字が含まれています: U+202E（右から左への上書き）"),
				Arguments.of("givenName", "\u3164", "使えない文字が含まれています: 見えない書式文字"),
				Arguments.of("email", "taro\u202E@example.jp", "メールアドレスの形式が正しくありません"),
				Arguments.of("familyNameKana", "山田", "ひらがなかカタカナ"), Arguments.of("postalCode", "123-45", "7桁の数字"),
				Arguments.of("prefecture", "48", "一覧から選んで"), Arguments.of("kind", "admin", "会員かゲストか"),
				Arguments.of("acceptTerms", "false", "同意してください"));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badInput")
	void badInputIsExplainedNextToTheFieldAndCreatesNothing(String field, String value, String message)
			throws Exception {
		String email = field.equals("email") ? value : Fixtures.uniqueEmail("bad");
		Page page = Page.of(this.mvc.perform(signUp(email, Map.of(field, value))).andExpect(status().isOk()));
		assertThat(page.errorFor(field)).contains(message);
		assertThat(page.textOf(".error-summary")).contains(message);
		assertThat(page.heading()).isEqualTo("新規登録");
		assertThat(this.accounts.existsByEmail(email.toLowerCase())).isFalse();
	}

	@Test
	void whatWasTypedStaysInTheFormExceptThePassword() throws Exception {
		Page page = Page.of(this.mvc
			.perform(signUp(Fixtures.uniqueEmail("keep"), Map.of("familyNameKana", "漢字", "givenName", "花子"))));
		assertThat(page.valueOf("givenName")).isEqualTo("花子");
		assertThat(page.valueOf("familyNameKana")).isEqualTo("漢字");
		assertThat(page.valueOf("password")).isEmpty();
	}

	private static MockHttpServletRequestBuilder signUp(String email, Map<String, String> overrides) {
		MockHttpServletRequestBuilder request = post("/signup").with(csrf());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", "member");
		values.put("email", email);
		values.put("password", Fixtures.PASSWORD);
		values.put("passwordConfirmation", Fixtures.PASSWORD);
		values.put("familyName", "山田");
		values.put("givenName", "太郎");
		values.put("familyNameKana", "ﾔﾏﾀﾞ");
		values.put("givenNameKana", "たろう");
		values.put("prefecture", "07");
		values.put("postalCode", "９６９－３３０１");
		values.put("acceptTerms", "true");
		values.putAll(overrides);
		if ("password".equals(overrides.keySet().stream().findFirst().orElse(""))) {
			values.put("passwordConfirmation", overrides.get("password"));
		}
		values.forEach(request::param);
		return request;
	}

	private static MockHttpServletRequestBuilder signIn(String email) {
		return post("/signin").with(csrf()).param("email", email).param("password", Fixtures.PASSWORD);
	}

}
