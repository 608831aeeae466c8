package jp.musubi.accounts;

import java.util.List;

import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.SensitiveAttribute;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditEntry;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@MusubiTest
class AccountSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AuditLog audit;

	@Test
	void theProfileIsKeptTheJapaneseWay() throws Exception {
		TestUser user = this.fixtures.member("profile");
		this.mvc
			.perform(profile(user).param("familyName", "佐々木")
				.param("givenName", "ｹﾝ")
				.param("familyNameKana", "ｻｻｷ")
				.param("givenNameKana", "けん")
				.param("prefecture", "13")
				.param("postalCode", "〒１００ー０００１")
				.param("preferredLanguage", "en"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("musubi-lang", "en"));
		Account account = this.accounts.findById(user.id()).orElseThrow();
		assertThat(account.profile().familyName()).isEqualTo("佐々木");
		assertThat(account.profile().givenName()).isEqualTo("ケン");
		assertThat(account.profile().familyNameKana()).as("kept in hiragana, as the form asks for it").isEqualTo("ささき");
		assertThat(account.profile().givenNameKana()).isEqualTo("けん");
		assertThat(account.profile().prefecture()).isEqualTo(Prefecture.TOKYO);
		assertThat(account.profile().postalCode().value()).isEqualTo("100-0001");
		assertThat(account.profile().preferredLanguage()).isEqualTo(Language.EN);
		assertThat(actions(user)).contains(AuditAction.PROFILE_CHANGED);
	}

	@Test
	void savingTheProfileKeepsThePagesInTheLanguageBeingReadUnlessTheProfilesLanguageChanges() throws Exception {
		TestUser user = this.fixtures.member("reads-japanese");
		this.mvc
			.perform(profile(user).param("familyName", "金").param("givenName", "民").param("preferredLanguage", "ko"))
			.andExpect(cookie().value("musubi-lang", "ko"));

		this.mvc
			.perform(profile(user).cookie(new jakarta.servlet.http.Cookie("musubi-lang", "ja"))
				.param("familyName", "金")
				.param("givenName", "民俊")
				.param("preferredLanguage", "ko"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().doesNotExist("musubi-lang"));
		assertThat(this.accounts.findById(user.id()).orElseThrow().profile().givenName()).isEqualTo("民俊");
	}

	@Test
	void aReadingTypedInKatakanaIsShownInHiraganaAndFoundEitherWay() throws Exception {
		TestUser user = this.fixtures.member("reading");
		this.mvc
			.perform(profile(user).param("familyName", "海風")
				.param("givenName", "波")
				.param("familyNameKana", "ウミカゼノオカ")
				.param("givenNameKana", "ﾅﾐ")
				.param("preferredLanguage", "ja"))
			.andExpect(redirectedUrl("/account"));
		Page account = Page.of(this.mvc.perform(get("/account").with(this.fixtures.signedIn(user))));
		assertThat(account.text()).contains("うみかぜのおか なみ");

		TestUser admin = this.fixtures.admin("reader");
		for (String words : new String[] { "ウミカゼノオカ", "うみかぜのおか", "ｳﾐｶｾﾞﾉｵｶ" }) {
			Page found = Page
				.of(this.mvc.perform(get("/admin/users").param("q", words).with(this.fixtures.signedIn(admin))));
			assertThat(found.textsOf("td")).as(words).contains(user.email());
		}
	}

	@Test
	void aNameThatWouldReadBackwardsIsRefusedNamingTheCharacter() throws Exception {
		TestUser user = this.fixtures.member("backwards");
		Page page = Page.of(this.mvc.perform(profile(user).param("familyName", "\u202E田山")
			.param("givenName", "花子")
			.param("familyNameKana", "やま\u200Bだ")
			.param("preferredLanguage", "ja")));
		assertThat(page.errorFor("familyName")).isEqualTo("使えない文字が含まれています: U+202E（右から左への上書き）");
		assertThat(page.errorFor("familyNameKana")).isEqualTo("使えない文字が含まれています: U+200B（ゼロ幅スペース）");
		assertThat(this.accounts.findById(user.id()).orElseThrow().profile().familyName()).isEqualTo("山田");
	}

	@Test
	void badProfileInputChangesNothing() throws Exception {
		TestUser user = this.fixtures.member("careful");
		Page page = Page.of(this.mvc.perform(profile(user).param("familyName", "<b>山田</b>")
			.param("givenName", "")
			.param("postalCode", "12345")
			.param("prefecture", "99")
			.param("preferredLanguage", "fr")));
		assertThat(page.errorFor("familyName")).contains("使えない文字");
		assertThat(page.errorFor("givenName")).contains("名を入力してください");
		assertThat(page.errorFor("postalCode")).contains("7桁");
		assertThat(page.errorFor("prefecture")).contains("一覧から選んで");
		assertThat(page.errorFor("preferredLanguage")).contains("一覧から選んで");
		assertThat(this.accounts.findById(user.id()).orElseThrow().profile().familyName()).isEqualTo("山田");
	}

	@Test
	void aSensitiveAttributeIsKeptOnlyWithItsOwnConsent() throws Exception {
		TestUser user = this.fixtures.member("consent");
		Page refused = Page.of(this.mvc.perform(
				sensitive(user).param("woman", "true").param("disability", "true").param("disabilityConsent", "true")));
		assertThat(refused.errorFor("womanConsent")).contains("同意のチェックが必要です");
		assertThat(this.accounts.findById(user.id()).orElseThrow().declarations()).isEmpty();

		this.mvc.perform(sensitive(user).param("woman", "true").param("womanConsent", "true"))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.accounts.findById(user.id()).orElseThrow().hasDeclared(SensitiveAttribute.WOMAN)).isTrue();

		this.mvc.perform(sensitive(user)).andExpect(redirectedUrl("/account"));
		assertThat(this.accounts.findById(user.id()).orElseThrow().declarations()).isEmpty();
		assertThat(actions(user)).contains(AuditAction.CONSENT_GIVEN, AuditAction.CONSENT_WITHDRAWN);
	}

	@Test
	void guestsAreNotAskedForSensitiveInformation() throws Exception {
		TestUser guest = this.fixtures.guest("guest", Language.JA);
		assertThat(Page.of(this.mvc.perform(get("/account/sensitive").with(this.fixtures.signedIn(guest)))).text())
			.contains("会員の方のみ");
		this.mvc.perform(sensitive(guest).param("woman", "true").param("womanConsent", "true"));
		assertThat(this.accounts.findById(guest.id()).orElseThrow().declarations()).isEmpty();
	}

	@Test
	void theAddressChangesOnlyWhenTheNewOneIsConfirmed() throws Exception {
		TestUser user = this.fixtures.member("moving");
		String newEmail = Fixtures.uniqueEmail("moved");
		this.mvc.perform(emailChange(user, newEmail, Fixtures.PASSWORD)).andExpect(redirectedUrl("/account"));
		assertThat(Mailbox.body(Mailbox.awaitFirst(user.email()))).contains(newEmail);
		assertThat(this.accounts.findById(user.id()).orElseThrow().email()).isEqualTo(user.email());

		String link = Mailbox.path(Mailbox.awaitFirst(newEmail), "/account/email/confirm");
		assertThat(Page.of(this.mvc.perform(get(link))).heading()).isEqualTo("メールアドレスを変更しました");
		assertThat(this.accounts.findById(user.id()).orElseThrow().email()).isEqualTo(newEmail);
		this.mvc.perform(post("/signin").with(csrf()).param("email", newEmail).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anEmailChangeNeedsTheCurrentPasswordAndAFreeAddress() throws Exception {
		TestUser user = this.fixtures.member("guarded");
		TestUser other = this.fixtures.member("other");
		assertThat(Page.of(this.mvc.perform(emailChange(user, Fixtures.uniqueEmail("x"), "wrong")))
			.errorFor("currentPassword")).contains("正しくありません");
		assertThat(Page.of(this.mvc.perform(emailChange(user, other.email(), Fixtures.PASSWORD))).errorFor("newEmail"))
			.contains("すでに登録されています");
		assertThat(Page.of(this.mvc.perform(emailChange(user, "broken@", Fixtures.PASSWORD))).errorFor("newEmail"))
			.contains("形式が正しくありません");
		assertThat(Mailbox.to(user.email())).isEmpty();
	}

	@Test
	void thePasswordChangesWithTheCurrentOneOnly() throws Exception {
		TestUser user = this.fixtures.member("changer");
		assertThat(Page.of(this.mvc.perform(passwordChange(user, "wrong", "a new long passphrase")))
			.errorFor("currentPassword")).contains("正しくありません");
		assertThat(Page.of(this.mvc.perform(passwordChange(user, Fixtures.PASSWORD, user.email())))
			.errorFor("newPassword")).contains("メールアドレスと同じ");
		this.mvc.perform(passwordChange(user, Fixtures.PASSWORD, "a new long passphrase"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(
				post("/signin").with(csrf()).param("email", user.email()).param("password", "a new long passphrase"))
			.andExpect(redirectedUrl("/"));
		assertThat(actions(user)).contains(AuditAction.PASSWORD_CHANGED);
	}

	private MockHttpServletRequestBuilder profile(TestUser user) {
		return post("/account/profile").with(csrf()).with(this.fixtures.signedIn(user));
	}

	private MockHttpServletRequestBuilder sensitive(TestUser user) {
		return post("/account/sensitive").with(csrf()).with(this.fixtures.signedIn(user));
	}

	private MockHttpServletRequestBuilder emailChange(TestUser user, String newEmail, String password) {
		return post("/account/email").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("newEmail", newEmail)
			.param("currentPassword", password);
	}

	private MockHttpServletRequestBuilder passwordChange(TestUser user, String current, String next) {
		return post("/account/password").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("newPasswordConfirmation", next);
	}

	private List<AuditAction> actions(TestUser user) {
		return this.audit.concerning(user.id(), 50).stream().map(AuditEntry::action).toList();
	}

}
