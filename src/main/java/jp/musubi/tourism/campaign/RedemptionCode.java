package jp.musubi.tourism.campaign;

import java.security.SecureRandom;

/**
 * The code a campaign's mail carries and a guest types when booking. Letters and digits
 * that cannot be mistaken for each other on paper or read aloud (no 0/O, 1/I/L), upper
 * case as booking keeps it.
 */
final class RedemptionCode {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RedemptionCode() {
	}

	static String next() {
		StringBuilder code = new StringBuilder("MSB-");
		for (int i = 0; i < 6; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
