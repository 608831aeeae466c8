package jp.musubi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An e-mail address as the counters of failed sign-ins and asked-for mails keep it: a
 * SHA-256 of the address trimmed and in lower case, so that the same address always
 * counts together and the tables hold no one's address.
 */
public final class EmailHash {

	private EmailHash() {
	}

	public static String of(String email) {
		String normalized = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
