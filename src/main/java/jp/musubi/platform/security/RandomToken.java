package jp.musubi.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret for a link or a machine: 256 random bits, URL-safe. Only its SHA-256 is
 * stored; a slow password hash would add nothing for a secret nobody chose, and the hash
 * lets the secret be found by an index.
 */
public record RandomToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static RandomToken generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new RandomToken(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	public String hash() {
		return hashOf(this.value);
	}

	public static String hashOf(String value) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "RandomToken[***]";
	}

}
