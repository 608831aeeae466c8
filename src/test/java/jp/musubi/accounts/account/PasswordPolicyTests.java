package jp.musubi.accounts.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void aLongPassphraseIsAccepted() {
		assertThat(PasswordPolicy.check("湯けむりの里で在宅で働く", null)).isEmpty();
		assertThat(PasswordPolicy.check("correct horse battery staple", "taro@example.jp")).isEmpty();
	}

	@Test
	void shortLongCommonOrAddressLikePasswordsAreRefusedWithTheReason() {
		assertThat(PasswordPolicy.check("", null)).contains("validation.password.required");
		assertThat(PasswordPolicy.check("abc123", null)).contains("validation.password.short");
		assertThat(PasswordPolicy.check("x".repeat(129) + "y", null)).contains("validation.password.long");
		assertThat(PasswordPolicy.check("Password123", null)).contains("validation.password.common");
		assertThat(PasswordPolicy.check("aaaaaaaaaaaa", null)).contains("validation.password.common");
		assertThat(PasswordPolicy.check("taro.yamada@example.jp", "Taro.Yamada@example.jp"))
			.contains("validation.password.email");
		assertThat(PasswordPolicy.check("taro.yamada", "taro.yamada@example.jp")).contains("validation.password.email");
	}

	@Test
	void lengthCountsCharactersNotBytes() {
		assertThat(PasswordPolicy.check("ゆのもり温泉の湯治場", null)).isEmpty();
		assertThat(PasswordPolicy.check("ゆのもり温泉", null)).contains("validation.password.short");
	}

}
