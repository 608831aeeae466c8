package jp.musubi.work.invoice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.text.JapaneseText;

/**
 * The number under which a tax office registered a business as a qualified invoice issuer
 * (適格請求書発行事業者登録番号): "T" and thirteen digits. A corporation's digits are its corporate
 * number (法人番号); sole proprietors and unincorporated associations get digits from the
 * same numbering, so the first digit is a check digit either way. A number that passes
 * the check may still not be registered: only the National Tax Agency's register can say
 * that.
 */
public record RegistrationNumber(String value) {

	private static final Pattern CANONICAL = Pattern.compile("T\\d{13}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	public RegistrationNumber {
		if (value == null || !CANONICAL.matcher(value).matches() || !hasValidCheckDigit(value.substring(1))) {
			throw new IllegalArgumentException("Not a registration number: " + value);
		}
	}

	/**
	 * The number as people type it: full-width, with a lower-case t, with spaces or
	 * hyphens between the digits; empty when it is not "T" and thirteen digits with the
	 * right check digit.
	 */
	public static Optional<RegistrationNumber> parse(String text) {
		String normalized = JapaneseText.normalize(text);
		if (normalized == null) {
			return Optional.empty();
		}
		String compact = SEPARATORS.matcher(normalized).replaceAll("").toUpperCase(Locale.ROOT);
		if (!CANONICAL.matcher(compact).matches() || !hasValidCheckDigit(compact.substring(1))) {
			return Optional.empty();
		}
		return Optional.of(new RegistrationNumber(compact));
	}

	/**
	 * The check digit of the corporate number (法人番号の指定等に関する省令 第2条): with the twelve
	 * digits after it counted from the right, 9 − (Σ Pn × Qn mod 9), where Qn is 1 for
	 * odd n and 2 for even n. It catches any single wrong digit and most swapped
	 * neighbours, though not 0 for 9.
	 */
	private static boolean hasValidCheckDigit(String thirteenDigits) {
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			int digit = thirteenDigits.charAt(13 - n) - '0';
			sum += digit * ((n % 2 == 1) ? 1 : 2);
		}
		return thirteenDigits.charAt(0) - '0' == 9 - sum % 9;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
