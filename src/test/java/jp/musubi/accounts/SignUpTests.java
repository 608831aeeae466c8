package jp.musubi.accounts;

import jakarta.mail.internet.MimeMessage;

import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Test
	void aMemberSignsUpConfirmsByMailAndThenSignsIn() throws Exception {
		String email = Fixtures.uniqueEmail("hanako");
		this.mvc.perform(signUp(email).param("familyName", "山田").param("givenName", "花子"))
			.andExpect(redirectedUrl("/signup/sent"));
		assertThat(this.accounts.findByEmail(email))
			.hasValueSatisfying((account) -> assertThat(account.status()).isEqualTo(AccountStatus.PENDING));

		this.mvc.perform(signIn(email, Fixtures.PASSWORD)).andExpect(redirectedUrl("/signin?error=unconfirmed"));
		this.mvc.perform(get("/signin?error=unconfirmed"))
			.andExpect(content().string(containsString("メールアドレスの確認が済んでいません")));

		MimeMessage mail = Mailbox.awaitFirst(email);
		assertThat(Mailbox.subject(mail)).isEqualTo("【Musubi】メールアドレスの確認");
		assertThat(Mailbox.body(mail)).contains("山田 花子 様");
		this.mvc.perform(get(Mailbox.path(mail, "/signup/confirm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("メールアドレスを確認しました")));

		this.mvc.perform(signIn(email, Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private static MockHttpServletRequestBuilder signUp(String email) {
		return post("/signup").with(csrf())
			.param("kind", "member")
			.param("email", email)
			.param("password", Fixtures.PASSWORD)
			.param("passwordConfirmation", Fixtures.PASSWORD)
			.param("prefecture", "07")
			.param("postalCode", "９６９－３３０１")
			.param("acceptTerms", "true");
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/signin").with(csrf()).param("email", email).param("password", password);
	}

}
