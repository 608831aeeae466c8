package jp.musubi.accounts.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long, not
 * the address itself and not one of the passwords every attacker tries first. No rules
 * about digits or symbols, which only make people write passwords down.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123", "1234567890",
			"12345678910", "123456789012", "qwertyuiop", "qwerty1234", "iloveyou12", "0123456789", "1111111111",
			"abcdefghij", "abcd123456", "passw0rd12", "musubi1234", "letmein123", "welcome123", "adminadmin",
			"administrator");

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, if any. */
	public static Optional<String> check(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("validation.password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("validation.password.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("validation.password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (email != null && (lower.equals(email.strip().toLowerCase(Locale.ROOT))
				|| lower.equals(email.strip().toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("validation.password.email");
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
			return Optional.of("validation.password.common");
		}
		return Optional.empty();
	}

}
