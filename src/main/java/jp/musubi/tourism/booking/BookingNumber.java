package jp.musubi.tourism.booking;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The number a guest reads out at the front desk: eight letters and digits in two groups,
 * without the ones that are easy to mix up (0 and O, 1 and I, 2 and Z, 5 and S, 8 and B).
 */
final class BookingNumber {

	private static final String ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679";

	private static final SecureRandom RANDOM = new SecureRandom();

	private BookingNumber() {
	}

	static String next() {
		StringBuilder number = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				number.append('-');
			}
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	/** The number as staff may type it: lower case, full-width, without the hyphen. */
	static String normalise(String typed) {
		String plain = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
			.replaceAll("[\\s\\-‐－ー]", "")
			.toUpperCase(Locale.ROOT);
		return (plain.length() == 8) ? plain.substring(0, 4) + "-" + plain.substring(4) : plain;
	}

}
