package jp.musubi.accounts;

import java.util.List;

import jakarta.servlet.http.Cookie;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditEntry;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@MusubiTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	@Test
	void aWrongPasswordAndAnUnknownAddressLookTheSame() throws Exception {
		TestUser user = this.fixtures.member("wrong");
		String known = this.mvc.perform(signIn(user.email(), "not the password"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = this.mvc.perform(signIn(Fixtures.uniqueEmail("nobody"), "not the password"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(known).isEqualTo(unknown).isEqualTo("/signin?error=credentials");
		assertThat(Page.of(this.mvc.perform(get(known))).textOf("[role=alert]")).contains("メールアドレスまたはパスワードが正しくありません");
	}

	@Test
	void theAddressTypedComesBackIntoTheFormButNotIntoTheUrl() throws Exception {
		MvcResult failed = this.mvc.perform(signIn("someone@example.jp", "x")).andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).doesNotContain("someone");
		Cookie session = failed.getResponse().getCookie("SESSION");
		Page page = Page.of(this.mvc.perform(get(failed.getResponse().getRedirectedUrl()).cookie(session)));
		assertThat(page.valueOf("email")).isEqualTo("someone@example.jp");
	}

	@Test
	void signInPausesAfterFiveFailuresEvenWithTheRightPasswordAndSaysSo() throws Exception {
		TestUser user = this.fixtures.member("paused");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(signIn(user.email(), "guess " + attempt))
				.andExpect(redirectedUrl("/signin?error=credentials"));
		}
		this.mvc.perform(signIn(user.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/signin?error=paused"));
		assertThat(Page.of(this.mvc.perform(get("/signin?error=paused"))).text()).contains("15分間止めています");
	}

	@Test
	void anAddressWithoutAnAccountIsPausedTheSameWay() throws Exception {
		String nobody = Fixtures.uniqueEmail("ghost");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(signIn(nobody, "guess " + attempt));
		}
		this.mvc.perform(signIn(nobody, "guess")).andExpect(redirectedUrl("/signin?error=paused"));
	}

	@Test
	void aSuccessfulSignInIsAudited() throws Exception {
		TestUser user = this.fixtures.member("audited");
		this.mvc.perform(signIn(user.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(actions(user)).contains(AuditAction.SIGNED_IN);
	}

	@Test
	void aDisabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
		TestUser user = this.fixtures.member("stopped");
		this.fixtures.disable(user);
		this.mvc.perform(signIn(user.email(), "wrong password")).andExpect(redirectedUrl("/signin?error=credentials"));
		this.mvc.perform(signIn(user.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/signin?error=disabled"));
	}

	@Test
	void theAddressIsMatchedWithoutRegardToCase() throws Exception {
		TestUser user = this.fixtures.member("Case");
		this.mvc.perform(signIn(user.email().toUpperCase(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private List<AuditAction> actions(TestUser user) {
		return this.audit.concerning(user.id(), 50).stream().map(AuditEntry::action).toList();
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/signin").with(csrf()).param("email", email).param("password", password);
	}

}
